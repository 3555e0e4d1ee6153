package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Statements 11 to 14 through {@code assess}: the JSON has every new field, the text report shows them. */
class ClinicalDepthCommandLineTest {

    @Test
    void withoutAScreeningTheJsonHasRiskAsNullAndEveryClearanceADoseField() throws Exception {
        JsonNode r = CommandLineRuns.assessJson("statement-10-all-clear");

        assertThat(r.has("risk")).isTrue();
        assertThat(r.get("risk").isNull()).isTrue();
        assertThat(r.get("directionalPreference").asText()).isIn("FLEXION", "EXTENSION", "NONE");
        assertThat(r.get("suggestedExercises").isArray()).isTrue();
        for (JsonNode c : r.get("clearances")) {
            assertThat(c.has("dose")).as(c.get("category").asText()).isTrue();
        }
    }

    @Test
    void eachSuggestionInTheJsonHasItsSixFields() throws Exception {
        JsonNode r = CommandLineRuns.assessJson("statement-13-walking-hurts-what-to-do-instead");

        assertThat(r.get("suggestedExercises")).isNotEmpty().allSatisfy(e -> {
            for (String field : new String[] {"id", "name", "category", "direction", "amount", "why"}) {
                assertThat(e.get(field).asText()).as(field).isNotBlank();
            }
        });
    }

    @Test
    void theTextReportShowsRiskPreferenceDosesAndSuggestionsWithTheirAmounts() {
        CommandLineRuns.Run run = CommandLineRuns.run("assess", "examples/walking-hurts-week-2.yaml");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Risk:     MEDIUM (STarT Back total 4/9, psychosocial 1/5)")
                .contains("Directional preference: FLEXION")
                .containsPattern("MOBILITY\\s+ALLOW\\s+-\\s+INCREASE")
                .containsPattern("AEROBIC\\s+MODIFY\\s+PAIN_RESPONSE\\s+REDUCE")
                .contains("Recumbent bike [recumbent-bike, AEROBIC, FLEXION]")
                .contains("amount: 15 to 20 minutes")
                .doesNotContain("[stationary-cycling,");
    }
}
