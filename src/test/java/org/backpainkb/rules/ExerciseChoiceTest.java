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
import org.backpainkb.model.Severity;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * exercise-choice.drl: statement 4 of the contract, the wrong kind of exercise or the wrong order,
 * as lower bounds. What the rules say beyond it (which advice, when a reason is not found) is in
 * the scenario files, {@code rules-drl/scenarios/wrong-exercise-*.yaml}, for the rule authors to keep.
 */
class ExerciseChoiceTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    @Test
    void walkingThatAggravatesASymptomGivesWrongExerciseAndModifiesWalkingAtLeast() {
        Assessment a = kb.assess(Cases.healthy().symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build());

        assertThat(a.reasons()).contains(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isGreaterThanOrEqualTo(Decision.MODIFY);
    }

    @Test
    void walkingThatAggravatesIsNotStoppedBecauseWalkingIsNotBad() {
        Assessment a = kb.assess(Cases.healthy()
                .symptom(new Symptom(Region.LEG, 9, List.of(Activity.WALKING, Activity.STANDING), List.of(), true))
                .build());

        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isGreaterThanOrEqualTo(Decision.MODIFY)
                .isNotEqualTo(Decision.STOP);
    }

    @Test
    void walkingThatAggravatesComesWithAdviceOfTheWrongExerciseReason() {
        Assessment a = kb.assess(Cases.healthy().symptom(new Symptom(Region.BUTTOCK, 3, Activity.WALKING)).build());

        // which advice, in which words, is the rule authors' (scenarios/wrong-exercise-walking-hurts.yaml)
        assertThat(a.recommendations()).anySatisfy(r -> assertThat(r.reason()).isEqualTo(ReasonCode.WRONG_EXERCISE));
    }

    @Test
    void legOrButtockPainThatWalkingMakesWorseAsksAboutTheBloodVesselsUnlessADoctorSeesThePersonFirst() {
        Assessment leg = kb.assess(Cases.healthy().symptom(new Symptom(Region.LEG, 5, Activity.WALKING)).build());
        Assessment back = kb.assess(Cases.healthy().symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build());

        assertThat(leg.recommendation("tell-your-doctor-if-leg-pain-eases-standing-still")).hasValueSatisfying(r -> {
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.reason()).isEqualTo(ReasonCode.WRONG_EXERCISE);
            assertThat(r.advice()).contains("blood vessels");
        });
        assertThat(back.recommendation("tell-your-doctor-if-leg-pain-eases-standing-still")).isEmpty();
        assertThat(kb.assess(Cases.healthy().symptom(new Symptom(Region.BUTTOCK, 5, Activity.WALKING)).build())
                .recommendation("tell-your-doctor-if-leg-pain-eases-standing-still")).isPresent();
        assertThat(kb.assess(Cases.healthy().redFlag(org.backpainkb.model.RedFlag.PROGRESSIVE_LEG_WEAKNESS)
                .symptom(new Symptom(Region.LEG, 5, Activity.WALKING)).build())
                .recommendation("tell-your-doctor-if-leg-pain-eases-standing-still")).isEmpty();
    }

    @ParameterizedTest(name = "{0} in the programme while mobility is restricted is the wrong order")
    @EnumSource(value = ExerciseCategory.class, names = {"CORE_STRENGTH", "STRENGTH"})
    void strengthWorkInTheProgrammeDuringTheMobilityStageIsWrongExercise(ExerciseCategory category) {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .exercise(new Exercise("Loaded work", category, Load.EXTERNAL, 3)).build());

        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
        assertThat(a.reasons()).contains(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(category).decision()).isGreaterThanOrEqualTo(Decision.DEFER);
    }

    @ParameterizedTest(name = "{0} in the programme while motor control is missing is the wrong order")
    @EnumSource(value = ExerciseCategory.class, names = {"STABILITY", "CORE_STRENGTH", "STRENGTH"})
    void deferredWorkInTheProgrammeDuringTheMotorControlStageIsWrongExercise(ExerciseCategory category) {
        Assessment a = kb.assess(Cases.healthy()
                .breathing(new BreathingObservation(BreathingPattern.CHEST_BREATHING, BreathingContext.REST))
                .exercise(new Exercise("Deferred work", category, Load.BODYWEIGHT, 3)).build());

        assertThat(a.stage()).isEqualTo(Stage.MOTOR_CONTROL);
        assertThat(a.reasons()).contains(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(category).decision()).isGreaterThanOrEqualTo(Decision.DEFER);
    }

    @Test
    void stabilityBeforeMobilityIsRestoredIsStabilityTooEarly() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .exercise(new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT, 3)).build());

        // that it is not also WRONG_EXERCISE is in scenarios/stability-too-early.yaml
        assertThat(a.reasons()).contains(ReasonCode.STABILITY_TOO_EARLY);
        assertThat(a.clearance(ExerciseCategory.STABILITY).decision()).isGreaterThanOrEqualTo(Decision.DEFER);
    }

    @ParameterizedTest(name = "{0} in the programme with nothing else wrong says nothing (statement 10)")
    @EnumSource(value = ExerciseCategory.class, names = {"STABILITY", "CORE_STRENGTH", "STRENGTH"})
    void strengthWorkOnceMobilityAndMotorControlAreInPlaceWithNothingWrongSaysNothing(ExerciseCategory category) {
        Assessment a = kb.assess(Cases.healthy()
                .exercise(new Exercise("Loaded work", category, Load.EXTERNAL, 3)).build());

        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
        assertThat(a.reasons()).isEmpty();
        assertThat(a.clearance(category).decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aDeferredCategoryWithNoExerciseInTheProgrammeIsStillDeferred() {
        Assessment a = kb.assess(Cases.motorControlMissing().build());

        // that it is not also WRONG_EXERCISE is in scenarios/wrong-exercise-none.yaml
        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isGreaterThanOrEqualTo(Decision.DEFER);
    }
}
