package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backpainkb.Assessment;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.backpainkb.model.Urgency;
import org.backpainkb.rules.PainLogWindow;
import org.backpainkb.rules.Thresholds;

/**
 * What the contract's statements ask of the result for any case, where they speak plainly of it: a
 * red flag's referral and, when urgent, every category stopped (1); the stage the findings give and
 * its gates (2, 3); walking that hurts, and a programme exercise the stage defers (4, 5); a core that
 * does not switch on (6), breathing (7), form (8), and a session in the pain log that hurt (9). Put to
 * every result, since no set of cases put to edited rules when they load can show every way a rule
 * may have been narrowed (to people with a weak core, to a weekday). Lower bounds, as everywhere:
 * rules may conclude more, and stricter.
 */
public final class ContractFloor {

    private static final Set<ExerciseCategory> GATED = EnumSet.of(ExerciseCategory.STABILITY,
            ExerciseCategory.CORE_STRENGTH, ExerciseCategory.STRENGTH);
    private static final Set<BreathingPattern> IMPROPER = EnumSet.of(BreathingPattern.BREATH_HOLDING,
            BreathingPattern.CHEST_BREATHING, BreathingPattern.PARADOXICAL);

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
        for (Expect expect : expected(c, painLog, t)) {
            expect.check(a, shortfalls);
        }
        return shortfalls;
    }

    private static List<Expect> expected(Case c, List<Object> painLog, Thresholds t) {
        List<Expect> expected = new ArrayList<>();
        Urgency urgency = Urgency.NONE;
        for (RedFlag flag : c.redFlags()) {
            urgency = flag.urgency().compareTo(urgency) > 0 ? flag.urgency() : urgency;
        }
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
        PainLogWindow window = painLog.stream().filter(PainLogWindow.class::isInstance).map(PainLogWindow.class::cast)
                .findFirst().orElse(null);
        for (ExerciseSession s : c.sessions()) {
            if (window != null && window.includes(s.date()) && hurt(s, t)) {
                expected.add(Expect.painResponse(s.category()));
            }
        }
        return expected;
    }

    /** Statement 9: pain during above the limit, or next morning risen by more than allowed. */
    private static boolean hurt(ExerciseSession s, Thresholds t) {
        return s.painDuring() > t.maxPainDuring()
                || s.painNextMorning() != null && s.painNextMorning() - s.painBefore() > t.maxNextMorningRise();
    }
}
