package org.backpainkb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Code;

/**
 * The text report's own words (its headings and labels) in the language of the knowledge base's
 * texts: {@code report-labels_<language>.properties} beside this class, else English key by key. The
 * rules' texts and the exercises come in that language from the rules themselves; these are the
 * report's. Not a {@link java.util.ResourceBundle}: that would fall back to the machine's own
 * language before English, so a report asked for in a language without labels could come out in a
 * third one.
 */
final class ReportLabels {

    private static final String ENGLISH = "report-labels.properties";

    private final Properties words;
    private final KnowledgeBase kb;

    private ReportLabels(Properties words, KnowledgeBase kb) {
        this.words = words;
        this.kb = kb;
    }

    /**
     * The labels for a knowledge base's language.
     *
     * @param kb the knowledge base whose results are reported
     * @return the labels
     */
    static ReportLabels of(KnowledgeBase kb) {
        Properties english = read(ENGLISH, null);
        if (english == null) {
            throw new IllegalStateException(ENGLISH + " is missing from the library");
        }
        Properties own = kb.language().equals("en") ? null
                : read("report-labels_" + kb.language() + ".properties", english);
        return new ReportLabels(own != null ? own : english, kb);
    }

    /** A labels file, its missing keys taken from the defaults; null when there is none. */
    private static Properties read(String name, Properties defaults) {
        try (InputStream in = ReportLabels.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            Properties p = defaults == null ? new Properties() : new Properties(defaults);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A label as written.
     *
     * @param key its key
     * @return the label
     */
    String get(String key) {
        String label = words.getProperty(key);
        if (label == null) {
            throw new IllegalArgumentException("no report label '" + key + "' in " + ENGLISH);
        }
        return label;
    }

    /**
     * A label with its {@code %s} filled in.
     *
     * @param key its key
     * @param values what fills it, in order
     * @return the line
     */
    String format(String key, Object... values) {
        return String.format(Locale.ROOT, get(key), values);
    }

    /**
     * A code in the knowledge base's words ("stability and strength", "Stabilität und Kraft").
     *
     * @param code the code
     * @return its words
     */
    String inWords(Code code) {
        return kb.inWords(code);
    }
}
