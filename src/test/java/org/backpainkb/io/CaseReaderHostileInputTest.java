package org.backpainkb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are huge, deeply nested, endless lists or nonsense are refused with a clear message. */
class CaseReaderHostileInputTest {

    @TempDir
    Path dir;

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSizeAndTheLimit() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "id: x\n" + "#".repeat((int) CaseReader.MAX_FILE_BYTES));

        assertThatThrownBy(() -> CaseReader.read(huge))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("the file is " + Files.size(huge) + " bytes; the most a case file may be is "
                        + CaseReader.MAX_FILE_BYTES + " bytes");
    }

    @Test
    void anEndlessFileIsRefusedAfterReadingOneBytePastTheLimit() throws IOException {
        Path endless = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(endless), "a system with /dev/zero");

        assertThatThrownBy(() -> CaseReader.read(endless))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("the file is more than " + CaseReader.MAX_FILE_BYTES
                        + " bytes; the most a case file may be is " + CaseReader.MAX_FILE_BYTES + " bytes");
    }

    @Test
    void anIdHoldingALineBreakIsRefusedSoThatItCannotForgeALogLine() {
        assertThatThrownBy(() -> CaseReader.parse("{\"id\": \"p1\\nERROR org.backpainkb.Fake - forged\"}"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("id: holds the character U+000A, which is not shown but acted on by a screen: take it out");
    }

    @Test
    void anIdLongerThanANameIsRefused() {
        assertThatThrownBy(() -> CaseReader.parse("{\"id\": \"" + "c".repeat(4_000_000) + "\"}"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("id: has 4000000 characters; an id has at most " + Case.MAX_NAME_LENGTH);
    }

    @Test
    void aNameHoldingHalfOfACharacterIsRefusedAsNoFileCouldHoldIt() {
        assertThatThrownBy(() -> CaseReader.parse("{\"exercises\": [{\"name\": \"Walk\\ud800fast\", \"category\": \"WALKING\","
                + " \"load\": \"NONE\"}]}"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("exercises[0].name: holds U+D800, half of a character (a surrogate without its pair), which no"
                        + " file can hold: take it out");
    }

    @Test
    void aNameHoldingAnEscapeOrALineSeparatorIsRefusedAtItsPath() {
        assertThatThrownBy(() -> CaseReader.parse("{\"exercises\": [{\"name\": \"Plank\\u001B[2J\", \"category\": \"STABILITY\","
                + " \"load\": \"BODYWEIGHT\"}]}"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("exercises[0].name: holds the character U+001B, which is not shown but acted on by a screen:"
                        + " take it out");
        assertThatThrownBy(() -> CaseReader.parse("{\"exercises\": [{\"name\": \"Plank\\u2028SEE A DOCTOR\", \"category\":"
                + " \"STABILITY\", \"load\": \"BODYWEIGHT\"}]}"))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("U+2028");
    }

    @Test
    void textOverTheSizeLimitIsRefusedToo() {
        String huge = "{\"id\": \"" + "x".repeat((int) CaseReader.MAX_FILE_BYTES) + "\"}";

        assertThatThrownBy(() -> CaseReader.parse(huge))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("the most a case may be is " + CaseReader.MAX_FILE_BYTES);
    }

    @Test
    void deeplyNestedJsonIsRefusedAtTheNestingLimit() throws IOException {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"id\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");

        assertThatThrownBy(() -> CaseReader.read(deep))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("id: not valid JSON")
                .hasMessageContaining("nested deeper than the " + CaseReader.MAX_NESTING + " levels a case may have")
                .hasMessageNotContaining("StreamReadConstraints");
    }

    @Test
    void deeplyNestedYamlIsRefused() throws IOException {
        Path deep = dir.resolve("deep.yaml");
        Files.writeString(deep, "id: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");

        assertThatThrownBy(() -> CaseReader.read(deep))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("id: not valid YAML")
                .hasMessageContaining("nested")
                .hasMessageNotContaining("StreamReadConstraints");
    }

    @Test
    void aListLongerThanTheLimitIsRefusedNamingTheField() {
        String json = "{\"redFlags\": [" + "\"FEVER\",".repeat(CaseReader.MAX_LIST_ELEMENTS) + "\"FEVER\"]}";

        assertThatThrownBy(() -> CaseReader.parse(json))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("redFlags: has " + (CaseReader.MAX_LIST_ELEMENTS + 1)
                        + " elements; the most a list may hold is " + CaseReader.MAX_LIST_ELEMENTS);
    }

    @Test
    void aLongListInsideAListElementIsRefusedNamingItsPath() {
        String yaml = "symptoms:\n  - region: LOW_BACK\n    intensity: 3\n    aggravatedBy: ["
                + "WALKING, ".repeat(CaseReader.MAX_LIST_ELEMENTS) + "WALKING]\n";

        assertThatThrownBy(() -> CaseReader.parse(yaml))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("symptoms[0].aggravatedBy: has 1001 elements");
    }

    @Test
    void aListAtTheLimitIsRead() {
        String json = "{\"redFlags\": [" + "\"FEVER\",".repeat(CaseReader.MAX_LIST_ELEMENTS - 1) + "\"FEVER\"]}";

        assertThat(CaseReader.parse(json).redFlags()).hasSize(CaseReader.MAX_LIST_ELEMENTS);
    }

    @Test
    void aYamlAliasBombIsRefusedWithoutExpandingIt() {
        // ten levels of nine aliases each: expanded, a billion strings
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        bomb.append("redFlags: *j\n");

        assertThatThrownBy(() -> CaseReader.parse(bomb.toString()))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("not valid YAML at line 2")
                .hasMessageContaining("a YAML alias (*a) is not read");
    }

    @Test
    void binaryGarbageIsRefusedAsNotText() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = dir.resolve("garbage.yaml");
        Files.write(file, garbage);

        assertThatThrownBy(() -> CaseReader.read(file))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("not text: a case file is JSON or YAML in UTF-8");
    }

    @Test
    void aFileWrongEverywhereListsTwentyProblemsAndCountsTheRest() {
        String yaml = "symptoms:\n" + "  - { region: KNEE, intensity: 99 }\n".repeat(100);

        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseReader.parse(yaml));

        assertThat(e.problems()).hasSize(21);
        assertThat(e.problems().get(20).message()).isEqualTo("and 180 more problems");
        assertThat(e.problems().get(20).code()).isEqualTo(InvalidCaseException.ProblemCode.NOT_LISTED);
    }

    @Test
    void aMillionBadCodesAreCountedExactlyBeyondTheThousandKeptWhole() {
        String json = "{\"symptoms\":[" + ("{\"region\":\"LOW_BACK\",\"intensity\":5,\"aggravatedBy\":["
                + "\"Q\",".repeat(999) + "\"Q\"]},").repeat(999)
                + "{\"region\":\"LOW_BACK\",\"intensity\":5,\"aggravatedBy\":[\"Q\"]}]}";

        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class,
                () -> CaseReader.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        CaseReader.Format.JSON));

        assertThat(e.problems()).hasSize(21);
        assertThat(e.problems().get(0).path()).isEqualTo("symptoms[0].aggravatedBy[0]");
        assertThat(e.problems().get(20).message()).isEqualTo("and " + (999 * 1000 + 1 - 20) + " more problems");
    }

    @Test
    void aValueTheMessageQuotesHasItsHiddenCharactersNamedAndALongOneCut() {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> CaseReader.parse(
                "{\"redFlags\":[\"FEVER\\nb.yaml: all good\\u001b[2J\", \"" + "A".repeat(100_000) + "\"],"
                + "\"sessions\":[{\"date\":\"2026-01-01\\nFORGED\"}],\"symptoms\":[{\"note\\nFORGED\":1}]}"));

        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u001b").hasSizeLessThan(5_000)
                .contains("unknown code \"FEVERU+000Ab.yaml: all goodU+001B[2J\"")
                .contains("unknown code \"" + "A".repeat(40) + "...\" (100000 characters)")
                .contains("got \"2026-01-01U+000AFORGED\"")
                .contains("symptoms[0].noteU+000AFORGED: unknown field");
    }
}
