package org.backpainkb.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.StartBack;

/** Cases to start from in rule tests, built through the public model only. */
final class Cases {

    /** The categories the stage never defers (statement 3). */
    static final ExerciseCategory[] NEVER_DEFERRED_BY_STAGE = {ExerciseCategory.WALKING, ExerciseCategory.AEROBIC,
        ExerciseCategory.MOBILITY, ExerciseCategory.MOTOR_CONTROL};

    /** The categories the stage defers before stability and strength (statement 3). */
    static final ExerciseCategory[] GATED_BY_STAGE = {ExerciseCategory.STABILITY, ExerciseCategory.CORE_STRENGTH,
        ExerciseCategory.STRENGTH};

    private Cases() {
    }

    /**
     * A case with nothing wrong: every movement full, the core switches on on cue and during
     * exercise, diaphragmatic breathing. Tests add the one thing they are about.
     */
    static Case.Builder healthy() {
        return Case.builder()
                .mobility(full(Movement.FLEXION), full(Movement.EXTENSION), full(Movement.ROTATION),
                        full(Movement.SIDE_BENDING))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE));
    }

    /** Like {@link #healthy()} but one movement restricted: mobility is not restored. */
    static Case.Builder mobilityRestricted() {
        return healthy().mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true));
    }

    /** Like {@link #healthy()} but the core does not switch on during exercise: motor control not in place. */
    static Case.Builder motorControlMissing() {
        return healthy().core(new CoreActivation(true, false, CoreStrength.AVERAGE));
    }

    static MobilityFinding full(Movement movement) {
        return new MobilityFinding(movement, MobilityStatus.FULL);
    }

    static ExerciseSession session(ExerciseCategory category, int before, int during, Integer nextMorning) {
        return new ExerciseSession(LocalDate.of(2026, 11, 2), "Session exercise", category, before, during,
                nextMorning);
    }

    static ExerciseSession session(LocalDate date, ExerciseCategory category, int before, int during, Integer nextMorning) {
        return new ExerciseSession(date, "Session exercise", category, before, during, nextMorning);
    }

    /**
     * STarT Back answers with the given items agreed (1 to 8) and the bothersomeness.
     *
     * @param bothersomeness item 9
     * @param agreed the numbers of the items 1 to 8 agreed
     */
    static StartBack startBack(Bothersomeness bothersomeness, int... agreed) {
        boolean[] items = new boolean[9];
        for (int i : agreed) {
            items[i] = true;
        }
        return new StartBack(items[1], items[2], items[3], items[4], items[5], items[6], items[7], items[8],
                bothersomeness);
    }

    static Map<ExerciseCategory, Decision> decisions(Assessment a) {
        Map<ExerciseCategory, Decision> m = new EnumMap<>(ExerciseCategory.class);
        for (Clearance c : a.clearances()) {
            m.put(c.category(), c.decision());
        }
        return m;
    }

    /** Every category ALLOW. */
    static Map<ExerciseCategory, Decision> allAllowed() {
        Map<ExerciseCategory, Decision> m = new EnumMap<>(ExerciseCategory.class);
        for (ExerciseCategory c : ExerciseCategory.values()) {
            m.put(c, Decision.ALLOW);
        }
        return m;
    }
}
