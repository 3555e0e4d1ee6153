package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpainkb.cli.CommandLineRuns.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An {@code assess} that names only files runs without picocli's set-up: it must do exactly what
 * picocli's run of the same command does. Giving an option at its default value makes picocli run it.
 */
class FilesOnlyAssessTest {

    private static final Path BAD_CASES = Path.of("src/test/resources/bad-cases");

    @Test
    void anAssessOfFilesIsRecognisedWithItsFilesInOrder() {
        assertThat(Main.filesOnlyAssess("assess", "b.yaml", "cases/a.json"))
                .containsExactly(Path.of("b.yaml"), Path.of("cases/a.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=json", "-", "--", "-h", "@args.txt", ""})
    void anArgumentPicocliReadsAsMoreThanAFileLeavesTheCommandToPicocli(String argument) {
        assertThat(Main.filesOnlyAssess("assess", "a.yaml", argument)).isNull();
    }

    @Test
    void otherCommandsAndAnAssessOfNothingAreLeftToPicocli() {
        assertThat(Main.filesOnlyAssess("validate", "rules-drl")).isNull();
        assertThat(Main.filesOnlyAssess("assess")).isNull();
        assertThat(Main.filesOnlyAssess()).isNull();
        assertThat(Main.filesOnlyAssess("a\0b")).isNull();
        assertThat(Main.filesOnlyAssess("assess", "a\0b")).isNull();
    }

    @Test
    void casesAreReportedAsPicocliReportsThem() {
        assertSameAsParsed(golden("statement-04-wrong-exercise"), golden("statement-10-all-clear"),
                "examples/walking-hurts.yaml");
    }

    @Test
    void aFolderIsReadAsPicocliReadsIt() {
        assertSameAsParsed(Path.of("src/test/resources/golden").toString());
    }

    @Test
    void aMissingFileIsRefusedAsPicocliRefusesIt() {
        Run run = assertSameAsParsed(golden("statement-10-all-clear"), "no-such-case.yaml");

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("no-such-case.yaml");
    }

    @Test
    void badCaseFilesAreRefusedAsPicocliRefusesThem() throws IOException {
        try (Stream<Path> files = Files.list(BAD_CASES)) {
            for (Path file : files.sorted().toList()) {
                Run run = assertSameAsParsed(file.toString());

                assertThat(run.status()).as(file.toString()).isEqualTo(Main.BAD_INPUT);
            }
        }
    }

    @Test
    void aJsonLinesFileWithABadLineIsAssessedAsPicocliAssessesIt(@TempDir Path dir) throws IOException {
        Path lines = dir.resolve("cases.jsonl");
        Files.writeString(lines, """
                {"id": "first", "core": {"canActivateOnCue": true, "activatesDuringExercise": true}}
                {"id": "second", "core": "not an object"}
                """);

        Run run = assertSameAsParsed(lines.toString());

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).contains("first");
    }

    /** Runs {@code assess FILES} and {@code assess --format text FILES}, and asserts they give the same. */
    private static Run assertSameAsParsed(String... files) {
        Run filesOnly = CommandLineRuns.run(Stream.concat(Stream.of("assess"), Stream.of(files)).toArray(String[]::new));
        Run parsed = CommandLineRuns.run(Stream.concat(Stream.of("assess", "--format", "text"), Stream.of(files))
                .toArray(String[]::new));

        assertThat(filesOnly).isEqualTo(parsed);
        return filesOnly;
    }

    @Test
    void theHelpStillShowsTheDefaultsTheOptionsTakeWithoutPicocli() {
        Run help = CommandLineRuns.run("assess", "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Default: en.", "Default: 1.", "Default: 3.", "text (a readable report, the default)");
    }
}
