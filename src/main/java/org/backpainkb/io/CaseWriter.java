package org.backpainkb.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.backpainkb.io.CaseReader.Format;
import org.backpainkb.model.Case;

/**
 * Writes cases in the case format, as {@link CaseReader} reads them: reading what was written
 * gives an equal case. It is how a live {@link org.backpainkb.PersonSession} is saved
 * ({@link org.backpainkb.PersonSession#currentCase()}) and restored
 * ({@link org.backpainkb.Assessor#resumeSession} with the case read back, whose listeners hear only
 * what changes from there on; {@code openSession} would tell them the intake's events again).
 *
 * <p>Fields are named as in the case format; dates are ISO strings ({@code 2026-03-12}); a field
 * that is not given (null) is left out, and an empty list is written empty.
 */
public final class CaseWriter {

    // dates as the case format writes them; a plain mapper would refuse a LocalDate
    private static final SimpleModule DATES = new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance);
    private static final ObjectWriter JSON = mapper(new ObjectMapper());
    private static final ObjectWriter YAML = mapper(new ObjectMapper(new YAMLFactory()));

    private CaseWriter() {
    }

    private static ObjectWriter mapper(ObjectMapper mapper) {
        return mapper.registerModule(DATES).setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer();
    }

    /**
     * Writes a case as text.
     *
     * @param c the case
     * @param format JSON or YAML
     * @return the text of the case
     */
    public static String write(Case c, Format format) {
        Objects.requireNonNull(c, "case");
        try {
            return writer(format).writeValueAsString(c);
        } catch (IOException e) {
            throw new IllegalStateException("a case is always writable", e);
        }
    }

    /**
     * Writes a case to a stream as UTF-8. The stream is not closed.
     *
     * @param c the case
     * @param out where to write
     * @param format JSON or YAML
     * @throws IOException when the stream cannot be written
     */
    public static void write(Case c, OutputStream out, Format format) throws IOException {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(out, "out");
        writer(format).writeValue(out, c);
    }

    /**
     * Writes a case to a file, replacing it: as JSON when its name ends in {@code .json}, as one line of
     * JSON when it ends in {@code .jsonl} or {@code .ndjson} (a JSON Lines file of one case, as
     * {@code assess} reads such files), as YAML otherwise; {@link CaseReader#read(Path)} reads each.
     *
     * @param c the case
     * @param file the file
     * @throws IOException when the file cannot be written
     */
    public static void write(Case c, Path file) throws IOException {
        Objects.requireNonNull(c, "case");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean lines = name.endsWith(".jsonl") || name.endsWith(".ndjson");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(c, out, lines || name.endsWith(".json") ? Format.JSON : Format.YAML);
            if (lines) {
                out.write('\n');
            }
        }
    }

    private static ObjectWriter writer(Format format) {
        return Objects.requireNonNull(format, "format") == Format.JSON ? JSON : YAML;
    }
}
