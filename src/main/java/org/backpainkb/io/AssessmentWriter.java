package org.backpainkb.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.backpainkb.Assessment;

/** Writes assessments as JSON in the result format of the case format's contract. */
public final class AssessmentWriter {

    // A character outside the Basic Multilingual Plane is one 4-byte UTF-8 sequence, as a String's encoder writes it.
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactoryBuilder()
            .rootValueSeparator((String) null).enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    // Flushing after each value would make every line of a batch a write of its own.
    private static final ObjectWriter LINE = JSON.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private AssessmentWriter() {
    }

    /**
     * One assessment as one line of JSON.
     *
     * @param assessment the assessment
     * @return JSON without line breaks
     */
    public static String toJson(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        try {
            return JSON.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment is always writable as JSON", e);
        }
    }

    /**
     * Assessments as JSON Lines in UTF-8, written straight to a stream: one line per assessment,
     * each the same as {@link #toJson}, ended by {@code \n}. Bytes reach the stream when the
     * writer's buffer fills and on {@link Lines#flush()} or {@link Lines#close()}, not per line.
     *
     * @param out where the lines go; left open
     * @return the writer
     * @throws IOException when the stream cannot be written
     */
    public static Lines lines(OutputStream out) throws IOException {
        return new Lines(JSON.getFactory().createGenerator(out, JsonEncoding.UTF8));
    }

    /**
     * Assessments as JSON Lines, written to characters: the same lines as {@link #lines(OutputStream)}.
     *
     * @param out where the lines go; left open
     * @return the writer
     * @throws IOException when the writer cannot be written
     */
    public static Lines lines(Writer out) throws IOException {
        return new Lines(JSON.getFactory().createGenerator(out));
    }

    /** A stream of assessments as JSON Lines; not for use by several threads at once. */
    public static final class Lines implements Closeable, Flushable {

        private final JsonGenerator generator;
        private boolean closed;

        private Lines(JsonGenerator generator) {
            this.generator = generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }

        /**
         * Writes one assessment and its line break.
         *
         * @param assessment the assessment
         * @throws IOException when the target cannot be written
         * @throws IllegalStateException when these lines are closed
         */
        public void write(Assessment assessment) throws IOException {
            Objects.requireNonNull(assessment, "assessment");
            requireOpen();
            LINE.writeValue(generator, assessment);
            generator.writeRaw('\n');
        }

        /**
         * Hands every line written so far to the target, and flushes it.
         *
         * @throws IllegalStateException when these lines are closed
         * @throws IOException when the target cannot be written
         */
        @Override
        public void flush() throws IOException {
            requireOpen();
            generator.flush();
        }

        /**
         * Flushes, and leaves the target open. Closing twice does nothing.
         *
         * @throws IOException when the target cannot be written
         */
        @Override
        public void close() throws IOException {
            closed = true;
            generator.close();
        }

        private void requireOpen() {
            if (closed) {
                throw new IllegalStateException("these JSON Lines are closed: open new ones with AssessmentWriter.lines(...)");
            }
        }
    }
}
