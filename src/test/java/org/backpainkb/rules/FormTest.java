package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.Recommendation;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.Load;
import org.backpainkb.model.ReasonCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** form.drl: statement 8 of the contract, poor form, loaded or not. */
class FormTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    private static Assessment assessWith(FormError... errors) {
        return kb.assess(Cases.healthy().formError(errors).build());
    }

    private static int poorFormPriority(Assessment a) {
        return a.recommendations().stream().filter(r -> r.reason() == ReasonCode.POOR_FORM)
                .mapToInt(Recommendation::priority).min().orElseThrow();
    }

    @ParameterizedTest(name = "{0} with load {1} is poor form")
    @CsvSource({
        "ROUNDED_BACK_UNDER_LOAD, EXTERNAL", "ROUNDED_BACK_UNDER_LOAD, BODYWEIGHT", "ROUNDED_BACK_UNDER_LOAD, NONE",
        "EXCESSIVE_ARCH, EXTERNAL", "EXCESSIVE_ARCH, BODYWEIGHT", "EXCESSIVE_ARCH, NONE",
        "TWISTING_UNDER_LOAD, EXTERNAL", "TWISTING_UNDER_LOAD, BODYWEIGHT", "TWISTING_UNDER_LOAD, NONE",
        "LOSS_OF_NEUTRAL_SPINE, EXTERNAL", "LOSS_OF_NEUTRAL_SPINE, BODYWEIGHT", "LOSS_OF_NEUTRAL_SPINE, NONE",
        "MOMENTUM_INSTEAD_OF_CONTROL, EXTERNAL", "MOMENTUM_INSTEAD_OF_CONTROL, BODYWEIGHT",
        "MOMENTUM_INSTEAD_OF_CONTROL, NONE"})
    void anyFormErrorLoadedOrNotGivesPoorFormAndModifiesItsCategory(FormFault fault, Load load) {
        Assessment a = assessWith(new FormError("Squat", ExerciseCategory.STRENGTH, fault, load, 10));

        assertThat(a.reasons()).contains(ReasonCode.POOR_FORM);
        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isGreaterThanOrEqualTo(Decision.MODIFY);
    }

    @ParameterizedTest(name = "a form error in {0} puts that category at least at MODIFY")
    @EnumSource(ExerciseCategory.class)
    void aFormErrorModifiesAtLeastTheCategoryItWasSeenIn(ExerciseCategory category) {
        Assessment a = assessWith(new FormError("An exercise", category, FormFault.LOSS_OF_NEUTRAL_SPINE,
                Load.BODYWEIGHT));

        // that it modifies no other category is in scenarios/poor-form-*.yaml
        assertThat(a.clearance(category).decision()).isGreaterThanOrEqualTo(Decision.MODIFY);
    }

    @Test
    void noFormErrorWithNothingElseWrongMeansNoReasonAtAll() {
        Assessment a = kb.assess(Cases.healthy().build());

        assertThat(a.reasons()).isEmpty();
        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aFaultUnderExternalLoadRanksHigherThanTheSameFaultWithBodyweight() {
        Assessment loaded = assessWith(new FormError("Deadlift", ExerciseCategory.STRENGTH,
                FormFault.ROUNDED_BACK_UNDER_LOAD, Load.EXTERNAL, 10));
        Assessment bodyweight = assessWith(new FormError("Deadlift", ExerciseCategory.STRENGTH,
                FormFault.ROUNDED_BACK_UNDER_LOAD, Load.BODYWEIGHT, 10));

        assertThat(poorFormPriority(loaded)).isLessThan(poorFormPriority(bodyweight));
    }

    @Test
    void aFaultAtHighRepetitionsRanksHigherThanTheSameFaultAtFewRepetitions() {
        Assessment often = assessWith(new FormError("Bird dog", ExerciseCategory.STABILITY,
                FormFault.LOSS_OF_NEUTRAL_SPINE, Load.BODYWEIGHT, 200));
        Assessment seldom = assessWith(new FormError("Bird dog", ExerciseCategory.STABILITY,
                FormFault.LOSS_OF_NEUTRAL_SPINE, Load.BODYWEIGHT, 5));

        assertThat(poorFormPriority(often)).isLessThan(poorFormPriority(seldom));
    }

    @Test
    void aFrequentFaultWithoutLoadIsToldToDoFewerRepetitionsAndItsLoadIsSaidAsNoLoad() {
        Assessment a = assessWith(new FormError("Bird dog", ExerciseCategory.STABILITY,
                FormFault.LOSS_OF_NEUTRAL_SPINE, Load.NONE, 50));

        assertThat(a.recommendation("fix-form-under-load")).hasValueSatisfying(r -> {
            assertThat(r.advice()).contains("or do fewer repetitions");
            assertThat(r.because()).containsExactly("loss of neutral spine in Bird dog (no load, 50 repetitions a week)");
        });
    }

    @Test
    void highRepetitionsStartAtTheThresholdOfFiftyAWeek() {
        Assessment atThreshold = assessWith(new FormError("Bird dog", ExerciseCategory.STABILITY,
                FormFault.LOSS_OF_NEUTRAL_SPINE, Load.BODYWEIGHT, 50));
        Assessment justBelow = assessWith(new FormError("Bird dog", ExerciseCategory.STABILITY,
                FormFault.LOSS_OF_NEUTRAL_SPINE, Load.BODYWEIGHT, 49));
        Assessment underLoad = assessWith(new FormError("Bird dog", ExerciseCategory.STABILITY,
                FormFault.LOSS_OF_NEUTRAL_SPINE, Load.EXTERNAL, 1));

        assertThat(poorFormPriority(atThreshold)).isEqualTo(poorFormPriority(underLoad));
        assertThat(poorFormPriority(justBelow)).isGreaterThan(poorFormPriority(atThreshold));
        assertThat(justBelow.reasons()).contains(ReasonCode.POOR_FORM);
    }

    @Test
    void aLoadedFaultComesBeforeABodyweightFaultInTheSameAssessment() {
        Assessment a = assessWith(
                new FormError("Bird dog", ExerciseCategory.STABILITY, FormFault.LOSS_OF_NEUTRAL_SPINE, Load.BODYWEIGHT, 5),
                new FormError("Deadlift", ExerciseCategory.STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD, Load.EXTERNAL));

        assertThat(poorFormPriority(a)).isEqualTo(poorFormPriority(assessWith(
                new FormError("Deadlift", ExerciseCategory.STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD, Load.EXTERNAL))));
        assertThat(a.clearance(ExerciseCategory.STABILITY).decision()).isGreaterThanOrEqualTo(Decision.MODIFY);
        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isGreaterThanOrEqualTo(Decision.MODIFY);
    }

    @Test
    void aFormErrorInACategoryTheStageDefersStaysAtLeastModifyAndTheStricterDeferWins() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .formError(new FormError("Deadlift", ExerciseCategory.STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD,
                        Load.EXTERNAL))
                .build());

        assertThat(a.reasons()).contains(ReasonCode.POOR_FORM);
        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isGreaterThanOrEqualTo(Decision.DEFER);
    }

    @Test
    void theHighRepetitionsThresholdIsAParameter() {
        KnowledgeBase strict = KnowledgeBase.builder().thresholds(new Thresholds(5, 0, 10)).build();
        FormError tenAWeek = new FormError("Bird dog", ExerciseCategory.STABILITY, FormFault.LOSS_OF_NEUTRAL_SPINE,
                Load.BODYWEIGHT, 10);

        int withDefault = poorFormPriority(assessWith(tenAWeek));
        int withLowerThreshold = poorFormPriority(strict.assess(Cases.healthy().formError(tenAWeek).build()));

        assertThat(withLowerThreshold).isLessThan(withDefault);
    }

    @Test
    void poorFormInWorkTheStagePutsAsideIsAdviceForWhenItComesBackNotToLiftLessNow() {
        Assessment a = kb.assess(Cases.motorControlMissing()
                .formError(new FormError("Back squat", ExerciseCategory.STRENGTH, FormFault.EXCESSIVE_ARCH, Load.EXTERNAL, 75))
                .formError(new FormError("Walking lunge", ExerciseCategory.WALKING, FormFault.EXCESSIVE_ARCH, Load.EXTERNAL, 75))
                .build());

        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isEqualTo(Decision.DEFER);
        assertThat(a.recommendation("fix-form-under-load-when-it-comes-back")).hasValueSatisfying(r -> {
            assertThat(r.because()).singleElement().asString().contains("Back squat");
            assertThat(r.priority()).isEqualTo(2);
        });
        assertThat(a.recommendation("fix-form-under-load")).hasValueSatisfying(r ->
                assertThat(r.because()).singleElement().asString().contains("Walking lunge"));
    }
}
