package org.backpainkb.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.model.Code;
import org.backpainkb.rules.Thresholds;

/**
 * The texts of one knowledge base in one language, with the thresholds in force: what turns a key
 * and the facts a rule matched into words for the person. A text names a fact's field in braces,
 * {@code {exercise}}, and a threshold by its name in {@code thresholds.yaml}, {@code {maxPainDuring}};
 * a part in square brackets, {@code [, with a core strength of {strength}]}, is left out when a field in
 * it has no value. A text missing in the language is taken from English.
 */
public final class Wording {

    /** A placeholder: a name in braces. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

    private final RuleData data;
    private final String language;
    /** The thresholds' fields by name, read once: every text may name them. */
    private final Map<String, Object> thresholdValues;

    /**
     * The wording of rules in a language.
     *
     * @param data the rules' reference data
     * @param language a language with texts, e.g. {@code en}
     * @param thresholds the thresholds in force
     */
    public Wording(RuleData data, String language, Thresholds thresholds) {
        this.data = data;
        this.language = language;
        this.thresholdValues = thresholds == null ? Map.of() : fieldsOf(thresholds);
    }

    /**
     * The language of these texts.
     *
     * @return e.g. {@code en}
     */
    public String language() {
        return language;
    }

    /**
     * The language to use for a locale: its own texts when the rules have them, else English.
     *
     * @param data the rules' reference data
     * @param locale the locale asked for
     * @return a language code
     * @throws IllegalArgumentException when the rules have texts but none in that language
     */
    public static String languageFor(RuleData data, Locale locale) {
        String wanted = locale.getLanguage();
        if (data.texts().isEmpty() || data.texts().containsKey(wanted) || wanted.equals(RuleData.ENGLISH)) {
            return wanted.isEmpty() ? RuleData.ENGLISH : wanted;
        }
        throw new IllegalArgumentException("no texts in '" + wanted + "': the rules have texts in "
                + String.join(", ", data.texts().keySet()));
    }

    /**
     * What to do, for the person.
     *
     * @param id the advice's id
     * @param facts the facts the rule matched
     * @return the text with every placeholder filled
     */
    public String advice(String id, Object... facts) {
        return render(adviceText(id).advice(), facts);
    }

    /**
     * The facts that matched, in words.
     *
     * @param id the advice's id
     * @param facts the facts the rule matched
     * @return the text with every placeholder filled
     */
    public String because(String id, Object... facts) {
        return render(adviceText(id).because(), facts);
    }

    /**
     * A note of a restriction or a stage hold.
     *
     * @param key the note's key
     * @param facts the facts the rule matched
     * @return the text with every placeholder filled
     */
    public String note(String key, Object... facts) {
        String text = texts(language).notes().get(key);
        if (text == null) {
            text = texts(RuleData.ENGLISH).notes().get(key);
        }
        if (text == null) {
            throw new IllegalStateException("no note '" + key + "' in texts/" + RuleData.ENGLISH + ".yaml");
        }
        return render(text, facts);
    }

    /**
     * Where a rule's knowledge comes from: a key of the sources file, with the thresholds in force, or
     * a rule's own text (the old form).
     *
     * @param keyOrText the rule's {@code @source}
     * @return the source's text
     */
    public String source(String keyOrText) {
        String text = data.sources().get(keyOrText);
        return text == null ? keyOrText : render(text);
    }

    private RuleData.AdviceText adviceText(String id) {
        RuleData.AdviceText text = texts(language).advice().get(id);
        if (text == null) {
            text = texts(RuleData.ENGLISH).advice().get(id);
        }
        if (text == null) {
            throw new IllegalStateException("no advice '" + id + "' in texts/" + RuleData.ENGLISH + ".yaml");
        }
        return text;
    }

    private RuleData.Texts texts(String lang) {
        RuleData.Texts texts = data.texts().get(lang);
        return texts != null ? texts : new RuleData.Texts(Map.of(), Map.of(), Map.of());
    }

    /** Fills a text's placeholders from the facts and the thresholds. */
    String render(String text, Object... facts) {
        Map<String, Object> values = values(facts);
        Matcher optional = OPTIONAL.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            Matcher names = PLACEHOLDER.matcher(optional.group(1));
            boolean complete = true;
            while (names.find()) {
                complete &= values.get(names.group(1)) != null;
            }
            optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? optional.group(1) : ""));
        }
        optional.appendTail(kept);
        Matcher m = PLACEHOLDER.matcher(kept);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new IllegalStateException("the text \"" + text + "\" names {" + m.group(1)
                        + "}, which is neither a field of a matched fact nor a threshold");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(inWords(values.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String inWords(Object value) {
        if (value instanceof Code code) {
            String words = texts(language).words().get(code.name());
            return words != null ? words : code.inWords();
        }
        return String.valueOf(value);
    }

    /** A fact's fields by name, a code by its type's name ({@code {stage}}), then the thresholds. */
    private Map<String, Object> values(Object... facts) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Object fact : facts) {
            fieldsOf(fact).forEach(values::putIfAbsent);
        }
        thresholdValues.forEach(values::putIfAbsent);
        return values;
    }

    /**
     * The names a value gives a text: a fact's fields, or a code under its type's name.
     *
     * @param value a fact or a code
     * @return name to value; a field without a value maps to null
     */
    static Map<String, Object> fieldsOf(Object value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (value instanceof Code code) {
            fields.put(nameOfType(code.getClass()), code);
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    fields.put(c.getName(), c.getAccessor().invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + value, e);
                }
            }
        }
        return fields;
    }

    /**
     * The name a code takes in a text: its type's name with a small first letter.
     *
     * @param type a code type, e.g. {@code Stage}
     * @return e.g. {@code stage}
     */
    static String nameOfType(Class<?> type) {
        Class<?> named = type.isAnonymousClass() || type.getEnclosingClass() != null && type.getEnclosingClass().isEnum()
                ? type.getSuperclass() : type;
        String simple = named.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
