package org.backpainkb.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The bundled reference data (thresholds, exercise library, reason codes, sources, texts) as JSON,
 * written by the build beside the YAML files it was made from. A fresh JVM reads the JSON in about a
 * third of the time the YAML reader takes, a few percent of a one-off {@code assess}. A text is read
 * from its JSON copy only when it is exactly the bundled file the copy was made from (the build
 * records each file's CRC-32 with its copy): the copy then has the same tree, and the file passed the
 * build's check, so it has no problems to report at their lines. Every other text, edited files
 * included, is read as YAML.
 */
final class PrecomputedTrees {

    /** The JSON copies, beside the bundled rules: by path, the CRC-32 of the file and its tree as JSON. */
    static final String FILE = "rules.data.json";
    private static final String CRC = "crc32";
    private static final String JSON_COPY = "json";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, String> JSON_BY_TEXT = new ConcurrentHashMap<>();

    private PrecomputedTrees() {
    }

    /**
     * The JSON copies of the reference data of rule files, for the build.
     *
     * @param files rule files whose reference data passed the check
     * @return the contents of {@link #FILE}
     */
    static String write(RuleFiles files) {
        Map<String, Map<String, String>> copies = new LinkedHashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory yaml = new YAMLFactory();
        try {
            for (Map.Entry<String, String> file : referenceData(files).entrySet()) {
                copies.put(file.getKey(), Map.of(CRC, crc(file.getValue()),
                        JSON_COPY, mapper.writeValueAsString(Trees.read(yaml, file.getValue()))));
            }
            return mapper.writeValueAsString(copies);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the reference data to JSON", e);
        }
    }

    /**
     * Makes the build's copies of the bundled files known, each when it was made from exactly that file.
     *
     * @param bundled the bundled rule files
     */
    static void registerBundled(RuleFiles bundled) {
        register(bundled, RuleFiles.resourceBytes(RuleFiles.BUNDLED_ROOT + FILE));
    }

    /**
     * Makes copies known, each when it was made from exactly that file (the same CRC-32).
     *
     * @param files rule files
     * @param copies the contents of {@link #FILE}, or null when the build left none
     */
    static void register(RuleFiles files, byte[] copies) {
        if (copies == null) {
            return;
        }
        Map<String, Map<String, String>> byPath = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(copies)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Map<String, String> copy = new LinkedHashMap<>();
                byPath.put(parser.currentName(), copy);
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    copy.put(field, parser.getText());
                }
            }
        } catch (IOException e) {
            return;   // copies the library cannot read are copies it does without: the YAML is read instead
        }
        for (Map.Entry<String, String> file : referenceData(files).entrySet()) {
            Map<String, String> copy = byPath.get(file.getKey());
            if (copy != null && copy.get(JSON_COPY) != null && crc(file.getValue()).equals(copy.get(CRC))) {
                JSON_BY_TEXT.put(file.getValue(), copy.get(JSON_COPY));
            }
        }
    }

    private static Map<String, String> referenceData(RuleFiles files) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (files.thresholdsYaml() != null) {
            texts.put(RuleFiles.THRESHOLDS_FILE, files.thresholdsYaml());
        }
        files.data().forEach(f -> texts.put(f.path(), f.text()));
        return texts;
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /**
     * A parser of a reference data file: over its JSON copy when the text is a bundled file's, else
     * over the YAML.
     *
     * @param yaml the YAML reader the file's own checks use
     * @param text the file's contents
     * @return a parser to close
     * @throws IOException when the parser cannot start, or the text is longer than a rule file may be
     */
    static JsonParser parser(JsonFactory yaml, String text) throws IOException {
        if (text.length() > RuleFileShape.MAX_FILE_CHARS) {
            // the YAML reader slows down with the square of a very long line: a file of tens of MiB takes minutes
            throw new JsonParseException(null, "the file has more than " + RuleFileShape.MAX_FILE_CHARS
                    + " characters, the most a file of the rules may hold");
        }
        String json = JSON_BY_TEXT.get(text);
        return json != null ? JSON.createParser(json) : yaml.createParser(text);
    }

    /**
     * The JSON copy of a text, for tests.
     *
     * @param text a file's contents
     * @return its copy, or null when it is read as YAML
     */
    static String copyOf(String text) {
        return JSON_BY_TEXT.get(text);
    }
}
