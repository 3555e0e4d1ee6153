package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path temp;

    @Test
    void cleanRulesExitWithZero() {
        Run run = CommandLineRuns.run("validate", "--rules", "rules-drl");

        assertThat(run.status()).isZero();
        assertThat(run.lastLine()).startsWith("rules-drl: no problems");
        assertThat(run.lines()).allSatisfy(l -> assertThat(l).matches(".*: warning: .*|rules-drl: no problems.*"));
    }

    @Test
    void aRulesDirectoryThatDoesNotExistIsACommandLineMistakeWithStatus2() throws IOException {
        String missing = temp.resolve("nowhere").toString();
        Path file = Files.writeString(temp.resolve("rules.drl"), "package org.backpainkb.rules;\n");

        Run named = CommandLineRuns.run("validate", missing);
        Run option = CommandLineRuns.run("validate", "--rules", missing);
        Run aFile = CommandLineRuns.run("validate", file.toString());

        assertThat(named.status()).isEqualTo(2);
        assertThat(named.err()).isEqualTo(missing + ": no such rules directory" + System.lineSeparator());
        assertThat(named.out()).isEmpty();
        assertThat(option.status()).isEqualTo(2);
        assertThat(aFile.status()).isEqualTo(2);
        assertThat(aFile.err()).startsWith(file + ": a file, not a rules directory");
    }

    @Test
    void aDirectoryNamedAloneIsValidatedAsWithRules() {
        Run run = CommandLineRuns.run("validate", "rules-drl");

        assertThat(run.status()).isZero();
        assertThat(run.lastLine()).startsWith("rules-drl: no problems");
        assertThat(CommandLineRuns.run("validate", "--rules", "rules-drl", "rules-drl").err())
                .startsWith("name the rules once: DIR, --rules DIR or --bundled");
    }

    @Test
    void withoutRulesNamedAFolderOfRuleFilesIsItsOwnRulesDirectoryUnlessItHasARulesDrl() throws IOException {
        Path copy = RuleFixtures.copyOfProjectRules(temp.resolve("copy"));
        Path project = Files.createDirectories(temp.resolve("project"));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        RuleFixtures.copyOfProjectRules(project.resolve("rules-drl"));

        assertThat(RulesOption.defaultDirectory(copy)).isEqualTo(copy);
        assertThat(RulesOption.defaultDirectory(project)).isEqualTo(project.resolve("rules-drl"));
        assertThat(RulesOption.defaultDirectory(empty)).isNull();
    }

    @Test
    void withoutRulesOptionTheProjectsRulesDirectoryIsValidated() {
        Run run = CommandLineRuns.run("validate");

        assertThat(run.status()).isZero();
        assertThat(run.lastLine()).startsWith("rules-drl: no problems");
    }

    @Test
    void brokenRulesAreListedAsPathLineMessageAndExitWithOne() {
        Path rules = RuleFixtures.brokenCopy(temp, "syntax-error", "misspelled-field", "bad-call-in-then",
                "forbidden-import");

        Run run = CommandLineRuns.run("validate", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines().stream().filter(l -> !l.contains(": warning: ")).toList()).hasSize(5)
                .anySatisfy(l -> assertThat(l).startsWith(rules.resolve("pain-response.drl") + ":17: syntax error"))
                .anySatisfy(l -> assertThat(l).startsWith(rules.resolve("breathing.drl") + ":15: BreathingObservation"))
                .anySatisfy(l -> assertThat(l).startsWith(rules.resolve("form.drl") + ":31: in the then block"))
                .anySatisfy(l -> assertThat(l).startsWith(rules.resolve("core-activation.drl") + ":4: import java.io.File"))
                .last().asString().matches("4 problems (and \\d+ warnings? )?in " + Pattern.quote(rules.toString()));
    }

    @Test
    void aProblemOfAWholeFileNamesTheFileWithoutALineZeroEditorsCannotGoTo() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        Path german = rules.resolve("texts/de.yaml");
        String text = Files.readString(german);
        Files.writeString(german, text.replaceFirst("(?m)^breathe-with-the-effort:", "breathe-with-effort:"));

        Run run = CommandLineRuns.run("validate", "--rules", rules.toString());

        assertThat(run.lines()).anySatisfy(l -> assertThat(l)
                .startsWith(german + ": warning: advice breathe-with-the-effort is not translated"));
        assertThat(run.out()).doesNotContain(":0:");
    }

    @Test
    void theTotalCountsTheProblemsNotListedAsWellAsThoseListed() throws IOException {
        Path rules = RuleFixtures.withBadlyWrittenCodes(temp, 150);

        Run run = CommandLineRuns.run("validate", "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(l -> assertThat(l).endsWith("and 50 more problems in this file, not listed"));
        assertThat(run.lastLine()).matches("150 problems (and \\d+ warnings? )?in " + Pattern.quote(rules.toString()));
    }
}
