package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpainkb.cli.CommandLineRuns.golden;
import static org.backpainkb.cli.CommandLineRuns.run;
import static org.backpainkb.cli.CommandLineRuns.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess}: several files in their order, JSON and YAML cases, the text report and its help. */
class AssessCommandTest {

    @Test
    void severalFilesGiveOneJsonLineEachInArgumentOrder() throws IOException {
        List<String> order = List.of("statement-09-pain-response", "statement-01-emergency-red-flag",
                "statement-10-all-clear", "statement-04-wrong-exercise");

        Run run = run(Stream.concat(Stream.of("assess", "--format", "json"), order.stream().map(CommandLineRuns::golden))
                .toArray(String[]::new));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.jsonLines()).extracting(n -> n.get("caseId").asText()).containsExactlyElementsOf(order);
    }

    @Test
    void theSameFileTwiceGivesTwoEqualLines() throws IOException {
        Run run = run("assess", "--format", "json", golden("statement-08-poor-form"), golden("statement-08-poor-form"));

        assertThat(run.status()).isZero();
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(lines.get(1));
    }

    @Test
    void jsonCaseFilesAreReadAsWellAsYaml(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("pain.json");
        Files.writeString(json, """
                {"id": "from-json",
                 "mobility": [{"movement": "FLEXION", "status": "FULL"}],
                 "core": {"canActivateOnCue": true, "activatesDuringExercise": true},
                 "sessions": [{"date": "2026-11-02", "exercise": "Squat", "category": "STRENGTH",
                               "painBefore": 2, "painDuring": 6}]}
                """);

        Run run = run("assess", "--format", "json", json.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode r = run.onlyJson();
        assertThat(r.get("caseId").asText()).isEqualTo("from-json");
        assertThat(texts(r.get("reasons"))).containsExactly("PAIN_RESPONSE");
    }

    @Test
    void textFormatIsTheDefaultAndShowsStageReferralRecommendationsAndTheClearanceTable() {
        Run run = run("assess", golden("statement-04-wrong-exercise"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("statement-04-wrong-exercise")
                .contains("Stage:").contains("MOBILITY")
                .contains("Referral:").contains("NONE")
                .contains("Recommendations")
                .contains("do-the-exercises-in-the-right-order")
                .contains("restore-mobility-before-stability")
                .contains("find-an-exercise-that-gets-you-back-to-walking")
                .contains("source:")
                .contains("Clearances");
        assertThat(run.out().indexOf("do-the-exercises-in-the-right-order"))
                .isLessThan(run.out().indexOf("find-an-exercise-that-gets-you-back-to-walking"));
        assertThat(run.out().lines().filter(l -> l.matches("\\s+(WALKING|AEROBIC|MOBILITY|MOTOR_CONTROL|STABILITY"
                + "|CORE_STRENGTH|STRENGTH)\\s+(ALLOW|MODIFY|DEFER|STOP)\\b.*"))).hasSize(7);
        assertThat(run.out()).containsPattern("WALKING\\s+MODIFY\\s+WRONG_EXERCISE");
        assertThat(run.out()).containsPattern("STABILITY\\s+DEFER\\s+STABILITY_TOO_EARLY");
    }

    @Test
    void textFormatShowsAnEmergencyReferralWithItsFlags() {
        Run run = run("assess", "--format", "text", golden("statement-01-emergency-red-flag"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("EMERGENCY").contains("SADDLE_NUMBNESS").contains("[CRITICAL]");
        assertThat(run.out()).containsPattern("STRENGTH\\s+STOP\\s+RED_FLAG");
    }

    @Test
    void textFormatReportsEachFileInArgumentOrder() {
        Run run = run("assess", golden("statement-10-all-clear"), golden("statement-06-core-not-activated"));

        assertThat(run.status()).isZero();
        assertThat(run.out().indexOf("statement-10-all-clear")).isNotNegative()
                .isLessThan(run.out().indexOf("statement-06-core-not-activated"));
        assertThat(run.out().lines().filter(l -> l.startsWith("Clearances"))).hasSize(2);
    }

    @Test
    void assessHelpExitsZeroAndNamesItsOptions() {
        Run run = run("assess", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--format").contains("--rules").contains("FILE");
    }
}
