package org.backpainkb.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.ProblemCode;

/**
 * JSON and YAML documents that hold a case (a case file, a request body, a scenario file), parsed into
 * a tree within the size and nesting limits; what the tree means is {@link CaseMapper}'s to say. Hostile
 * input is refused before it costs much: too many bytes, deep nesting, YAML aliases that multiply a
 * document, bytes that are not UTF-8.
 */
public final class CaseDocuments {

    /**
     * The largest document read, in bytes: far above any real case, far below harm. Every list of a
     * case at its longest, with names of some length, fits, as {@code CaseWriter} writes it.
     */
    public static final long MAX_BYTES = 4 * 1024 * 1024;
    /** The deepest nesting read; the case format needs four levels. */
    public static final int MAX_NESTING = 32;

    private static final Pattern PARSER_SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    // A field given twice is refused by Trees (Trees.DuplicateField), whatever the factory's settings.
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(limits()).build();
    // "symptoms:" with nothing after it is null, as YAML says and the case schema reads it (a list left
    // out or null is empty); a quoted '' stays a text, and blank where a text is required
    private static final JsonFactory YAML = YAMLFactory.builder().streamReadConstraints(limits())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

    private CaseDocuments() {
    }

    private static StreamReadConstraints limits() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxStringLength((int) MAX_BYTES).build();
    }

    /**
     * Reads a file; {@code .json} is read as JSON, anything else as YAML.
     *
     * @param file the file
     * @return the parsed tree
     * @throws InvalidCaseException when the file is too large, not UTF-8 or malformed
     * @throws IOException when the file cannot be read
     */
    public static JsonNode readFile(Path file) throws IOException {
        byte[] bytes;
        if (Files.isDirectory(file)) {
            // the platform's own words ("Is a directory") would not say which path
            throw new IOException(file + " is a folder, not a case file");
        }
        // read at most one byte past the limit: a device or a growing file has no trustworthy size
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            String size = Files.isRegularFile(file) ? Files.size(file) + " bytes" : "more than " + MAX_BYTES + " bytes";
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the file is " + size
                    + "; the most a case file may be is " + MAX_BYTES + " bytes");
        }
        return parse(decode(ByteBuffer.wrap(bytes), "a case file is JSON or YAML"), file.toString().toLowerCase(Locale.ROOT).endsWith(".json"), "file");
    }

    /**
     * Reads a body of UTF-8 bytes, reading no more than one byte past the limit. The stream is not closed.
     *
     * @param body the bytes
     * @param json JSON when true, else YAML
     * @return the parsed tree
     * @throws InvalidCaseException when the body is too large, not UTF-8 or malformed
     * @throws IOException when the stream cannot be read
     */
    public static JsonNode readBody(InputStream body, boolean json) throws IOException {
        byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the body is more than " + MAX_BYTES
                    + " bytes; the most a case may be is " + MAX_BYTES + " bytes");
        }
        return parse(decode(ByteBuffer.wrap(bytes), "a body is JSON or YAML"), json, "body");
    }

    /**
     * Reads a body of characters, reading no more than one character past the limit. The reader is not closed.
     *
     * @param body the text
     * @param json JSON when true, else YAML
     * @return the parsed tree
     * @throws InvalidCaseException when the body is too large or malformed
     * @throws IOException when the reader cannot be read
     */
    public static JsonNode readBody(Reader body, boolean json) throws IOException {
        // grown as the body comes: a buffer of the limit's size for every small body would cost megabytes a case
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[8192];
        for (int got; text.length() <= MAX_BYTES && (got = body.read(chunk)) >= 0; ) {
            text.append(chunk, 0, got);
        }
        if (text.length() > MAX_BYTES) {
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the body is more than " + MAX_BYTES
                    + " characters; the most a case may be is " + MAX_BYTES);
        }
        return parse(text.toString(), json, "body");
    }

    /**
     * Reads a text, JSON when it starts as JSON does, else YAML.
     *
     * @param text the text
     * @return the parsed tree
     * @throws InvalidCaseException when the text is too large or malformed
     */
    public static JsonNode readText(String text) {
        if (text.length() > MAX_BYTES) {
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the text is " + text.length()
                    + " characters; the most a case may be is " + MAX_BYTES);
        }
        String start = text.stripLeading();
        return parse(text, start.startsWith("{") || start.startsWith("["), "text");
    }

    /**
     * Reads one line of a JSON Lines file: a case as JSON, in UTF-8, within a case file's limits.
     *
     * @param line the bytes the line is in, without its line break
     * @param offset where the line starts
     * @param length how many bytes it has (a streaming caller hands over at most one past the limit)
     * @return the parsed tree
     * @throws InvalidCaseException when the line is too large, not UTF-8 or malformed
     */
    public static JsonNode readLine(byte[] line, int offset, int length) {
        if (length > MAX_BYTES) {
            throw new InvalidCaseException("", ProblemCode.TOO_LARGE, "the line is more than " + MAX_BYTES
                    + " bytes; the most a case may be is " + MAX_BYTES + " bytes");
        }
        return parse(decode(ByteBuffer.wrap(line, offset, length), "a line is JSON"), true, "line", true);
    }

    /** UTF-8 text, or a refusal that says what the input is expected to be. */
    private static String decode(ByteBuffer bytes, String expected) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "not text: " + expected + " in UTF-8");
        }
    }

    private static JsonNode parse(String text, boolean json, String what) {
        return parse(text, json, what, false);
    }

    /** The case in a text; {@code oneLine} when it is a line of a JSON Lines file. */
    private static JsonNode parse(String text, boolean json, String what, boolean oneLine) {
        try {
            JsonNode tree = Trees.read(json ? JSON : YAML, withoutByteOrderMark(text));
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidCaseException("", ProblemCode.MALFORMED, "the " + what + " is empty; expected a case");
            }
            return tree;
        } catch (Trees.MoreFollows e) {
            if (!oneLine) {
                throw refusal(e, json);
            }
            // a line of a JSON Lines file: two cases on one line, or a line end other than a line feed (a lone \r)
            if (text.indexOf('\r') >= 0) {
                throw new InvalidCaseException("", ProblemCode.MALFORMED, "not valid JSON: more follows the end of the"
                        + " case; a line holds one case, and lines end with a line feed (\\n), not a carriage return alone");
            }
            String at = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "not valid JSON: more follows the end of the case"
                    + at + ": a line holds one case; put each case on a line of its own");
        } catch (JsonProcessingException e) {
            throw refusal(e, json, oneLine);
        } catch (RuntimeException e) {
            // The YAML parser refuses some hostile input (alias bombs, huge documents) with its own exceptions.
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "not valid " + (json ? "JSON" : "YAML") + ": "
                    + firstLine(e.getMessage()));
        }
    }

    /**
     * The refusal of a document the parser could not read, at its line and column.
     *
     * @param e the parser's refusal
     * @param json whether the document is JSON, else YAML
     * @return a case refusal of code DUPLICATE, TOO_LARGE or MALFORMED
     */
    public static InvalidCaseException refusal(JsonProcessingException e, boolean json) {
        return refusal(e, json, false);
    }

    /** The same, for a line of a JSON Lines file too: its place is the column alone, the file's line being named apart. */
    private static InvalidCaseException refusal(JsonProcessingException e, boolean json, boolean oneLine) {
        String where = e.getLocation() == null ? ""
                : oneLine ? " at column " + e.getLocation().getColumnNr()
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        ProblemCode code = e instanceof StreamConstraintsException ? ProblemCode.TOO_LARGE
                : e instanceof Trees.DuplicateField ? ProblemCode.DUPLICATE : ProblemCode.MALFORMED;
        String said = withoutParserSource(firstLine(e.getOriginalMessage()));
        String path = e instanceof Trees.Refused refused ? refused.path() : "";
        if (e instanceof Trees.TooDeep tooDeep) {
            // in place of the parser's words and no place: how deep a case may be, and where it went deeper
            said = "lists and mappings nested deeper than the " + tooDeep.most() + " levels a case may have (a case nests"
                    + " three or four)";
            path = tooDeep.path();
        }
        if (!json && e.getOriginalMessage() != null && e.getOriginalMessage().contains("(TAB)")) {
            // the YAML parser names where it started scanning, the line before the tab as often as not
            said += ": a tab, here or on the next line; indent and separate with spaces only";
        }
        // the parser places what it names within the line ("start marker at line 1, column 1")
        return new InvalidCaseException(path, code,
                "not valid " + (json ? "JSON" : "YAML") + where + ": "
                + (oneLine ? said.replace("at line 1, column ", "at column ") : said));
    }

    /**
     * A text without the byte order mark some editors write at the start of a UTF-8 file: it is not
     * part of the document.
     *
     * @param text a file's text
     * @return the text, its leading byte order mark removed if it had one
     */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The parser's message in the words of the document's author: without the parser's idea of the
     * source (it names the start of an unclosed object as {@code [Source: REDACTED (...); line: 3,
     * column: 17]}, and the reader only needs the place), the setting that would have let it pass (a
     * case is plain JSON; no setting is the fix; a limit is the library's, not a setting to raise), or
     * the names of the YAML parser's own event classes.
     *
     * @param message the parser's message
     * @return the message as the author of the document reads it
     */
    public static String withoutParserSource(String message) {
        String plain = PARSER_SOURCE.matcher(message).replaceAll("line $1, column $2");
        plain = plain.replaceAll(", from `StreamReadConstraints\\.\\w+\\(\\)`", "");
        plain = PARSER_SETTING.matcher(plain).replaceAll(": JSON does not allow it");
        plain = COMMENT_SETTING.matcher(plain).replaceAll("(JSON has no comments: remove it)");
        plain = plain.replace(" (Scalar value in YAML)", "");
        Matcher event = YAML_EVENT.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (event.find()) {
            event.appendReplacement(out, switch (event.group(1)) {
                case "MappingStart" -> "the start of a mapping ('{', or name: value lines)";
                case "SequenceStart" -> "the start of a list ('[', or '- ' lines)";
                case "MappingEnd", "SequenceEnd" -> "the end of a mapping or list";
                case "Scalar" -> "a value";
                default -> "something else";
            });
        }
        event.appendTail(out);
        return out.toString();
    }

    private static final Pattern PARSER_SETTING = Pattern.compile(": enable `[^`]*` to allow");
    private static final Pattern COMMENT_SETTING = Pattern.compile("\\(not recognized as one since Feature '\\w+' not enabled for parser\\)");
    private static final Pattern YAML_EVENT = Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\([^>]*\\)>");

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
