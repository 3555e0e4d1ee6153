package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input through the command line: exit status 2, a message on err naming the file and the
 * field (or the file alone when the whole file is wrong), no stack trace, and no result on out.
 */
class BadInputTest {

    static String badCase(String name) {
        try {
            return Path.of(BadInputTest.class.getResource("/bad-cases/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The contract for every refusal: status 2, a message naming the file, nothing assessed, no trace. */
    static Run refused(String... args) {
        Run run = CommandLineRuns.run(args);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isNotBlank()
                .doesNotContain("\tat ")
                .doesNotContain("Exception")
                .doesNotContain("picocli");
        return run;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "out-of-range.yaml     | symptoms[0].intensity      | 0..10",
        "unknown-code.yaml     | symptoms[0].region         | LOW_BACK, MID_BACK, UPPER_BACK, BUTTOCK, LEG",
        "wrong-type.yaml       | symptoms[0].intensity      | whole number",
        "wrong-type.json       | redFlags                   | list",
        "unknown-field.yaml    | symptoms[0].colour         | unknown field",
        "missing-field.yaml    | exercises[0].load          | is required",
        "several-problems.yaml | sessions[1].painDuring     | 11 is out of range 0..10",
        "duplicate-field.yaml  | redFlags                   | redFlags is given twice: keep one"})
    void aRefusedFieldIsNamedWithItsFile(String file, String field, String detail) {
        for (String format : new String[] {"json", "text"}) {
            Run run = refused("assess", "--format", format, badCase(file));

            assertThat(run.err()).contains(badCase(file) + ": ").contains(field).contains(detail);
            assertThat(run.err().lines()).hasSize(1);
        }
    }

    @Test
    void aScenarioFileGivenToAssessIsRefusedWithAPointerToTheTestCommand() {
        Run run = refused("assess", "rules-drl/scenarios/all-clear.yaml");

        assertThat(run.err().strip()).isEqualTo("rules-drl/scenarios/all-clear.yaml: this is a scenario file (a case"
                + " under 'case:' and what it must conclude under 'expect:'), not a case: run it with the test command,"
                + " or assess a file holding only what is under 'case:'");
    }

    @Test
    void anOutOfRangeIntensityIsReportedExactlyAsTheContractSpellsIt() {
        Run run = refused("assess", "--format", "json", badCase("out-of-range.yaml"));

        assertThat(run.err().strip()).isEqualTo(badCase("out-of-range.yaml")
                + ": symptoms[0].intensity: 14 is out of range 0..10");
    }

    @Test
    void anUnknownCodeListsTheAllowedValues() {
        Run run = refused("assess", badCase("unknown-code.yaml"));

        assertThat(run.err()).contains("KNEE").contains("allowed values: LOW_BACK, MID_BACK, UPPER_BACK, BUTTOCK, LEG");
    }

    @Test
    void aWrongTypeInJsonNamesEachField() {
        Run run = refused("assess", "--format", "json", badCase("wrong-type.json"));

        assertThat(run.err()).contains("redFlags").contains("core.canActivateOnCue");
    }

    @Test
    void severalProblemsInOneFileAreAllReportedOnItsLine() {
        Run run = refused("assess", "--format", "json", badCase("several-problems.yaml"));

        assertThat(run.err()).contains("person.age: 130 is out of range 0..120")
                .contains("sessions[1].painBefore: -1 is out of range 0..10")
                .contains("sessions[1].painDuring: 11 is out of range 0..10");
    }

    @Test
    void malformedJsonIsRefusedNamingTheFile() {
        Run run = refused("assess", "--format", "json", badCase("malformed.json"));

        assertThat(run.err()).startsWith(badCase("malformed.json") + ": ").contains("not valid JSON");
    }

    @Test
    void malformedYamlIsRefusedNamingTheFile() {
        Run run = refused("assess", "--format", "json", badCase("malformed.yaml"));

        assertThat(run.err()).startsWith(badCase("malformed.yaml") + ": ").contains("not valid YAML");
    }

    @Test
    void anEmptyFileIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");

        Run run = refused("assess", "--format", "json", empty.toString());

        assertThat(run.err()).startsWith(empty + ": ").contains("empty");
    }

    @Test
    void aMissingFileIsRefusedNamingTheFile(@TempDir Path dir) {
        String missing = dir.resolve("no-such-case.yaml").toString();

        Run run = refused("assess", "--format", "json", missing);

        assertThat(run.err()).startsWith(missing + ": ").contains("no such file");
    }

    @Test
    void oneBadFileAmongGoodOnesMeansNothingIsAssessed() {
        String good = CommandLineRuns.golden("statement-10-all-clear");
        String alsoGood = CommandLineRuns.golden("statement-01-emergency-red-flag");
        String bad = badCase("out-of-range.yaml");

        Run run = refused("assess", "--format", "json", good, bad, alsoGood);

        assertThat(run.err()).contains(bad).doesNotContain(good).doesNotContain(alsoGood);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void everyBadFileAmongSeveralIsReportedInArgumentOrder(@TempDir Path dir) {
        String missing = dir.resolve("gone.yaml").toString();
        String good = CommandLineRuns.golden("statement-10-all-clear");

        Run run = refused("assess", "--format", "text", badCase("unknown-field.yaml"), good, missing,
                badCase("malformed.json"));

        assertThat(run.err().lines()).hasSize(3);
        assertThat(run.err().lines().toList().get(0)).startsWith(badCase("unknown-field.yaml"));
        assertThat(run.err().lines().toList().get(1)).startsWith(missing);
        assertThat(run.err().lines().toList().get(2)).startsWith(badCase("malformed.json"));
    }

    @Test
    void anUnknownFormatIsABadCommandLine() {
        Run run = CommandLineRuns.run("assess", "--format", "xml", CommandLineRuns.golden("statement-10-all-clear"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--format").doesNotContain("\tat ");
    }

    @Test
    void assessWithoutAFileIsABadCommandLine() {
        Run run = CommandLineRuns.run("assess");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("FILE");
    }
}
