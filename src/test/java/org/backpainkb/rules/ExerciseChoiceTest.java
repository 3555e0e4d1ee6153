package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Load;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** exercise-choice.drl: statement 4 of the contract, the wrong kind of exercise or the wrong order. */
class ExerciseChoiceTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    @Test
    void walkingThatAggravatesASymptomGivesWrongExerciseAndModifiesWalking() {
        Assessment a = kb.assess(Cases.healthy().symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build());

        assertThat(a.reasons()).containsExactly(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isEqualTo(Decision.MODIFY);
        assertThat(a.clearance(ExerciseCategory.WALKING).reason()).isEqualTo(ReasonCode.WRONG_EXERCISE);
    }

    @Test
    void walkingThatAggravatesIsModifiedNotStoppedBecauseWalkingIsNotBad() {
        Assessment a = kb.assess(Cases.healthy()
                .symptom(new Symptom(Region.LEG, 9, List.of(Activity.WALKING, Activity.STANDING), List.of(), true))
                .build());

        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isNotEqualTo(Decision.STOP)
                .isNotEqualTo(Decision.DEFER).isEqualTo(Decision.MODIFY);
        assertThat(a.clearances()).filteredOn(c -> c.category() != ExerciseCategory.WALKING)
                .allSatisfy(c -> assertThat(c.decision()).isEqualTo(Decision.ALLOW));
    }

    @Test
    void walkingThatAggravatesAdvisesADifferentExerciseFirstThatGetsThePersonBackToNormalWalking() {
        Assessment a = kb.assess(Cases.healthy().symptom(new Symptom(Region.BUTTOCK, 3, Activity.WALKING)).build());

        assertThat(a.recommendations()).filteredOn(r -> r.reason() == ReasonCode.WRONG_EXERCISE).singleElement()
                .satisfies(r -> {
                    assertThat(r.advice()).containsIgnoringCase("different exercise")
                            .containsIgnoringCase("normal walking");
                    assertThat(r.because()).anySatisfy(b -> assertThat(b).containsIgnoringCase("walking"));
                    assertThat(r.source()).containsIgnoringCase("wrong kind of exercise");
                });
    }

    @Test
    void walkingThatEasesTheSymptomIsNotTheWrongExercise() {
        Assessment a = kb.assess(Cases.healthy()
                .symptom(new Symptom(Region.LOW_BACK, 5, List.of(Activity.SITTING), List.of(Activity.WALKING), false))
                .build());

        assertThat(a.reasons()).doesNotContain(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isEqualTo(Decision.ALLOW);
    }

    @ParameterizedTest(name = "a symptom aggravated by {0} alone does not touch walking")
    @EnumSource(value = Activity.class, mode = EnumSource.Mode.EXCLUDE, names = "WALKING")
    void aSymptomAggravatedByAnythingButWalkingDoesNotModifyWalking(Activity activity) {
        Assessment a = kb.assess(Cases.healthy().symptom(new Symptom(Region.LOW_BACK, 6, activity)).build());

        assertThat(a.reasons()).doesNotContain(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isEqualTo(Decision.ALLOW);
    }

    @ParameterizedTest(name = "{0} in the programme while mobility is restricted is the wrong order")
    @EnumSource(value = ExerciseCategory.class, names = {"CORE_STRENGTH", "STRENGTH"})
    void strengthWorkInTheProgrammeDuringTheMobilityStageIsWrongExercise(ExerciseCategory category) {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .exercise(new Exercise("Loaded work", category, Load.EXTERNAL, 3)).build());

        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
        assertThat(a.reasons()).contains(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(category).decision()).isEqualTo(Decision.DEFER);
        assertThat(a.clearance(category).reason()).isEqualTo(ReasonCode.WRONG_EXERCISE);
    }

    @ParameterizedTest(name = "{0} in the programme while motor control is missing is the wrong order")
    @EnumSource(value = ExerciseCategory.class, names = {"STABILITY", "CORE_STRENGTH", "STRENGTH"})
    void deferredWorkInTheProgrammeDuringTheMotorControlStageIsWrongExercise(ExerciseCategory category) {
        Assessment a = kb.assess(Cases.healthy()
                .breathing(new BreathingObservation(BreathingPattern.CHEST_BREATHING, BreathingContext.REST))
                .exercise(new Exercise("Deferred work", category, Load.BODYWEIGHT, 3)).build());

        assertThat(a.stage()).isEqualTo(Stage.MOTOR_CONTROL);
        assertThat(a.reasons()).contains(ReasonCode.WRONG_EXERCISE).doesNotContain(ReasonCode.STABILITY_TOO_EARLY);
        assertThat(a.clearance(category).decision()).isEqualTo(Decision.DEFER);
        assertThat(a.clearance(category).reason()).isEqualTo(ReasonCode.WRONG_EXERCISE);
        assertThat(a.recommendations()).anySatisfy(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.WRONG_EXERCISE);
            assertThat(r.because()).anySatisfy(b -> assertThat(b).contains("Deferred work"));
        });
    }

    @Test
    void stabilityBeforeMobilityIsRestoredIsStabilityTooEarlyAndNotWrongExercise() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .exercise(new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT, 3)).build());

        assertThat(a.reasons()).contains(ReasonCode.STABILITY_TOO_EARLY).doesNotContain(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(ExerciseCategory.STABILITY).reason()).isEqualTo(ReasonCode.STABILITY_TOO_EARLY);
        assertThat(a.recommendations()).noneMatch(r -> r.reason() == ReasonCode.WRONG_EXERCISE);
    }

    @ParameterizedTest(name = "{0} in the programme at the stability and strength stage is not the wrong order")
    @EnumSource(value = ExerciseCategory.class, names = {"STABILITY", "CORE_STRENGTH", "STRENGTH"})
    void strengthWorkOnceMobilityAndMotorControlAreInPlaceIsNotWrongExercise(ExerciseCategory category) {
        Assessment a = kb.assess(Cases.healthy()
                .exercise(new Exercise("Loaded work", category, Load.EXTERNAL, 3)).build());

        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
        assertThat(a.reasons()).isEmpty();
        assertThat(a.clearance(category).decision()).isEqualTo(Decision.ALLOW);
    }

    @ParameterizedTest(name = "{0} in the programme during the mobility stage is never the wrong order")
    @EnumSource(value = ExerciseCategory.class, names = {"WALKING", "AEROBIC", "MOBILITY", "MOTOR_CONTROL"})
    void exercisesTheStageNeverDefersAreNotWrongExerciseEvenAtTheFirstStage(ExerciseCategory category) {
        Assessment a = kb.assess(Cases.mobilityRestricted().core(null)
                .exercise(new Exercise("Early work", category, Load.BODYWEIGHT, 5)).build());

        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
        assertThat(a.reasons()).doesNotContain(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(category).decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aDeferredCategoryWithNoExerciseInTheProgrammeIsNotWrongExercise() {
        Assessment a = kb.assess(Cases.motorControlMissing().build());

        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isEqualTo(Decision.DEFER);
        assertThat(a.reasons()).doesNotContain(ReasonCode.WRONG_EXERCISE);
    }
}
