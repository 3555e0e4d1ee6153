package org.backpainkb.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.backpainkb.io.CaseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code assess} on JSON Lines: one result per line in the input's order, a refused line reported
 * with its file, line and path while the others are still assessed, standard input, folders and
 * {@code --files-from}; and the results the same, byte for byte, as assessing the cases one by one.
 */
class JsonLinesCommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    /** The golden cases, each as one line of JSON, in name order. */
    static List<String> goldenLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : CommandLineRuns.goldenCases().toList()) {
            lines.add(JSON.writeValueAsString(YAML.readTree(Path.of(CommandLineRuns.golden(name)).toFile())));
        }
        return lines;
    }

    /** A case with the given id, from a golden case: ids tell the results apart. */
    static String withId(String line, String id) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(line);
        tree.put("id", id);
        return JSON.writeValueAsString(tree);
    }

    /** Runs the command line as a program runs it: bytes in, bytes out. */
    static Run runWithInput(String in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int status = Main.run(new Main.StandardStreams(new ByteArrayInputStream(in.getBytes(UTF_8)), out),
                new PrintWriter(new OutputStreamWriter(out, UTF_8)), new PrintWriter(err), args);
        return new Run(status, out.toString(UTF_8), err.toString());
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static List<String> caseIds(Run run) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode result : run.jsonLines()) {
            ids.add(result.get("caseId").asText());
        }
        return ids;
    }

    @Test
    void fourThreadsGiveTheResultsInTheOrderOfTheLines() throws IOException {
        List<String> golden = goldenLines();
        List<String> ids = IntStream.range(0, 500).mapToObj(i -> "case-" + i).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            lines.add(withId(golden.get(i % golden.size()), ids.get(i)));
        }
        Path file = write("cases.jsonl", lines);

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", "--threads", "4", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(caseIds(run)).isEqualTo(ids);
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(ints = {1, 3})
    void aBadLineIsReportedWithItsFileLineAndPathAndTheOtherLinesAreStillAssessed(int threads) throws IOException {
        List<String> golden = goldenLines();
        Path file = write("mixed.ndjson", List.of(
                withId(golden.get(0), "first"),
                "{\"id\": \"too-painful\", \"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": 14}]}",
                withId(golden.get(1), "third"),
                "{\"id\": \"broken\"",
                withId(golden.get(2), "fifth")));

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", "--threads", String.valueOf(threads),
                file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(caseIds(run)).containsExactly("first", "third", "fifth");
        assertThat(run.err().lines().toList()).hasSize(2);
        assertThat(run.err().lines().toList().get(0))
                .isEqualTo(file + ":2: symptoms[0].intensity: 14 is out of range 0..10");
        // the file's line is named once: the place within it is a column
        assertThat(run.err().lines().toList().get(1)).startsWith(file + ":4: not valid JSON at column ")
                .doesNotContain("at line");
    }

    @Test
    void pastAThousandRefusedLinesOnlyHowManyMoreIsSaidAndTheGoodLinesAreStillAssessed() throws IOException {
        List<String> lines = new ArrayList<>(java.util.Collections.nCopies(Batch.MOST_REFUSALS_SHOWN + 5, "1"));
        lines.add(withId(goldenLines().get(0), "last"));
        Path file = write("many-bad.jsonl", lines);

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(caseIds(run)).containsExactly("last");
        List<String> err = run.err().lines().toList();
        assertThat(err).hasSize(Batch.MOST_REFUSALS_SHOWN + 1);
        assertThat(err.get(Batch.MOST_REFUSALS_SHOWN - 1)).startsWith(file + ":" + Batch.MOST_REFUSALS_SHOWN + ": ");
        assertThat(err.get(Batch.MOST_REFUSALS_SHOWN)).startsWith("5 more refused, not shown: only the first 1000");
    }

    @Test
    void blankLinesAreSkippedAndStillCountedInTheLineNumbers() throws IOException {
        List<String> golden = goldenLines();
        Path file = write("blanks.jsonl", List.of("", withId(golden.get(0), "a"), "   \t", "", "[]\r",
                withId(golden.get(1), "b") + "\r", ""));

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", file.toString());

        assertThat(caseIds(run)).containsExactly("a", "b");
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith(file + ":5: ");
    }

    @Test
    void linesEndedByACarriageReturnAloneAreToldWhatEndsALine() throws IOException {
        List<String> golden = goldenLines();
        Path file = dir.resolve("old-mac.jsonl");
        Files.writeString(file, withId(golden.get(0), "a") + "\r" + withId(golden.get(1), "b") + "\r", UTF_8);

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":1: not valid JSON: more follows the end of the case; a line holds one"
                + " case, and lines end with a line feed (\\n), not a carriage return alone");
    }

    @Test
    void twoCasesOnOneLineAreToldToTakeALineEachAtTheColumnTheSecondBegins() throws IOException {
        Path file = dir.resolve("two.jsonl");
        Files.writeString(file, "{\"id\":\"a\"} {\"id\":\"b\"}\n", UTF_8);

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":1: not valid JSON: more follows the end of the case at column 13: a line"
                + " holds one case; put each case on a line of its own").doesNotContain("carriage return");
    }

    @ParameterizedTest(name = "content {index}")
    @ValueSource(strings = {"", "\n\n  \n"})
    void aJsonLinesFileWithNoCaseIsRefusedNotPassedInSilence(String content) throws IOException {
        Path file = dir.resolve("empty.jsonl");
        Files.writeString(file, content, UTF_8);

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(file + ": no case in it: it is empty, or holds blank lines only");
    }

    @Test
    void anEmptyListOfFilesIsRefusedNotPassedInSilence() throws IOException {
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "\n", UTF_8);

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", "--files-from", list.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(list + ": names no case file");
    }

    @Test
    void casesOnStandardInputAreReadAsJsonLinesAndNamedMinusInARefusal() throws IOException {
        List<String> golden = goldenLines();
        String in = withId(golden.get(0), "from-stdin") + "\n[1, 2]\n";

        Run run = runWithInput(in, "assess", "--bundled", "--format", "json", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(caseIds(run)).containsExactly("from-stdin");
        assertThat(run.err()).startsWith("-:2: ");
    }

    @Test
    void aFolderStandsForItsCaseFilesSortedByNameAndNotThoseOfItsSubfolders() throws IOException {
        List<String> golden = goldenLines();
        write("b.json", List.of(withId(golden.get(0), "b")));
        write("a.jsonl", List.of(withId(golden.get(1), "a1"), withId(golden.get(2), "a2")));
        Files.writeString(dir.resolve("c.yaml"), YAML.writeValueAsString(JSON.readTree(withId(golden.get(3), "c"))));
        Files.writeString(dir.resolve("notes.txt"), "not a case");
        Files.createDirectory(dir.resolve("older"));
        write("older/d.json", List.of(withId(golden.get(0), "d")));

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", dir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(caseIds(run)).containsExactly("a1", "a2", "b", "c");
    }

    @Test
    void filesFromNamesTheFilesToAssessOnePathALine() throws IOException {
        List<String> golden = goldenLines();
        Path lines = write("more.jsonl", List.of(withId(golden.get(0), "x"), withId(golden.get(1), "y")));
        Path single = write("single.json", List.of(withId(golden.get(2), "z")));
        Path list = write("list.txt", List.of(single.toString(), "", lines.toString()));

        Run fromFile = CommandLineRuns.run("assess", "--bundled", "--format", "json", "--files-from", list.toString());
        Run fromStandardInput = runWithInput(single + "\n" + lines + "\n", "assess", "--bundled", "--format", "json",
                "--files-from", "-");

        assertThat(caseIds(fromFile)).containsExactly("z", "x", "y");
        assertThat(fromStandardInput.out()).isEqualTo(fromFile.out());
    }

    @Test
    void aListOfFilesAndAJsonLinesFileAnEditorStartedWithAByteOrderMarkAreReadAsWithout() throws IOException {
        List<String> golden = goldenLines();
        Path lines = write("marked.jsonl", List.of("\uFEFF" + withId(golden.get(0), "x"), withId(golden.get(1), "y")));
        Path list = write("list.txt", List.of("\uFEFF" + lines));

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", "--files-from", list.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(caseIds(run)).containsExactly("x", "y");
    }

    @Test
    void standardInputIsNotBothTheCasesAndTheListOfFiles() {
        Run run = runWithInput("", "assess", "--bundled", "--files-from", "-", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("-: standard input is read once");
    }

    @Test
    void aBadCaseFileStillStopsEverythingBeforeAnyJsonLinesIsAssessed() throws IOException {
        Path lines = write("good.jsonl", List.of(withId(goldenLines().get(0), "good")));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"symptoms\": 3}");

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", lines.toString(), bad.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(bad + ": symptoms");
    }

    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"en", "de"})
    void aJsonLinesFileGivesByteForByteTheOutputOfItsCasesAssessedOneByOne(String language) throws IOException {
        List<String> lines = new ArrayList<>(goldenLines());
        // outside ASCII and the Basic Multilingual Plane: the bytes of UTF-8 must come out the same both ways
        lines.add(withId(lines.get(0), "Zoë \uD83D\uDE00 rücken"));
        StringBuilder oneByOne = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Path file = write("case-" + i + ".json", List.of(lines.get(i)));
            Run run = runWithInput("", "assess", "--bundled", "--lang", language, "--format", "json", file.toString());
            assertThat(run.status()).as(run.err()).isZero();
            oneByOne.append(run.out());
        }
        Path file = write("all.jsonl", lines);

        Run batch = runWithInput("", "assess", "--bundled", "--lang", language, "--format", "json", file.toString());
        Run parallel = runWithInput("", "assess", "--bundled", "--lang", language, "--format", "json", "--threads", "2",
                file.toString());
        Run throughWriters = CommandLineRuns.run("assess", "--bundled", "--lang", language, "--format", "json",
                file.toString());

        assertThat(batch.out().lines().count()).isEqualTo(lines.size());
        assertThat(batch.out()).isEqualTo(oneByOne.toString());
        assertThat(parallel.out()).isEqualTo(oneByOne.toString());
        assertThat(throughWriters.out()).isEqualTo(oneByOne.toString());
    }

    @Test
    void theTextReportWorksForJsonLinesToo() throws IOException {
        List<String> golden = goldenLines();
        Path file = write("two.jsonl", List.of(withId(golden.get(0), "one"), withId(golden.get(1), "two")));

        Run run = CommandLineRuns.run("assess", "--bundled", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.lines().stream().filter(l -> l.startsWith("Case ")).map(l -> l.split(" ")[1])
                .collect(Collectors.toList())).containsExactly("one", "two");
    }

    @Test
    void aLineLongerThanACaseMayBeIsRefusedAndTheNextLineIsStillRead() throws IOException {
        String tooLong = "{\"id\": \"" + "x".repeat((int) CaseReader.MAX_FILE_BYTES + 10) + "\"}";
        Path file = write("long.jsonl", List.of(tooLong, withId(goldenLines().get(0), "after")));

        Run run = CommandLineRuns.run("assess", "--bundled", "--format", "json", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(caseIds(run)).containsExactly("after");
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith(file + ":1: the line is more than");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--threads         | 0 | --threads is from 1 to 256, not 0",
        "--case-time-limit | 0 | --case-time-limit is at least 1 second, not 0"})
    void aNumberOutOfRangeIsACommandLineMistake(String option, String value, String message) throws IOException {
        Path file = write("one.jsonl", List.of(withId(goldenLines().get(0), "one")));

        Run run = CommandLineRuns.run("assess", "--bundled", option, value, file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(message);
    }
}
