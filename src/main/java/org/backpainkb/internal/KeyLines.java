package org.backpainkb.internal;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key of a YAML file is first written, read once for the file: a file of thousands of
 * refused keys places each of its problems at its line, and reading the whole text again for each
 * would take the square of its length (60,000 badly written reason codes, under a megabyte, ran
 * past a minute and a half).
 */
final class KeyLines {

    /** The file read last: its problems are placed one after another, so one is kept. */
    private static WeakReference<KeyLines> last = new WeakReference<>(null);

    private final String yaml;
    private final Map<String, Integer> firstLines = new HashMap<>();

    private KeyLines(String yaml) {
        this.yaml = yaml;
        int number = 0;
        for (String line : yaml.split("\r?\n", -1)) {
            number++;
            String key = keyOf(line.strip());
            if (key != null) {
                firstLines.putIfAbsent(key, number);
            }
        }
    }

    /**
     * The keys of a file and their lines.
     *
     * @param yaml the file's text
     * @return its keys' lines
     */
    static synchronized KeyLines of(String yaml) {
        KeyLines known = last.get();
        if (known == null || known.yaml != yaml) {
            known = new KeyLines(yaml);
            last = new WeakReference<>(known);
        }
        return known;
    }

    /**
     * The first line written {@code key:} or {@code "key":}.
     *
     * @param key the key
     * @return its line, from 1; 0 when no line starts with it
     */
    int lineOf(String key) {
        return firstLines.getOrDefault(key, 0);
    }

    /** The key a line starts with: a quoted one, or the text before the first ": " (or a last ':'). */
    private static String keyOf(String line) {
        if (line.startsWith("\"")) {
            int close = line.indexOf("\":", 1);
            return close < 0 ? null : line.substring(1, close);
        }
        int colon = line.indexOf(": ");
        if (colon < 0) {
            colon = line.endsWith(":") ? line.length() - 1 : -1;
        }
        return colon <= 0 ? null : line.substring(0, colon);
    }
}
