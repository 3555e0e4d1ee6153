package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** stability-timing.drl: statement 5 of the contract, stability training introduced too early. */
class StabilityTimingTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    private static final Exercise PLANK = new Exercise("Weighted plank", ExerciseCategory.STABILITY, Load.EXTERNAL, 3);

    @ParameterizedTest(name = "stability work while {0} is restricted is too early")
    @EnumSource(Movement.class)
    void aStabilityExerciseWhileAnyMovementIsRestrictedIsStabilityTooEarly(Movement movement) {
        Assessment a = kb.assess(Cases.healthy()
                .mobility(new MobilityFinding(movement, MobilityStatus.RESTRICTED))
                .exercise(PLANK).build());

        assertThat(a.reasons()).contains(ReasonCode.STABILITY_TOO_EARLY);
        assertThat(a.clearance(ExerciseCategory.STABILITY).decision()).isGreaterThanOrEqualTo(Decision.DEFER);
    }

    @Test
    void stabilityTooEarlyComesWithAdviceOfThatReason() {
        Assessment a = kb.assess(Cases.mobilityRestricted().exercise(PLANK).build());

        // which advice, in which words, is the rule authors' (scenarios/stability-too-early.yaml)
        assertThat(a.recommendations()).anySatisfy(r -> assertThat(r.reason()).isEqualTo(ReasonCode.STABILITY_TOO_EARLY));
    }

    @Test
    void aBodyweightStabilityExerciseIsAlsoTooEarly() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .exercise(new Exercise("Bird dog", ExerciseCategory.STABILITY, Load.BODYWEIGHT)).build());

        assertThat(a.reasons()).contains(ReasonCode.STABILITY_TOO_EARLY);
    }

    @Test
    void theSameStabilityExerciseOnceEveryMovementIsFullIsNotTooEarly() {
        Assessment a = kb.assess(Cases.healthy().exercise(PLANK).build());

        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
        assertThat(a.reasons()).doesNotContain(ReasonCode.STABILITY_TOO_EARLY);
        assertThat(a.clearance(ExerciseCategory.STABILITY).decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void restrictedMobilityWithoutAStabilityExerciseInTheProgrammeStillDefersStability() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .exercise(new Exercise("Cat-camel", ExerciseCategory.MOBILITY, Load.NONE, 7)).build());

        // that it is not STABILITY_TOO_EARLY is in scenarios/stability-too-early-none.yaml
        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
        assertThat(a.clearance(ExerciseCategory.STABILITY).decision()).isGreaterThanOrEqualTo(Decision.DEFER);
    }

    @Test
    void stabilityWorkOnceMobilityIsRestoredButMotorControlIsMissingIsTheWrongOrder() {
        Assessment a = kb.assess(Cases.motorControlMissing().exercise(PLANK).build());

        // that it is not STABILITY_TOO_EARLY is in scenarios/wrong-exercise-stability-before-motor-control.yaml
        assertThat(a.stage()).isEqualTo(Stage.MOTOR_CONTROL);
        assertThat(a.reasons()).contains(ReasonCode.WRONG_EXERCISE);
    }
}
