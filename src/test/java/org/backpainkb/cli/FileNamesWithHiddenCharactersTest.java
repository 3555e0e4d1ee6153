package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose name holds a line break or an escape is refused with the name shown safely: every
 * line about a file starts with its name, so such a name would otherwise forge or colour a line of
 * the output, or of the application's log.
 */
class FileNamesWithHiddenCharactersTest {

    /** A line break, then a green "all fine" line and the escape that ends the colour. */
    private static final String FORGING = "x\n\u001b[32mFORGED: no problems\u001b[0m\ny";

    @TempDir
    Path temp;

    private static void assertNoLineIsForged(Run run) {
        assertThat(run.out() + run.err()).doesNotContain("\u001b").doesNotContain("\nFORGED")
                .contains("U+000A").contains("rename the file");
    }

    @Test
    void aRuleFileSoNamedIsRefusedAndTheRulesAreNotLoaded() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.writeString(rules.resolve(FORGING + ".drl"), "package org.backpainkb.rules;\n");

        Run run = CommandLineRuns.run("validate", rules.toString());

        assertThat(run.status()).isEqualTo(1);
        assertNoLineIsForged(run);
    }

    @Test
    void aCaseFileSoNamedInAFolderIsRefusedAndNothingIsAssessed() throws IOException {
        Path cases = Files.createDirectories(temp.resolve("cases"));
        Files.copy(Path.of("examples/all-clear.yaml"), cases.resolve("all-clear.yaml"));
        Files.copy(Path.of("examples/all-clear.yaml"), cases.resolve(FORGING + ".yaml"));

        Run run = CommandLineRuns.run("assess", "--bundled", cases.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertNoLineIsForged(run);
    }

    @Test
    void aScenarioFileSoNamedFailsWithItsNameShownSafely() throws IOException {
        Path scenarios = Files.createDirectories(temp.resolve("scenarios"));
        Files.copy(Path.of("rules-drl/scenarios/all-clear.yaml"), scenarios.resolve(FORGING + ".yaml"));

        Run run = CommandLineRuns.run("test", "--rules", "rules-drl", scenarios.toString());

        assertThat(run.status()).isEqualTo(1);
        assertNoLineIsForged(run);
    }
}
