package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;

/** The example case files of the README, one per reason, each show their reason through the command line. */
class ExamplesTest {

    /** Each example and the reasons it is there to show (others a clinician's rules add may come with them). */
    private static final Map<String, List<String>> EXPECTED_REASONS = Map.of(
            "examples/all-clear.yaml", List.of(),
            "examples/breath-holding.yaml", List.of("IMPROPER_BREATHING"),
            "examples/pain-flare.json", List.of("PAIN_RESPONSE"),
            "examples/poor-form-deadlift.yaml", List.of("POOR_FORM"),
            "examples/red-flag-emergency.yaml", List.of("RED_FLAG"),
            "examples/stability-too-early.yaml", List.of("STABILITY_TOO_EARLY"),
            "examples/strong-core-not-switched-on.yaml", List.of("WRONG_EXERCISE", "CORE_NOT_ACTIVATED"),
            "examples/walking-hurts.yaml", List.of("WRONG_EXERCISE"));

    @Test
    void everyExampleShowsTheReasonItIsNamedFor() throws IOException {
        List<String> files = EXPECTED_REASONS.keySet().stream().sorted().toList();
        String[] args = new String[files.size() + 3];
        args[0] = "assess";
        args[1] = "--format";
        args[2] = "json";
        for (int i = 0; i < files.size(); i++) {
            args[i + 3] = files.get(i);
        }

        Run run = CommandLineRuns.run(args);

        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> results = run.jsonLines();
        assertThat(results).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            List<String> reasons = CommandLineRuns.texts(results.get(i).get("reasons"));
            List<String> expected = EXPECTED_REASONS.get(files.get(i));
            if (expected.isEmpty()) {
                assertThat(reasons).as("%s: nothing wrong, nothing said", files.get(i)).isEmpty();
            } else {
                assertThat(reasons).as(files.get(i)).containsAll(expected);
            }
        }
    }

    @Test
    void theReadmeExampleRunsAsATextReport() {
        Run run = CommandLineRuns.run("assess", "examples/walking-hurts.yaml");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("walking-hurts").containsPattern("WALKING\\s+MODIFY\\s+WRONG_EXERCISE");
    }

    @Test
    void theEmergencyExampleStopsEverythingAndAsksForCareToday() throws IOException {
        JsonNode r = CommandLineRuns.run("assess", "--format", "json", "examples/red-flag-emergency.yaml").onlyJson();

        assertThat(r.at("/referral/urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(r.get("clearances")).allSatisfy(c -> assertThat(c.get("decision").asText()).isEqualTo("STOP"));
        assertThat(r.get("recommendations")).allSatisfy(rec -> {
            assertThat(rec.get("severity").asText()).isEqualTo("CRITICAL");
            assertThat(rec.get("advice").asText()).doesNotContainIgnoringCase("carry on");
        });
    }
}
