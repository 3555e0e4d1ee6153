package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Movement;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** breathing.drl: statement 7 of the contract, breathing held or out of sync. */
class BreathingTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    @ParameterizedTest(name = "{0} during {1} is improper breathing")
    @CsvSource({
        "BREATH_HOLDING, LIFTING", "BREATH_HOLDING, EXERCISE", "BREATH_HOLDING, REST",
        "CHEST_BREATHING, LIFTING", "CHEST_BREATHING, EXERCISE", "CHEST_BREATHING, REST",
        "PARADOXICAL, LIFTING", "PARADOXICAL, EXERCISE", "PARADOXICAL, REST"})
    void eachImproperPatternGivesImproperBreathingWithAdviceOfThatReason(BreathingPattern pattern,
            BreathingContext during) {
        Assessment a = kb.assess(Cases.healthy().breathing(new BreathingObservation(pattern, during)).build());

        // which advice, in which words, is the rule authors' (scenarios/breathing-*.yaml)
        assertThat(a.reasons()).contains(ReasonCode.IMPROPER_BREATHING);
        assertThat(a.recommendations()).anySatisfy(r -> assertThat(r.reason()).isEqualTo(ReasonCode.IMPROPER_BREATHING));
    }

    @ParameterizedTest(name = "diaphragmatic breathing during {0} with nothing else wrong says nothing (statement 10)")
    @EnumSource(BreathingContext.class)
    void diaphragmaticBreathingWithNothingElseWrongGivesNoReason(BreathingContext during) {
        Assessment a = kb.assess(Cases.healthy()
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, during)).build());

        assertThat(a.reasons()).isEmpty();
        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
    }

    @Test
    void oneImproperObservationAmongDiaphragmaticOnesIsEnough() {
        Assessment a = kb.assess(Cases.healthy()
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.REST),
                        new BreathingObservation(BreathingPattern.BREATH_HOLDING, BreathingContext.LIFTING))
                .build());

        assertThat(a.reasons()).contains(ReasonCode.IMPROPER_BREATHING);
        assertThat(a.stage()).isEqualTo(Stage.MOTOR_CONTROL);
    }

    @Test
    void noBreathingObservationWithNothingElseWrongGivesNoReason() {
        Assessment a = kb.assess(Case.builder()
                .mobility(Cases.full(Movement.FLEXION))
                .core(new CoreActivation(true, true, null)).build());

        assertThat(a.reasons()).isEmpty();
        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
    }
}
