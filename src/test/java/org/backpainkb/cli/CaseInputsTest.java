package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.cli.CaseInputs.CaseFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case files are all checked before any is assessed, and only so many bytes of them are kept read meanwhile. */
class CaseInputsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    @TempDir
    Path dir;

    private Path caseFile(String name, String id) throws IOException {
        return Files.writeString(dir.resolve(name), "id: " + id + "\nsymptoms:\n  - { region: LOW_BACK, intensity: 4,"
                + " aggravatedBy: [WALKING] }\n");
    }

    private static List<Assessment> assess(CaseInputs inputs, StringWriter err) throws IOException {
        List<Assessment> written = new ArrayList<>();
        Batch.Results results = new Batch.Results() {
            @Override
            public void write(org.backpainkb.model.Case c, Assessment assessment) {
                written.add(assessment);
            }

            @Override
            public void close() {
            }
        };
        new Batch(KB, 1, Duration.ofSeconds(10), results, new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0])).run(inputs.inputs());
        return written;
    }

    @Test
    void caseFilesPastTheBytesKeptAheadAreCheckedAndNotKept() throws IOException {
        Path a = caseFile("a.yaml", "a");
        caseFile("b.yaml", "b");
        caseFile("c.yaml", "c");

        CaseInputs inputs = CaseInputs.gather(List.of(dir), null, System.in, Files.size(a), CaseInputs.READ_LIMIT);

        assertThat(inputs.refusals()).isEmpty();
        assertThat(inputs.inputs()).map(i -> ((CaseFile) i).value() != null).containsExactly(true, false, false);
    }

    @Test
    void aCaseFileNotKeptIsReadAgainAndAssessedAsOneKeptIs() throws IOException {
        caseFile("a.yaml", "a");
        caseFile("b.yaml", "b");

        List<Assessment> kept = assess(CaseInputs.gather(List.of(dir), null, System.in), new StringWriter());
        List<Assessment> readAgain = assess(CaseInputs.gather(List.of(dir), null, System.in, 0, CaseInputs.READ_LIMIT), new StringWriter());

        assertThat(readAgain).extracting(Assessment::caseId).containsExactly("a", "b");
        assertThat(readAgain).usingRecursiveFieldByFieldElementComparatorIgnoringFields("firedRules")
                .isEqualTo(kept);
    }

    @Test
    void aCaseFileThatChangedAfterItWasCheckedIsRefusedWhenReadAgain() throws IOException {
        Path a = caseFile("a.yaml", "a");
        caseFile("b.yaml", "b");
        CaseInputs inputs = CaseInputs.gather(List.of(dir), null, System.in, 0, CaseInputs.READ_LIMIT);
        Files.writeString(a, "symptoms: [{ region: KNEE }]\n");
        StringWriter err = new StringWriter();

        List<Assessment> assessed = assess(inputs, err);

        assertThat(assessed).extracting(Assessment::caseId).containsExactly("b");
        assertThat(err.toString()).startsWith(a + ": symptoms[0].region: unknown code \"KNEE\"")
                .contains("(read again to be assessed: it changed after it was checked)");
    }

    private Path namedPipe(Path where) throws IOException, InterruptedException {
        Process made = new ProcessBuilder("mkfifo", where.toString()).start();
        Assumptions.assumeTrue(made.waitFor() == 0, "mkfifo is needed");
        return where;
    }

    @Test
    void aNamedPipeNoOneWritesToIsGivenUpOnWithItsName() throws Exception {
        Path pipe = namedPipe(dir.resolve("stuck.json"));

        CaseInputs inputs = CaseInputs.gather(List.of(pipe), null, System.in, CaseInputs.KEPT_AHEAD_BYTES,
                Duration.ofMillis(300));

        assertThat(inputs.refusals()).singleElement().asString().startsWith(pipe + ": cannot be read (nothing came"
                + " within 300 ms: it is not a regular file");
    }

    @Test
    void aPipeThatIsWrittenToIsReadAsTheShellsProcessSubstitutionGivesIt() throws Exception {
        Path pipe = namedPipe(dir.resolve("piped.yaml"));
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(pipe, "id: piped\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();

        CaseInputs inputs = CaseInputs.gather(List.of(pipe), null, System.in);
        writer.join(10_000);

        assertThat(inputs.refusals()).isEmpty();
        assertThat(inputs.inputs()).singleElement().satisfies(i -> assertThat(((CaseFile) i).value().id()).isEqualTo("piped"));
    }

    @Test
    void aNamedPipeInAFolderIsSaidNotSkippedNorWaitedFor() throws Exception {
        caseFile("a.yaml", "a");
        Path pipe = namedPipe(dir.resolve("b.json"));

        CaseInputs inputs = CaseInputs.gather(List.of(dir), null, System.in);

        assertThat(inputs.refusals()).containsExactly(pipe + ": not a regular file; a folder's cases are files");
    }
}
