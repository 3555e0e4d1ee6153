package org.backpainkb;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Decision;
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
import org.backpainkb.rules.Thresholds;

/**
 * The ten normative statements of the case contract ({@code CASE-FORMAT.md}), written by hand in
 * plain Java with no rules engine. It is the oracle of the property tests and the floor of the
 * benchmarks; the library never uses it.
 *
 * <p>It covers what the statements decide: the stage, the referral's urgency, the reason codes
 * and the seven clearance decisions. Statements 4 to 9 hold whatever the red flags: an EMERGENCY
 * or URGENT referral stops every category, but the other findings are still reasons.
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
     * What the contract's statements conclude about a case.
     *
     * @param stage the stage (statement 2)
     * @param urgency the referral's urgency (statement 1)
     * @param reasons the distinct reason codes, in the enum's order
     * @param decisions the decision of each of the seven categories
     */
    public record Verdict(Stage stage, Urgency urgency, Set<ReasonCode> reasons,
            Map<ExerciseCategory, Decision> decisions) {

        /**
         * The same fields read off an assessment by the knowledge base, for comparison.
         *
         * @param a the assessment
         * @return its verdict
         */
        public static Verdict of(Assessment a) {
            Set<ReasonCode> reasons = new java.util.TreeSet<>();
            reasons.addAll(a.reasons());
            Map<ExerciseCategory, Decision> decisions = new EnumMap<>(ExerciseCategory.class);
            a.clearances().forEach(c -> decisions.put(c.category(), c.decision()));
            return new Verdict(a.stage(), a.referral().urgency(), reasons, decisions);
        }
    }

    /**
     * Applies the ten statements to a case.
     *
     * @param c the case
     * @return the stage, urgency, reasons and decisions
     */
    public Verdict assess(Case c) {
        Set<ReasonCode> reasons = new java.util.TreeSet<>();
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
        for (Symptom s : c.symptoms()) {
            if (s.aggravatedBy().contains(Activity.WALKING)) {
                reasons.add(ReasonCode.WRONG_EXERCISE);
                restrict(decisions, ExerciseCategory.WALKING, Decision.MODIFY);
            }
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

        // 9. Pain response, with the thresholds as parameters.
        for (ExerciseSession s : c.sessions()) {
            boolean tooMuchDuring = s.painDuring() > thresholds.maxPainDuring();
            boolean worseNextMorning = s.painNextMorning() != null
                    && s.painNextMorning() > s.painBefore() + thresholds.maxNextMorningRise();
            if (tooMuchDuring || worseNextMorning) {
                reasons.add(ReasonCode.PAIN_RESPONSE);
                restrict(decisions, s.category(), Decision.MODIFY);
            }
        }

        // 10. Nothing wrong, nothing said: follows from the above, every category left at ALLOW.
        return new Verdict(stage, urgency, reasons, decisions);
    }

    /** A restriction never loosens: the stricter decision wins. */
    private static void restrict(Map<ExerciseCategory, Decision> decisions, ExerciseCategory category,
            Decision decision) {
        decisions.merge(category, decision, Decision::orStricter);
    }
}
