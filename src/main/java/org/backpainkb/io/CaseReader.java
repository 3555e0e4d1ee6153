package org.backpainkb.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.backpainkb.internal.CaseMapper;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;

/**
 * Reads case files in the case format, JSON or YAML. Anything the format does not allow is
 * refused with an {@link InvalidCaseException} naming the field's path and the allowed values;
 * nothing is guessed.
 */
public final class CaseReader {

    /** The largest case file read, in bytes: far above any real case, far below harm. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** The deepest nesting read; the case format needs four levels. */
    public static final int MAX_NESTING = 32;

    // A field given twice is refused: taking the last would silently drop, say, a red flag.
    private static final ObjectMapper JSON = mapper(JsonFactory.builder()
            .streamReadConstraints(limits()).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final ObjectMapper YAML = mapper(YAMLFactory.builder()
            .streamReadConstraints(limits()).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private CaseReader() {
    }

    private static StreamReadConstraints limits() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                .maxStringLength((int) MAX_FILE_BYTES).build();
    }

    private static ObjectMapper mapper(JsonFactory factory) {
        return new ObjectMapper(factory);
    }

    /**
     * Reads a case file; {@code .json} is read as JSON, anything else as YAML.
     *
     * @param file the case file
     * @return the case
     * @throws InvalidCaseException when the file is malformed or a field is refused
     * @throws NoSuchFileException when there is no such file
     * @throws IOException when the file cannot be read
     */
    public static Case read(Path file) throws IOException {
        return CaseMapper.toCase(readTree(file), "");
    }

    /**
     * Reads a case from text, JSON or YAML.
     *
     * @param text the case
     * @return the case
     * @throws InvalidCaseException when the text is malformed or a field is refused
     */
    public static Case parse(String text) {
        return CaseMapper.toCase(parseTree(text, looksLikeJson(text)), "");
    }

    /**
     * Reads a JSON or YAML file into a tree, within the size and nesting limits. For tools that read
     * files holding a case among other things, such as scenarios.
     *
     * @param file the file
     * @return the parsed tree
     * @throws InvalidCaseException when the file is too large or malformed
     * @throws IOException when the file cannot be read
     */
    public static JsonNode readTree(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new InvalidCaseException("", "the file is " + size + " bytes; the most a case file may be is "
                    + MAX_FILE_BYTES);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parseTree(text, file.toString().toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    private static boolean looksLikeJson(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    private static JsonNode parseTree(String text, boolean json) {
        try {
            JsonNode tree = (json ? JSON : YAML).readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidCaseException("", "the file is empty; expected a case");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidCaseException("", "not valid " + (json ? "JSON" : "YAML") + where + ": "
                    + firstLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // The YAML parser refuses some hostile input (alias bombs, huge documents) with its own exceptions.
            throw new InvalidCaseException("", "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
