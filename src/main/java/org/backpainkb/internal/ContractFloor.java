package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Direction;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.backpainkb.model.Urgency;
import org.backpainkb.rules.LatestSessions;
import org.backpainkb.rules.PainLogWindow;
import org.backpainkb.rules.Thresholds;

/**
 * What the contract's statements ask of the result for any case, where they speak plainly of it: a
 * red flag's referral and, when urgent, every category stopped (1); the stage the findings give and
 * its gates (2, 3); walking that hurts, and a programme exercise the stage defers (4, 5); a core that
 * does not switch on (6), breathing (7), form (8), and a session in the pain log that hurt (9); the
 * screening's score and what its risk adds (11); the directional preference (12); what may and must
 * be suggested (13); and each category's dose (14). Put to every result, since no set of cases put
 * to edited rules when they load can show every way a rule may have been narrowed (to people with a
 * strong core, to a weekday). Lower bounds where the statements are: rules may conclude more, and
 * stricter; what a statement fixes (a stage, a preference, a dose) is fixed.
 */
public final class ContractFloor {

    /** Statement 3: the categories a stage holds back; the others never are. */
    static final Set<ExerciseCategory> GATED = EnumSet.of(ExerciseCategory.STABILITY,
            ExerciseCategory.CORE_STRENGTH, ExerciseCategory.STRENGTH);
    private static final Set<BreathingPattern> IMPROPER = EnumSet.of(BreathingPattern.BREATH_HOLDING,
            BreathingPattern.CHEST_BREATHING, BreathingPattern.PARADOXICAL);
    /** Statement 12's activities of standing tall, and of bending forward. */
    private static final Set<Activity> UPRIGHT = EnumSet.of(Activity.WALKING, Activity.STANDING, Activity.BENDING_BACKWARD);
    private static final Set<Activity> BENT = EnumSet.of(Activity.SITTING, Activity.BENDING_FORWARD);

    private ContractFloor() {
    }

    /**
     * What a result falls short of.
     *
     * @param c the case
     * @param painLog the pain log's facts of the case ({@link PainLog#facts})
     * @param t the thresholds in force
     * @param a the rules' result
     * @return each shortfall with its statement's number; empty when the result meets them all
     */
    public static List<String> shortfalls(Case c, List<Object> painLog, Thresholds t, Assessment a) {
        List<String> shortfalls = new ArrayList<>();
        Set<ExerciseCategory> hurt = hurt(c, painLog, t);
        for (Expect expect : expected(c, hurt, t)) {
            expect.check(a, shortfalls);
        }
        if (c.startBack() != null) {
            Expect.riskScored(c.startBack().total(), c.startBack().psychosocial()).check(a, shortfalls);
        }
        Expect.preference(preference(c)).check(a, shortfalls);
        referral(c, a, shortfalls);
        suggestions(c, a, shortfalls);
        doses(painLog, hurt, t, a, shortfalls);
        return shortfalls;
    }

    /**
     * Statement 1 for the referral as the rules give it: it names only red flags the case reports (a
     * rule may refer sooner than a flag asks, never for a flag nobody reported), and an urgent referral
     * stops everything with its critical advice, whatever raised it. Statement 10 ("nothing said") is
     * put to the rules when they load, not to each result: past the statements, a clinic's rules may
     * say more, such as advice for older people, and each result is checked as a lower bound.
     */
    private static void referral(Case c, Assessment a, List<String> s) {
        for (RedFlag flag : a.referral().redFlags()) {
            if (!c.redFlags().contains(flag)) {
                s.add("statement 1: the referral names " + flag + ", which the case does not report");
            }
        }
        if (a.referral().urgency().compareTo(reportedUrgency(c)) > 0) {
            // the flags' own urgency is checked with the findings; a referral sooner than that, here
            Expect.redFlagAtLeast(a.referral().urgency()).check(a, s);
        }
    }

    /** Statement 1: the highest urgency of the red flags the case reports. */
    private static Urgency reportedUrgency(Case c) {
        Urgency urgency = Urgency.NONE;
        for (RedFlag flag : c.redFlags()) {
            urgency = flag.urgency().compareTo(urgency) > 0 ? flag.urgency() : urgency;
        }
        return urgency;
    }

    /** Statement 12: the direction the symptoms point to, when they point one way only. */
    private static DirectionalPreference preference(Case c) {
        boolean flexion = false;
        boolean extension = false;
        for (Symptom s : c.symptoms()) {
            flexion |= s.aggravatedBy().stream().anyMatch(UPRIGHT::contains) && s.relievedBy().stream().anyMatch(BENT::contains);
            extension |= s.aggravatedBy().stream().anyMatch(BENT::contains) && s.relievedBy().stream().anyMatch(UPRIGHT::contains);
        }
        return flexion == extension ? DirectionalPreference.NONE
                : flexion ? DirectionalPreference.FLEXION : DirectionalPreference.EXTENSION;
    }

    /** Statement 14: each category's dose from its counted sessions, and none for a category without. */
    private static void doses(List<Object> painLog, Set<ExerciseCategory> hurt, Thresholds t, Assessment a,
            List<String> s) {
        Map<ExerciseCategory, LatestSessions> latest = new EnumMap<>(ExerciseCategory.class);
        for (Object fact : painLog) {
            if (fact instanceof LatestSessions l) {
                latest.put(l.category(), l);
            }
        }
        for (ExerciseCategory category : ExerciseCategory.values()) {
            LatestSessions l = latest.get(category);
            Dose dose;
            if (l == null) {
                dose = null;
            } else if (hurt.contains(category)) {
                dose = Dose.REDUCE;
            } else {
                Clearance cleared = Expect.clearanceOf(a, category);
                boolean allowed = cleared == null || cleared.decision() == Decision.ALLOW;
                dose = allowed && l.counted() >= t.progressAfterSessions()
                        && l.highestPainDuring() <= t.comfortablePainDuring() && !l.worseNextMorning() ? Dose.INCREASE : Dose.KEEP;
            }
            Expect.dose(category, dose).check(a, s);
        }
    }

    private static List<Expect> expected(Case c, Set<ExerciseCategory> hurt, Thresholds t) {
        List<Expect> expected = new ArrayList<>();
        Urgency urgency = reportedUrgency(c);
        boolean mobile = c.mobility().stream().map(MobilityFinding::status).noneMatch(MobilityStatus.RESTRICTED::equals);
        CoreActivation core = c.core();
        boolean coreOn = core != null && core.canActivateOnCue() && core.activatesDuringExercise();
        boolean breathing = c.breathing().stream().map(BreathingObservation::pattern).noneMatch(IMPROPER::contains);
        Stage stage = !mobile ? Stage.MOBILITY : !(coreOn && breathing) ? Stage.MOTOR_CONTROL : Stage.STABILITY_AND_STRENGTH;
        expected.add(Expect.stage(stage));
        if (urgency != Urgency.NONE) {
            expected.add(Expect.redFlagAtLeast(urgency));
        }
        if (urgency == Urgency.EMERGENCY || urgency == Urgency.URGENT) {
            // every category stops: what else the findings would change, the statements leave to the rules
            return expected;
        }
        if (c.symptoms().stream().map(Symptom::aggravatedBy).anyMatch(worse -> worse.contains(Activity.WALKING))) {
            expected.add(Expect.walkingHurts());
        }
        for (Exercise e : c.exercises()) {
            if (stage != Stage.STABILITY_AND_STRENGTH && GATED.contains(e.category())) {
                expected.add(e.category() == ExerciseCategory.STABILITY && !mobile
                        ? Expect.reason(ReasonCode.STABILITY_TOO_EARLY, 5) : Expect.reason(ReasonCode.WRONG_EXERCISE, 4));
            }
        }
        if (core != null && !coreOn) {
            expected.add(Expect.reason(ReasonCode.CORE_NOT_ACTIVATED, 6));
        }
        if (!breathing) {
            expected.add(Expect.reason(ReasonCode.IMPROPER_BREATHING, 7));
        }
        for (FormError f : c.formErrors()) {
            expected.add(Expect.poorForm(f.category()));
        }
        Set<String> heavy = new TreeSet<>();
        Set<String> light = new TreeSet<>();
        for (FormError f : c.formErrors()) {
            (weighty(f, t) ? heavy : light).add(f.exercise());
        }
        // an exercise whose name is part of another's (a squat, a squat with a barbell) is told apart by no text
        light.removeIf(l -> heavy.stream().anyMatch(h -> !apart(h, l)));
        if (!heavy.isEmpty() && !light.isEmpty()) {
            expected.add(Expect.formRanked(heavy, light));
        }
        for (ExerciseCategory category : hurt) {
            expected.add(Expect.painResponse(category));
        }
        boolean lowRisk = c.startBack() == null || Expect.group(c.startBack().total(), c.startBack().psychosocial()) == RiskGroup.LOW;
        // the stage S&S says mobility and motor control are in place, and no programme exercise is deferred
        boolean nothingWrong = stage == Stage.STABILITY_AND_STRENGTH && urgency == Urgency.NONE && c.formErrors().isEmpty()
                && hurt.isEmpty() && lowRisk;
        if (nothingWrong && c.symptoms().isEmpty()) {
            // statement 10, here to a case with no symptom at all: a clinic's rule on a symptom the statements
            // do not name (running that hurts) may restrict. Its "no reasons" is put to the rules when they
            // load, not here: a clinic may advise more (for older people, say), and advice has a reason
            expected.add(Expect.nothingRestricted());
        }
        return expected;
    }

    /** Statement 8: a fault under external load, or at high repetitions, ranks higher. */
    private static boolean weighty(FormError f, Thresholds t) {
        return f.load() == Load.EXTERNAL || f.repetitionsPerWeek() != null && f.repetitionsPerWeek() >= t.highRepetitionsPerWeek();
    }

    /** Two exercises a because text tells apart: neither name is part of the other. */
    private static boolean apart(String one, String other) {
        String a = one.toLowerCase(Locale.ROOT);
        String b = other.toLowerCase(Locale.ROOT);
        return !a.contains(b) && !b.contains(a);
    }

    /** The categories with a session in the pain log's window that hurt (statement 9). */
    private static Set<ExerciseCategory> hurt(Case c, List<Object> painLog, Thresholds t) {
        Set<ExerciseCategory> hurt = EnumSet.noneOf(ExerciseCategory.class);
        for (Object fact : painLog) {
            if (fact instanceof PainLogWindow window) {
                for (ExerciseSession s : c.sessions()) {
                    if (window.includes(s.date()) && hurt(s, t)) {
                        hurt.add(s.category());
                    }
                }
            }
        }
        return hurt;
    }

    /** Statement 9: pain during above the limit, or next morning risen by more than allowed. */
    private static boolean hurt(ExerciseSession s, Thresholds t) {
        return s.painDuring() > t.maxPainDuring()
                || s.painNextMorning() != null && s.painNextMorning() - s.painBefore() > t.maxNextMorningRise();
    }

    /** Statement 13: what may and what must be suggested. */
    static void suggestions(Case c, Assessment a, List<String> s) {
        Set<ExerciseCategory> open = EnumSet.noneOf(ExerciseCategory.class);
        for (Clearance cleared : a.clearances()) {
            if (cleared.decision() == Decision.ALLOW || cleared.decision() == Decision.MODIFY) {
                open.add(cleared.category());
            }
        }
        for (SuggestedExercise e : a.suggestedExercises()) {
            if (!open.contains(e.category())) {
                s.add("statement 13: " + e.id() + " suggested, though " + e.category() + " is not cleared");
            }
        }
        Urgency urgency = a.referral().urgency();
        if (urgency == Urgency.EMERGENCY || urgency == Urgency.URGENT) {
            return;
        }
        ExerciseCategory work = a.stage().workCategory();
        if (open.contains(work) && a.suggestedExercises().stream().noneMatch(e -> e.category() == work)) {
            s.add("statement 13: no " + work + " exercise suggested for stage " + a.stage());
        }
        DirectionalPreference preference = a.directionalPreference();
        if (preference != DirectionalPreference.NONE) {
            Direction toward = preference == DirectionalPreference.FLEXION ? Direction.FLEXION : Direction.EXTENSION;
            Direction against = toward == Direction.FLEXION ? Direction.EXTENSION : Direction.FLEXION;
            if (a.suggestedExercises().stream().noneMatch(e -> e.direction() == toward)) {
                s.add("statement 13: no " + toward + " exercise suggested for a " + preference + " preference");
            }
            a.suggestedExercises().stream().filter(e -> e.direction() == against).findFirst().ifPresent(e ->
                    s.add("statement 13: " + e.id() + " (" + against + ") suggested against a " + preference + " preference"));
        }
        boolean walkingHurts = c.symptoms().stream().map(Symptom::aggravatedBy)
                .anyMatch(worse -> worse.contains(Activity.WALKING));
        if (walkingHurts) {
            if (open.contains(ExerciseCategory.AEROBIC)
                    && a.suggestedExercises().stream().noneMatch(e -> e.category() == ExerciseCategory.AEROBIC)) {
                s.add("statement 13: no AEROBIC exercise suggested while walking makes the pain worse");
            }
            a.suggestedExercises().stream().filter(e -> e.category() == ExerciseCategory.WALKING).findFirst().ifPresent(e ->
                    s.add("statement 13: " + e.id() + " (WALKING) suggested while walking makes the pain worse"));
        }
    }
}
