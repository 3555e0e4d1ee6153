package org.backpainkb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Decision;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.RiskTool;
import org.backpainkb.model.Severity;
import org.backpainkb.model.Stage;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;
import org.backpainkb.model.Urgency;
import org.backpainkb.rules.Thresholds;

/**
 * The normative statements of the case contract ({@code CASE-FORMAT.md}), written by hand in
 * plain Java with no rules engine: the first ten in {@link #assess(Case)}, statements 11, 12 and 14
 * in methods of their own ({@link #risk(Case)}, {@link #directionalPreference(Case)},
 * {@link #dose(Case, ExerciseCategory, Decision)}); statement 13 is checked as implications. It is the oracle of the property tests and the floor of the
 * benchmarks; the library never uses it.
 *
 * <p>It says what the statements fix, and no more: "where these statements speak, every rule set
 * must agree; past them, the rule authors decide". The stage and the referral's urgency are fixed;
 * the reasons are a floor (each one required must be found, a rule may find more); each clearance
 * is a floor (at least as strict, a rule may restrict more). Only statement 10 says the rules
 * conclude nothing more, and only for the cases it describes. {@link #shortfalls} lists where an
 * assessment falls short of that. Statements 4 to 9 hold whatever the red flags: an EMERGENCY or
 * URGENT referral stops every category, but the other findings are still reasons.
 */
public final class PlainJavaAssessor {

    /** The stage gate of statement 3: categories deferred before STABILITY_AND_STRENGTH. */
    private static final Set<ExerciseCategory> GATED =
            EnumSet.of(ExerciseCategory.STABILITY, ExerciseCategory.CORE_STRENGTH, ExerciseCategory.STRENGTH);

    private final Thresholds thresholds;

    /**
     * An oracle reading the given thresholds (statement 9's parameters).
     *
     * @param thresholds the thresholds
     */
    public PlainJavaAssessor(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * What the contract's statements fix about a case.
     *
     * @param stage the stage (statement 2), fixed
     * @param urgency the referral's urgency (statement 1), fixed
     * @param reasons the reason codes the statements require; the rules may find more
     * @param decisions for each of the seven categories, the least strict decision the statements allow
     */
    public record Verdict(Stage stage, Urgency urgency, Set<ReasonCode> reasons,
            Map<ExerciseCategory, Decision> decisions) {

        /**
         * Whether the statements require nothing: no reason, no referral, the last stage, every
         * category ALLOW. Statement 10 then says the rules conclude nothing either.
         *
         * @return true for a case with nothing wrong
         */
        public boolean nothingWrong() {
            return reasons.isEmpty() && urgency == Urgency.NONE && stage == Stage.STABILITY_AND_STRENGTH
                    && decisions.values().stream().allMatch(d -> d == Decision.ALLOW);
        }
    }

    /**
     * Where an assessment falls short of what the ten statements fix about a case: each item says
     * what the contract requires and what the assessment gave. Empty when the rules agree with the
     * contract; anything the rules conclude past it is theirs to decide and never listed.
     *
     * @param c the case
     * @param a what a knowledge base concluded about it
     * @return the shortfalls, in words; empty when none
     */
    public List<String> shortfalls(Case c, Assessment a) {
        Verdict required = assess(c);
        List<String> shortfalls = new ArrayList<>();
        if (a.stage() != required.stage()) {
            shortfalls.add("statement 2: stage " + required.stage() + ", not " + a.stage());
        }
        if (a.referral().urgency() != required.urgency()) {
            shortfalls.add("statement 1: referral " + required.urgency() + ", not " + a.referral().urgency());
        }
        for (ReasonCode reason : required.reasons()) {
            if (!a.reasons().contains(reason)) {
                shortfalls.add("reason " + reason + " required, found only " + a.reasons());
            }
        }
        for (Clearance clearance : a.clearances()) {
            Decision floor = required.decisions().get(clearance.category());
            if (clearance.decision().compareTo(floor) < 0) {
                shortfalls.add(clearance.category() + " at least " + floor + ", not " + clearance.decision());
            }
        }
        shortfalls.addAll(redFlagShortfalls(required.urgency(), a));
        for (ReasonCode reason : advisedReasons(c)) {
            if (a.recommendations().stream().noneMatch(r -> reason.equals(r.reason()))) {
                shortfalls.add("reason " + reason + " requires advice with that reason; none given");
            }
        }
        if (required.nothingWrong()) {
            // 10. Nothing wrong, nothing said: here, and only here, the contract bounds the rules from above.
            if (!a.reasons().isEmpty()) {
                shortfalls.add("statement 10: nothing wrong, so no reason, not " + a.reasons());
            }
            a.clearances().stream().filter(cl -> cl.decision() != Decision.ALLOW).forEach(cl ->
                    shortfalls.add("statement 10: nothing wrong, so " + cl.category() + " ALLOW, not " + cl.decision()));
        }
        return shortfalls;
    }

    /** Statement 1: a referral that stops exercise stops it for RED_FLAG, with CRITICAL advice; ROUTINE warns. */
    private static List<String> redFlagShortfalls(Urgency urgency, Assessment a) {
        List<String> shortfalls = new ArrayList<>();
        List<Severity> redFlagAdvice = a.recommendations().stream()
                .filter(r -> ReasonCode.RED_FLAG.equals(r.reason())).map(Recommendation::severity).toList();
        if (urgency == Urgency.EMERGENCY || urgency == Urgency.URGENT) {
            a.clearances().stream().filter(cl -> !ReasonCode.RED_FLAG.equals(cl.reason())).forEach(cl ->
                    shortfalls.add("statement 1: " + cl.category() + " STOP for RED_FLAG, not " + cl.decision()
                            + " for " + cl.reason()));
            if (!redFlagAdvice.contains(Severity.CRITICAL)) {
                shortfalls.add("statement 1: a CRITICAL recommendation to seek care, found " + redFlagAdvice);
            }
        } else if (urgency == Urgency.ROUTINE && !redFlagAdvice.contains(Severity.WARNING)) {
            shortfalls.add("statement 1: a WARNING to get checked, found " + redFlagAdvice);
        }
        return shortfalls;
    }

    /**
     * The reasons whose statement asks for advice: 4 (walking that aggravates: a different exercise
     * first), 5, 6, 7 and 11. Statements 8 and 9 restrict; the programme's deferred exercise of
     * statement 4 is a reason only.
     *
     * @param c the case
     * @return the reasons that must come with a recommendation of that reason
     */
    public Set<ReasonCode> advisedReasons(Case c) {
        Set<ReasonCode> required = assess(c).reasons();
        Set<ReasonCode> advised = new LinkedHashSet<>();
        if (walkingAggravates(c)) {
            advised.add(ReasonCode.WRONG_EXERCISE);
        }
        for (ReasonCode reason : List.of(ReasonCode.STABILITY_TOO_EARLY, ReasonCode.CORE_NOT_ACTIVATED,
                ReasonCode.IMPROPER_BREATHING, ReasonCode.PERSISTENCE_RISK)) {
            if (required.contains(reason)) {
                advised.add(reason);
            }
        }
        return advised;
    }

    private static boolean walkingAggravates(Case c) {
        return c.symptoms().stream().anyMatch(s -> s.aggravatedBy().contains(Activity.WALKING));
    }

    /**
     * Applies the ten statements to a case.
     *
     * @param c the case
     * @return the stage and urgency they fix, the reasons they require and the least strict decisions they allow
     */
    public Verdict assess(Case c) {
        Set<ReasonCode> reasons = new LinkedHashSet<>();
        Map<ExerciseCategory, Decision> decisions = new EnumMap<>(ExerciseCategory.class);
        for (ExerciseCategory category : ExerciseCategory.values()) {
            decisions.put(category, Decision.ALLOW);
        }

        // 1. Red flags come first: the highest urgency wins.
        Urgency urgency = Urgency.NONE;
        for (RedFlag flag : c.redFlags()) {
            urgency = flag.urgency().compareTo(urgency) > 0 ? flag.urgency() : urgency;
        }
        if (urgency != Urgency.NONE) {
            reasons.add(ReasonCode.RED_FLAG);
        }
        boolean onHold = urgency == Urgency.EMERGENCY || urgency == Urgency.URGENT;

        // 2. Stages, in order.
        boolean mobilityRestored = true;
        for (MobilityFinding m : c.mobility()) {
            if (m.status() == MobilityStatus.RESTRICTED) {
                mobilityRestored = false;
            }
        }
        boolean breathingWell = true;
        for (BreathingObservation b : c.breathing()) {
            if (b.pattern() != BreathingPattern.DIAPHRAGMATIC) {
                breathingWell = false;
            }
        }
        CoreActivation core = c.core();
        boolean motorControl = core != null && core.canActivateOnCue() && core.activatesDuringExercise()
                && breathingWell;
        Stage stage = !mobilityRestored ? Stage.MOBILITY
                : !motorControl ? Stage.MOTOR_CONTROL : Stage.STABILITY_AND_STRENGTH;

        // 3. Gates.
        if (stage != Stage.STABILITY_AND_STRENGTH) {
            for (ExerciseCategory category : GATED) {
                restrict(decisions, category, Decision.DEFER);
            }
        }

        if (onHold) {
            for (ExerciseCategory category : ExerciseCategory.values()) {
                restrict(decisions, category, Decision.STOP);
            }
        }

        // 4. Wrong kind or order.
        if (walkingAggravates(c)) {
            reasons.add(ReasonCode.WRONG_EXERCISE);
            restrict(decisions, ExerciseCategory.WALKING, Decision.MODIFY);
        }
        for (Exercise e : c.exercises()) {
            if (stage != Stage.STABILITY_AND_STRENGTH && GATED.contains(e.category())) {
                // 5. Stability too early: STABILITY before mobility is restored.
                reasons.add(e.category() == ExerciseCategory.STABILITY && !mobilityRestored
                        ? ReasonCode.STABILITY_TOO_EARLY : ReasonCode.WRONG_EXERCISE);
            }
        }

        // 6. Core not activated: either field false, whatever the strength.
        if (core != null && (!core.canActivateOnCue() || !core.activatesDuringExercise())) {
            reasons.add(ReasonCode.CORE_NOT_ACTIVATED);
        }

        // 7. Breathing.
        if (!breathingWell) {
            reasons.add(ReasonCode.IMPROPER_BREATHING);
        }

        // 8. Form: any form error puts its category at least at MODIFY.
        for (FormError f : c.formErrors()) {
            reasons.add(ReasonCode.POOR_FORM);
            restrict(decisions, f.category(), Decision.MODIFY);
        }

        // 9. Pain response, with the thresholds as parameters, over the sessions statement 14 counts.
        for (ExerciseSession s : countedSessions(c)) {
            boolean tooMuchDuring = s.painDuring() > thresholds.maxPainDuring();
            boolean worseNextMorning = s.painNextMorning() != null
                    && s.painNextMorning() > s.painBefore() + thresholds.maxNextMorningRise();
            if (tooMuchDuring || worseNextMorning) {
                reasons.add(ReasonCode.PAIN_RESPONSE);
                restrict(decisions, s.category(), Decision.MODIFY);
            }
        }

        // 11. Risk stratification: a MEDIUM or HIGH risk is a reason, and changes nothing else.
        Risk risk = risk(c);
        if (risk != null && risk.group() != RiskGroup.LOW) {
            reasons.add(ReasonCode.PERSISTENCE_RISK);
        }

        // 10. Nothing wrong, nothing said: the verdict is then empty (Verdict.nothingWrong), see shortfalls.
        return new Verdict(stage, urgency, reasons, decisions);
    }

    /** The pain response of statement 9: whether a session's pain says the dose is wrong. */
    private boolean breaches(ExerciseSession s) {
        return s.painDuring() > thresholds.maxPainDuring()
                || s.painNextMorning() != null && s.painNextMorning() > s.painBefore() + thresholds.maxNextMorningRise();
    }

    /**
     * Statement 11: the STarT Back scores and group, or null without a screening.
     *
     * @param c the case
     * @return the risk
     */
    public Risk risk(Case c) {
        StartBack sb = c.startBack();
        if (sb == null) {
            return null;
        }
        boolean bothersome = sb.bothersomeness() == Bothersomeness.VERY_MUCH
                || sb.bothersomeness() == Bothersomeness.EXTREMELY;
        int psychosocial = count(sb.notSafeToBeActive(), sb.worryingThoughts(), sb.neverGoingToGetBetter(),
                sb.notEnjoyingThings(), bothersome);
        int total = psychosocial + count(sb.legPain(), sb.shoulderOrNeckPain(), sb.walkedOnlyShortDistances(),
                sb.dressedMoreSlowly());
        RiskGroup group = psychosocial >= 4 ? RiskGroup.HIGH : total >= 4 ? RiskGroup.MEDIUM : RiskGroup.LOW;
        return new Risk(RiskTool.STARTBACK, total, psychosocial, group);
    }

    private static int count(boolean... agreed) {
        int n = 0;
        for (boolean a : agreed) {
            n += a ? 1 : 0;
        }
        return n;
    }

    /**
     * Statement 12: the direction the symptoms point to, when they point one way only.
     *
     * @param c the case
     * @return FLEXION, EXTENSION or NONE
     */
    public static DirectionalPreference directionalPreference(Case c) {
        boolean flexion = false;
        boolean extension = false;
        for (Symptom s : c.symptoms()) {
            flexion |= anyOf(s.aggravatedBy(), Activity.WALKING, Activity.STANDING, Activity.BENDING_BACKWARD)
                    && anyOf(s.relievedBy(), Activity.SITTING, Activity.BENDING_FORWARD);
            extension |= anyOf(s.aggravatedBy(), Activity.SITTING, Activity.BENDING_FORWARD)
                    && anyOf(s.relievedBy(), Activity.WALKING, Activity.STANDING, Activity.BENDING_BACKWARD);
        }
        return flexion == extension ? DirectionalPreference.NONE
                : flexion ? DirectionalPreference.FLEXION : DirectionalPreference.EXTENSION;
    }

    private static boolean anyOf(List<Activity> activities, Activity... wanted) {
        for (Activity a : wanted) {
            if (activities.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Statement 14's window: the sessions dated from {@code asOf - painLogWindowDays} to {@code asOf},
     * {@code asOf} defaulting to the latest session's date.
     *
     * @param c the case
     * @return the counted sessions, in the case's order
     */
    public List<ExerciseSession> countedSessions(Case c) {
        LocalDate asOf = c.asOf();
        for (ExerciseSession s : c.sessions()) {
            if (c.asOf() == null && (asOf == null || s.date().isAfter(asOf))) {
                asOf = s.date();
            }
        }
        List<ExerciseSession> counted = new ArrayList<>();
        for (ExerciseSession s : c.sessions()) {
            if (asOf != null && !s.date().isBefore(asOf.minusDays(thresholds.painLogWindowDays()))
                    && !s.date().isAfter(asOf)) {
                counted.add(s);
            }
        }
        return counted;
    }

    /**
     * Statement 14: the dose of one category, given its final clearance.
     *
     * @param c the case
     * @param category the category
     * @param finalDecision the category's clearance after every rule
     * @return REDUCE, INCREASE or KEEP; null when no counted session is in the category
     */
    public Dose dose(Case c, ExerciseCategory category, Decision finalDecision) {
        List<ExerciseSession> mine = new ArrayList<>();
        for (ExerciseSession s : countedSessions(c)) {
            if (s.category() == category) {
                mine.add(s);
            }
        }
        if (mine.isEmpty()) {
            return null;
        }
        for (ExerciseSession s : mine) {
            if (breaches(s)) {
                return Dose.REDUCE;
            }
        }
        int n = thresholds.progressAfterSessions();
        if (finalDecision != Decision.ALLOW || mine.size() < n) {
            return Dose.KEEP;
        }
        List<LocalDate> dates = new ArrayList<>();
        mine.forEach(s -> dates.add(s.date()));
        dates.sort(Comparator.reverseOrder());
        LocalDate nth = dates.get(n - 1);
        for (ExerciseSession s : mine) {
            boolean latest = !s.date().isBefore(nth);
            boolean comfortable = s.painDuring() <= thresholds.comfortablePainDuring()
                    && (s.painNextMorning() == null || s.painNextMorning() <= s.painBefore());
            if (latest && !comfortable) {
                return Dose.KEEP;
            }
        }
        return Dose.INCREASE;
    }

    /** A restriction never loosens: the stricter decision wins. */
    private static void restrict(Map<ExerciseCategory, Decision> decisions, ExerciseCategory category,
            Decision decision) {
        decisions.merge(category, decision, Decision::orStricter);
    }
}
