package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.authoring.RuleFixtures.Mistake;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which rules {@code assess} runs: {@code ./rules-drl} by default as for {@code validate} and
 * {@code test}, {@code --rules DIR}, or {@code --bundled}; edited rules and thresholds from a
 * directory, and what goes wrong with them.
 */
class RulesOptionTest {

    @Test
    void assessRunsTheProjectRulesFolderByDefaultAndSaysSoInTheReportHeader() {
        Run run = CommandLineRuns.run("assess", CommandLineRuns.golden("statement-10-all-clear"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.lines().get(0)).contains("[rules rules-drl, hash ");
    }

    @Test
    void bundledPicksTheRulesOfTheLibraryAndTheHeaderSaysBundledWithTheSameHashAsAFreshRulesFolder() {
        Run bundled = CommandLineRuns.run("assess", "--bundled", CommandLineRuns.golden("statement-10-all-clear"));
        Run folder = CommandLineRuns.run("assess", CommandLineRuns.golden("statement-10-all-clear"));

        assertThat(bundled.status()).as(bundled.err()).isZero();
        assertThat(bundled.lines().get(0)).contains("[rules bundled, hash ");
        assertThat(hashIn(bundled.lines().get(0))).isEqualTo(hashIn(folder.lines().get(0)));
    }

    @Test
    void anEditedRulesDirectoryIsNamedInTheHeaderWithItsOwnHash(@TempDir Path dir) throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("extra.drl"), "package org.backpainkb.rules;\n");

        Run edited = CommandLineRuns.run("assess", "--rules", rules.toString(),
                CommandLineRuns.golden("statement-10-all-clear"));
        Run bundled = CommandLineRuns.run("assess", "--bundled", CommandLineRuns.golden("statement-10-all-clear"));

        assertThat(edited.status()).as(edited.err()).isZero();
        assertThat(edited.lines().get(0)).contains("[rules " + rules + ", hash ");
        assertThat(hashIn(edited.lines().get(0))).isNotEqualTo(hashIn(bundled.lines().get(0)));
    }

    @Test
    void rulesAndBundledTogetherAreRefusedAsABadCommandLine(@TempDir Path dir) {
        Run run = CommandLineRuns.run("assess", "--bundled", "--rules", dir.toString(),
                CommandLineRuns.golden("statement-10-all-clear"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--rules and --bundled").doesNotContain("\tat ");
    }

    private static String hashIn(String header) {
        return header.replaceAll(".*, hash ([0-9a-f]+);.*", "$1");
    }

    @Test
    void anEditedThresholdInTheRulesDirectoryMovesThePainBoundaryThroughTheCommandLine(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 6\n");
        String painCase = CommandLineRuns.golden("statement-09-pain-response");

        JsonNode bundled = CommandLineRuns.run("assess", "--format", "json", painCase).onlyJson();
        JsonNode edited = CommandLineRuns.run("assess", "--rules", rules.toString(), "--format", "json", painCase)
                .onlyJson();

        assertThat(CommandLineRuns.decision(bundled, "STRENGTH")).isEqualTo("MODIFY");
        assertThat(CommandLineRuns.decision(edited, "STRENGTH")).isEqualTo("ALLOW");
        assertThat(CommandLineRuns.decision(edited, "MOBILITY")).isEqualTo("MODIFY");
    }

    @Test
    void aMissingRulesDirectoryIsABadInputNamedOnce(@TempDir Path dir) {
        String missing = dir.resolve("no-rules-here").toString();

        Run run = CommandLineRuns.run("assess", "--rules", missing, CommandLineRuns.golden("statement-10-all-clear"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(missing).contains("no such rules directory").doesNotContain("\tat ");
        assertThat(run.err().indexOf(missing)).isEqualTo(run.err().lastIndexOf(missing));
    }

    @Test
    void aBrokenRuleIsABadInputNamingTheRuleFileAndLine(@TempDir Path dir) {
        Path rules = RuleFixtures.brokenCopy(dir, "misspelled-field");
        Mistake mistake = RuleFixtures.mistakes("misspelled-field").get(0);

        Run run = CommandLineRuns.run("assess", "--rules", rules.toString(),
                CommandLineRuns.golden("statement-10-all-clear"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(rules.resolve(mistake.file()) + ":" + mistake.line() + ": ")
                .contains("patern").doesNotContain("\tat ");
    }
}
