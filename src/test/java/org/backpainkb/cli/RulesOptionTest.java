package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.authoring.RuleFixtures.Mistake;
import org.backpainkb.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --rules DIR}: edited rules and thresholds from a directory, and what goes wrong with them. */
class RulesOptionTest {

    @Test
    void anEditedThresholdInTheRulesDirectoryMovesThePainBoundaryThroughTheCommandLine(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 6\n");
        String painCase = CommandLineTest.golden("statement-09-pain-response");

        JsonNode bundled = CommandLineTest.run("assess", "--format", "json", painCase).onlyJson();
        JsonNode edited = CommandLineTest.run("assess", "--rules", rules.toString(), "--format", "json", painCase)
                .onlyJson();

        assertThat(CommandLineTest.decision(bundled, "STRENGTH")).isEqualTo("MODIFY");
        assertThat(CommandLineTest.decision(edited, "STRENGTH")).isEqualTo("ALLOW");
        assertThat(CommandLineTest.decision(edited, "MOBILITY")).isEqualTo("MODIFY");
    }

    @Test
    void aMissingRulesDirectoryIsABadInputNamedOnce(@TempDir Path dir) {
        String missing = dir.resolve("no-rules-here").toString();

        Run run = CommandLineTest.run("assess", "--rules", missing, CommandLineTest.golden("statement-10-all-clear"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(missing).contains("no such rules directory").doesNotContain("\tat ");
        assertThat(run.err().indexOf(missing)).isEqualTo(run.err().lastIndexOf(missing));
    }

    @Test
    void aBrokenRuleIsABadInputNamingTheRuleFileAndLine(@TempDir Path dir) {
        Path rules = RuleFixtures.brokenCopy(dir, "misspelled-field");
        Mistake mistake = RuleFixtures.mistakes("misspelled-field").get(0);

        Run run = CommandLineTest.run("assess", "--rules", rules.toString(),
                CommandLineTest.golden("statement-10-all-clear"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(rules.resolve(mistake.file()) + ":" + mistake.line() + ": ")
                .contains("patern").doesNotContain("\tat ");
    }
}
