package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.backpainkb.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --rules DIR}: edited rules and thresholds from a directory, and what goes wrong with them. */
class RulesOptionTest {

    private static Path copyOfTheRules(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules-drl"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void anEditedThresholdInTheRulesDirectoryMovesThePainBoundaryThroughTheCommandLine(@TempDir Path dir)
            throws IOException {
        Path rules = copyOfTheRules(dir);
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
    void aBrokenRuleIsABadInputNamingTheRuleFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = copyOfTheRules(dir);
        Files.writeString(rules.resolve("broken.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "A rule with a misspelt field"
                when
                    Symptom(intensty > 5)
                then
                end
                """);

        Run run = CommandLineTest.run("assess", "--rules", rules.toString(),
                CommandLineTest.golden("statement-10-all-clear"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(rules + "/broken.drl:7: ").contains("intensty").doesNotContain("\tat ");
    }
}
