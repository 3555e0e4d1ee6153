package org.backpainkb.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.backpainkb.internal.CaseDocuments;
import org.backpainkb.internal.CaseMapper;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;

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
    public static final long MAX_FILE_BYTES = CaseDocuments.MAX_BYTES;
    /** The deepest nesting read; the case format needs four levels. */
    public static final int MAX_NESTING = CaseDocuments.MAX_NESTING;
    /** The most elements any list of a case may hold, as {@link Case#MAX_LIST_ELEMENTS}. */
    public static final int MAX_LIST_ELEMENTS = CaseMapper.MAX_LIST_ELEMENTS;

    /** The two forms of a case. */
    public enum Format {
        /** JSON. */
        JSON,
        /** YAML (of which JSON is a part). */
        YAML
    }

    private CaseReader() {
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
        Objects.requireNonNull(file, "file");
        return CaseMapper.toCase(CaseDocuments.readFile(file), "");
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
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
        return CaseMapper.toCase(CaseDocuments.readBody(body, format == Format.JSON), "");
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
        Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(line, "line").length);
        return CaseMapper.toCase(CaseDocuments.readLine(line, offset, length), "");
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
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
        return CaseMapper.toCase(CaseDocuments.readBody(body, format == Format.JSON), "");
    }

    /**
     * Reads a case from text, JSON or YAML: a text that starts with a brace or a square bracket is read
     * as JSON, anything else as YAML. YAML written in its flow style, <code>{id: x}</code>, is read with
     * {@link #read(Reader, Format)} and {@link Format#YAML}.
     *
     * @param text the case
     * @return the case
     * @throws InvalidCaseException when the text is malformed or a field is refused
     */
    public static Case parse(String text) {
        Objects.requireNonNull(text, "text");
        return CaseMapper.toCase(CaseDocuments.readText(text), "");
    }
}
