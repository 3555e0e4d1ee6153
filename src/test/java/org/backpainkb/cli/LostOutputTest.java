package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output that cannot be written (standard output closed, a full disk, a pipe whose reader stopped)
 * ends the run with status 1 and says so: a report that was never written is not a success.
 */
class LostOutputTest {

    /** Standard output as a closed pipe: every write fails, as the operating system's would. */
    private static final class ClosedPipe extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("Broken pipe");
        }
    }

    private static int run(StringWriter err, String... args) {
        ClosedPipe pipe = new ClosedPipe();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(pipe, StandardCharsets.UTF_8), true);
        return Main.run(new Main.StandardStreams(new ByteArrayInputStream(new byte[0]), pipe), out, new PrintWriter(err),
                args);
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"text", "person", "json"})
    void aReportThatCannotBeWrittenEndsWithStatus1AndSaysSo(String format) {
        StringWriter err = new StringWriter();

        int status = run(err, "assess", "--bundled", "--format", format, "examples/all-clear.yaml",
                "examples/walking-hurts.yaml");

        assertThat(status).isEqualTo(1);
        // one line, once: the first case that could not be written ends the run
        assertThat(err.toString().lines()).singleElement().asString().startsWith("error: ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "test"})
    void aCommandWhoseReportIsLostDoesNotSayItSucceeded(String command) {
        StringWriter err = new StringWriter();

        int status = command.equals("validate") ? run(err, "validate", "rules-drl")
                : run(err, "test", "--rules", "rules-drl", "rules-drl/scenarios/all-clear.yaml");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("error: " + Batch.NOT_WRITTEN);
    }
}
