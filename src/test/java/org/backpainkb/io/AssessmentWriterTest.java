package org.backpainkb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.backpainkb.model.RedFlag;
import org.junit.jupiter.api.Test;

/** Assessments as JSON, one at a time or as JSON Lines. */
class AssessmentWriterTest {

    private static final Assessment FEVER = KnowledgeBase.bundled().assess(Case.builder().id("p-1").redFlag(RedFlag.FEVER).build());

    @Test
    void eachLineIsTheAssessmentAsToJsonWritesIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AssessmentWriter.Lines lines = AssessmentWriter.lines(out)) {
            lines.write(FEVER);
            lines.write(FEVER);
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(AssessmentWriter.toJson(FEVER) + "\n"
                + AssessmentWriter.toJson(FEVER) + "\n");
    }

    @Test
    void linesOnceClosedRefuseMoreInWordsAndClosingTwiceDoesNothing() throws IOException {
        AssessmentWriter.Lines lines = AssessmentWriter.lines(new ByteArrayOutputStream());
        lines.close();
        lines.close();

        assertThatThrownBy(() -> lines.write(FEVER)).isInstanceOf(IllegalStateException.class)
                .hasMessage("these JSON Lines are closed: open new ones with AssessmentWriter.lines(...)");
        assertThatThrownBy(lines::flush).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noAssessmentIsRefusedByNameRatherThanWrittenAsNull() throws IOException {
        try (AssessmentWriter.Lines lines = AssessmentWriter.lines(new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> lines.write(null)).isInstanceOf(NullPointerException.class).hasMessage("assessment");
        }
        assertThatThrownBy(() -> AssessmentWriter.toJson(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("assessment");
    }
}
