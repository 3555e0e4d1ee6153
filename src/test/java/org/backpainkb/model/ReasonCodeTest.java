package org.backpainkb.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReasonCodeTest {

    @Test
    void theContractsCodesAreConstantsThatOfGivesBack() {
        assertThat(ReasonCode.of("WRONG_EXERCISE")).isSameAs(ReasonCode.WRONG_EXERCISE);
        assertThat(ReasonCode.contractCodes()).extracting(ReasonCode::name).containsExactly("RED_FLAG", "PAIN_RESPONSE",
                "STABILITY_TOO_EARLY", "WRONG_EXERCISE", "POOR_FORM", "CORE_NOT_ACTIVATED", "IMPROPER_BREATHING",
                "PERSISTENCE_RISK");
        assertThat(ReasonCode.contractCodes()).allMatch(ReasonCode::isContractCode);
    }

    @Test
    void aDeclaredCodeIsAValueEqualByName() {
        ReasonCode declared = ReasonCode.of("DIRECTIONAL_PREFERENCE");

        assertThat(declared).isEqualTo(ReasonCode.of("DIRECTIONAL_PREFERENCE")).hasSameHashCodeAs(ReasonCode.of("DIRECTIONAL_PREFERENCE"));
        assertThat(declared.isContractCode()).isFalse();
        assertThat(declared.inWords()).isEqualTo("directional preference");
        assertThat(declared).hasToString("DIRECTIONAL_PREFERENCE");
    }

    @Test
    void theContractsCodesComeFirstByWeightThenTheOthersByName() {
        TreeSet<ReasonCode> sorted = new TreeSet<>(List.of(ReasonCode.of("ZONE_OF_PAIN"), ReasonCode.IMPROPER_BREATHING,
                ReasonCode.of("DIRECTIONAL_PREFERENCE"), ReasonCode.RED_FLAG));

        assertThat(sorted).extracting(ReasonCode::name)
                .containsExactly("RED_FLAG", "IMPROPER_BREATHING", "DIRECTIONAL_PREFERENCE", "ZONE_OF_PAIN");
    }

    @Test
    void aTextNotWrittenAsACodeIsRefused() {
        assertThatThrownBy(() -> ReasonCode.of("directional preference")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capitals with underscores");
    }
}
