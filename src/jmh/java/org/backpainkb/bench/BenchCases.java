package org.backpainkb.bench;

import java.time.LocalDate;
import java.util.List;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Person;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;

/** The four cases the benchmarks time, from nothing wrong to a red flag. */
final class BenchCases {

    /** Benchmark parameter values, in the order of the report. */
    static final String NOTHING_WRONG = "nothing-wrong";
    static final String ONE_REASON = "one-reason";
    static final String ALL_FIVE_REASONS = "all-five-reasons";
    static final String RED_FLAG = "red-flag";
    static final List<String> NAMES = List.of(NOTHING_WRONG, ONE_REASON, ALL_FIVE_REASONS, RED_FLAG);

    /** The case whose ratio the target speaks of: one thing wrong. */
    static final String TYPICAL = ONE_REASON;

    private BenchCases() {
    }

    static Case named(String name) {
        return switch (name) {
            case NOTHING_WRONG -> nothingWrong();
            case ONE_REASON -> oneReason();
            case ALL_FIVE_REASONS -> allFiveReasons();
            case RED_FLAG -> redFlag();
            default -> throw new IllegalArgumentException("no benchmark case " + name);
        };
    }

    /** The reasons each case must give, checked before timing it. */
    static List<ReasonCode> expectedReasons(String name) {
        return switch (name) {
            case NOTHING_WRONG -> List.of();
            case ONE_REASON -> List.of(ReasonCode.WRONG_EXERCISE);
            case ALL_FIVE_REASONS -> List.of(ReasonCode.WRONG_EXERCISE, ReasonCode.STABILITY_TOO_EARLY,
                    ReasonCode.CORE_NOT_ACTIVATED, ReasonCode.IMPROPER_BREATHING, ReasonCode.POOR_FORM);
            case RED_FLAG -> List.of(ReasonCode.RED_FLAG);
            default -> throw new IllegalArgumentException("no benchmark case " + name);
        };
    }

    private static Case.Builder wellBase() {
        return Case.builder()
                .person(new Person(46))
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL),
                        new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL),
                        new MobilityFinding(Movement.ROTATION, MobilityStatus.FULL),
                        new MobilityFinding(Movement.SIDE_BENDING, MobilityStatus.FULL))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE))
                .exercise(new Exercise("Brisk walk", ExerciseCategory.WALKING, Load.BODYWEIGHT, 5),
                        new Exercise("Side plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT, 3))
                .session(new ExerciseSession(LocalDate.of(2026, 11, 2), "Side plank", ExerciseCategory.STABILITY, 2, 3,
                        1));
    }

    static Case nothingWrong() {
        return wellBase().id(NOTHING_WRONG)
                .symptom(new Symptom(Region.LOW_BACK, 2, List.of(), List.of(Activity.WALKING), false))
                .build();
    }

    static Case oneReason() {
        return wellBase().id(ONE_REASON)
                .symptom(new Symptom(Region.LOW_BACK, 5, List.of(Activity.WALKING, Activity.STANDING),
                        List.of(Activity.SITTING), false))
                .build();
    }

    static Case allFiveReasons() {
        return Case.builder().id(ALL_FIVE_REASONS)
                .person(new Person(52))
                .symptom(new Symptom(Region.LOW_BACK, 6, List.of(Activity.WALKING, Activity.LIFTING), List.of(), false))
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true),
                        new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL))
                .breathing(new BreathingObservation(BreathingPattern.BREATH_HOLDING, BreathingContext.LIFTING))
                .core(new CoreActivation(true, false, CoreStrength.STRONG))
                .exercise(new Exercise("Brisk walk", ExerciseCategory.WALKING, Load.BODYWEIGHT, 5),
                        new Exercise("Weighted plank", ExerciseCategory.STABILITY, Load.EXTERNAL, 3))
                .formError(new FormError("Deadlift", ExerciseCategory.STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD,
                        Load.EXTERNAL, 45))
                .build();
    }

    static Case redFlag() {
        return Case.builder().id(RED_FLAG)
                .symptom(new Symptom(Region.LOW_BACK, 8, List.of(), List.of(), true),
                        new Symptom(Region.LEG, 6, List.of(), List.of(), true))
                .redFlag(RedFlag.SADDLE_NUMBNESS, RedFlag.NIGHT_PAIN)
                .exercise(new Exercise("Brisk walk", ExerciseCategory.WALKING, Load.BODYWEIGHT))
                .build();
    }
}
