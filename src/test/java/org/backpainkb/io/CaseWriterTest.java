package org.backpainkb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backpainkb.CaseArbitraries;
import org.backpainkb.io.CaseReader.Format;
import org.backpainkb.model.Case;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes, the reader reads back as an equal case. */
class CaseWriterTest {

    private static final Case WALKED = Case.builder().id("p-3")
            .session(new ExerciseSession(LocalDate.of(2026, 3, 12), "Walk", ExerciseCategory.WALKING, 3, 2, null))
            .asOf(LocalDate.of(2026, 3, 20)).build();

    @Property(tries = 200)
    void a_generated_case_written_as_json_reads_back_equal(@ForAll("cases") Case c) throws IOException {
        assertThat(CaseReader.read(new StringReader(CaseWriter.write(c, Format.JSON)), Format.JSON)).isEqualTo(c);
    }

    @Property(tries = 200)
    void a_generated_case_written_as_yaml_reads_back_equal(@ForAll("cases") Case c) throws IOException {
        assertThat(CaseReader.read(new StringReader(CaseWriter.write(c, Format.YAML)), Format.YAML)).isEqualTo(c);
    }

    @Test
    void a_pain_log_as_long_as_a_case_may_hold_is_written_and_read_back_equal_in_either_format() throws IOException {
        Case.Builder longest = Case.builder().id("followed-for-years");
        for (int i = 0; i < Case.MAX_LIST_ELEMENTS; i++) {
            longest.session(new ExerciseSession(LocalDate.of(2026, 3, 12).minusDays(i / 2), "Walk " + (i % 2 + 1),
                    ExerciseCategory.WALKING, 3, 2, 3));
        }
        Case c = longest.build();

        for (Format format : Format.values()) {
            String written = CaseWriter.write(c, format);
            assertThat((long) written.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(CaseReader.MAX_FILE_BYTES);
            assertThat(CaseReader.read(new StringReader(written), format)).isEqualTo(c);
        }
    }

    @Test
    void dates_are_iso_strings_and_fields_not_given_are_left_out() {
        String json = CaseWriter.write(WALKED, Format.JSON);

        assertThat(json).contains("\"date\":\"2026-03-12\"", "\"asOf\":\"2026-03-20\"")
                .doesNotContain("painNextMorning", "person", "null");
    }

    @Test
    void a_file_is_written_in_the_format_its_name_says_and_reads_back_equal(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("p-3.json");
        Path yaml = dir.resolve("p-3.yaml");

        CaseWriter.write(WALKED, json);
        CaseWriter.write(WALKED, yaml);

        assertThat(Files.readString(json)).startsWith("{");
        assertThat(Files.readString(yaml)).startsWith("---");
        assertThat(CaseReader.read(json)).isEqualTo(WALKED);
        assertThat(CaseReader.read(yaml)).isEqualTo(WALKED);
    }

    @Test
    void a_json_lines_file_gets_the_case_on_one_line_as_assess_reads_such_files(@TempDir Path dir) throws IOException {
        Path lines = dir.resolve("p-3.jsonl");

        CaseWriter.write(WALKED, lines);

        assertThat(Files.readAllLines(lines)).singleElement().asString().startsWith("{").endsWith("}");
        assertThat(CaseReader.read(lines)).isEqualTo(WALKED);
    }

    @Test
    void no_case_or_no_format_is_refused_by_name_rather_than_written_as_null() {
        assertThatThrownBy(() -> CaseWriter.write(null, Format.JSON)).isInstanceOf(NullPointerException.class)
                .hasMessage("case");
        assertThatThrownBy(() -> CaseWriter.write(WALKED, (Format) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("format");
        assertThatThrownBy(() -> CaseReader.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> CaseReader.read(new StringReader("{}"), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("format");
    }

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases();
    }
}
