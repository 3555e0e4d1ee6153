package org.backpainkb.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.backpainkb.internal.CaseMapper;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.ProblemCode;

/**
 * Reads case files in the case format, JSON or YAML. Anything the format does not allow is
 * refused with an {@link InvalidCaseException} naming the field's path and the allowed values;
 * nothing is guessed.
 *
 * <p>Hostile input is refused quickly, before it costs much: a file over {@link #MAX_FILE_BYTES},
 * nesting deeper than {@link #MAX_NESTING}, a list longer than {@link #MAX_LIST_ELEMENTS}
 * elements (the message names the field), YAML aliases that multiply a document (an alias bomb)
 * and bytes that are not UTF-8 text in JSON or YAML. A refusal lists at most 20 problems.
 */
public final class CaseReader {

    /** The largest case file read, in bytes: far above any real case, far below harm. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** The deepest nesting read; the case format needs four levels. */
    public static final int MAX_NESTING = 32;
    /** The most elements any list of a case may hold. */
    public static final int MAX_LIST_ELEMENTS = CaseMapper.MAX_LIST_ELEMENTS;

    // A field given twice is refused: taking the last would silently drop, say, a red flag.
    private static final Pattern PARSER_SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    private static final ObjectMapper JSON = mapper(JsonFactory.builder()
            .streamReadConstraints(limits()).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final ObjectMapper YAML = mapper(YAMLFactory.builder()
            .streamReadConstraints(limits()).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** The two forms of a case. */
    public enum Format {
        /** JSON. */
        JSON,
        /** YAML (of which JSON is a part). */
        YAML
    }

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
     * Reads a case from a request body or any stream of UTF-8 bytes, in the format given (nothing is
     * guessed from the content). At most {@link #MAX_FILE_BYTES} bytes are read; a longer body is refused
     * without reading the rest. The stream is not closed.
     *
     * @param body the bytes of the case
     * @param format JSON or YAML
     * @return the case
     * @throws InvalidCaseException when the body is too large, not UTF-8, malformed, or a field is refused
     * @throws IOException when the stream cannot be read
     */
    public static Case read(InputStream body, Format format) throws IOException {
        return CaseMapper.toCase(parseTree(decode(body.readNBytes((int) MAX_FILE_BYTES + 1), "the body is more than "
                + MAX_FILE_BYTES + " bytes; the most a case may be is " + MAX_FILE_BYTES + " bytes", "a body"),
                format == Format.JSON, "body"), "");
    }

    /**
     * Reads one line of a JSON Lines file of cases: a case as JSON, in UTF-8, with the checks and
     * limits of a case file. A caller that streams a file hands over at most {@link #MAX_FILE_BYTES}
     * {@code + 1} bytes of a longer line, which is enough to refuse it.
     *
     * @param line the line's bytes, without its line break
     * @param offset where the line starts in {@code line}
     * @param length how many bytes it has
     * @return the case
     * @throws InvalidCaseException when the line is too large, not UTF-8, malformed, or a field is refused
     */
    public static Case readLine(byte[] line, int offset, int length) {
        if (length > MAX_FILE_BYTES) {
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the line is more than " + MAX_FILE_BYTES
                    + " bytes; the most a case may be is " + MAX_FILE_BYTES + " bytes");
        }
        return CaseMapper.toCase(parseTree(decode(ByteBuffer.wrap(line, offset, length), "a line"), true, "line"), "");
    }

    /**
     * Reads a case from characters, in the format given. At most {@link #MAX_FILE_BYTES} characters are
     * read; a longer text is refused without reading the rest. The reader is not closed.
     *
     * @param body the text of the case
     * @param format JSON or YAML
     * @return the case
     * @throws InvalidCaseException when the text is too large, malformed, or a field is refused
     * @throws IOException when the reader cannot be read
     */
    public static Case read(Reader body, Format format) throws IOException {
        char[] buffer = new char[(int) MAX_FILE_BYTES + 1];
        int n = 0;
        for (int got; n < buffer.length && (got = body.read(buffer, n, buffer.length - n)) >= 0; ) {
            n += got;
        }
        if (n > MAX_FILE_BYTES) {
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the body is more than " + MAX_FILE_BYTES
                    + " characters; the most a case may be is " + MAX_FILE_BYTES);
        }
        return CaseMapper.toCase(parseTree(new String(buffer, 0, n), format == Format.JSON, "body"), "");
    }

    /**
     * Reads a case from text, JSON or YAML.
     *
     * @param text the case
     * @return the case
     * @throws InvalidCaseException when the text is malformed or a field is refused
     */
    public static Case parse(String text) {
        if (text.length() > MAX_FILE_BYTES) {
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the text is " + text.length()
                    + " characters; the most a case may be is " + MAX_FILE_BYTES);
        }
        return CaseMapper.toCase(parseTree(text, looksLikeJson(text), "text"), "");
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
        byte[] bytes;
        // read at most one byte past the limit: a device or a growing file has no trustworthy size
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            String size = Files.isRegularFile(file) ? Files.size(file) + " bytes"
                    : "more than " + MAX_FILE_BYTES + " bytes";
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the file is " + size + "; the most a case file may be is "
                    + MAX_FILE_BYTES + " bytes");
        }
        return parseTree(decode(bytes, null, "a case file"), file.toString().toLowerCase(Locale.ROOT).endsWith(".json"),
                "file");
    }

    /** UTF-8 text, refused when it is too long (with the message given) or not text. */
    private static String decode(byte[] bytes, String tooLarge, String what) {
        if (tooLarge != null && bytes.length > MAX_FILE_BYTES) {
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, tooLarge);
        }
        return decode(ByteBuffer.wrap(bytes), what);
    }

    private static String decode(ByteBuffer bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "not text: " + what + " is JSON or YAML in UTF-8");
        }
    }

    private static boolean looksLikeJson(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    private static JsonNode parseTree(String text, boolean json, String what) {
        try {
            JsonNode tree = (json ? JSON : YAML).readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidCaseException("", ProblemCode.MALFORMED, "the " + what + " is empty; expected a case");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            // The parser says a field is duplicated only in its message's words (no type of its own).
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            ProblemCode code = e instanceof StreamConstraintsException ? ProblemCode.TOO_LARGE
                    : original.startsWith("Duplicate field") ? ProblemCode.DUPLICATE : ProblemCode.MALFORMED;
            throw new InvalidCaseException("", code, "not valid " + (json ? "JSON" : "YAML") + where + ": "
                    + withoutParserSource(firstLine(e.getOriginalMessage())));
        } catch (RuntimeException e) {
            // The YAML parser refuses some hostile input (alias bombs, huge documents) with its own exceptions.
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getMessage()));
        }
    }

    /**
     * The parser names the start of an unclosed object as {@code [Source: REDACTED (...); line: 3,
     * column: 17]}: it keeps the file's text out of messages, and the reader only needs the place.
     */
    private static String withoutParserSource(String message) {
        return PARSER_SOURCE.matcher(message).replaceAll("line $1, column $2");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
