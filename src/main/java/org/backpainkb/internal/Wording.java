package org.backpainkb.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.backpainkb.model.Code;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.rules.LibraryExercise;
import org.backpainkb.rules.Thresholds;

/**
 * The texts of one knowledge base in one language, with the thresholds in force: what turns a key
 * and the facts a rule matched into words for the person. A text names a fact's field in braces,
 * {@code {exercise}}, and a threshold by its name in {@code thresholds.yaml}, {@code {maxPainDuring}};
 * a part in square brackets, {@code [, with a core strength of {strength}]}, is left out when a field in
 * it has no value. A text missing in the language is taken from English.
 */
public final class Wording {

    /** The most elements of a list a text says; the rest are counted. */
    private static final int MOST_OF_A_LIST = 10;

    private final RuleData data;
    private final String language;
    private final java.time.format.DateTimeFormatter dates;
    /** The thresholds' fields by name, read once: every text may name them. */
    private final Map<String, Object> thresholdValues;
    /** Each text parsed once, the first time it is worded. */
    private final Map<String, TextTemplate> templates = new ConcurrentHashMap<>();
    /** Each text that names no fact, filled once, the first time it is worded. */
    private final Map<String, String> withoutFacts = new ConcurrentHashMap<>();
    /** What an ALLOW clearance says, looked up once: every assessment shows it. */
    private final String cleared;
    /** What puts a modification after a suggested exercise's amount, looked up once. */
    private final String forNow;
    /** What comes before every advice but a red flag's under an urgent referral, looked up once. */
    private final String onceSeen;

    /** The note of a category nothing restricts: the library's to say, never a rule's. */
    static final String CLEARED = "cleared";
    /** What puts a category's modification after a suggested exercise's amount: the library's too. */
    static final String FOR_NOW = "for-now";
    /** What comes before other advice under an urgent or emergency referral: the library's too. */
    static final String ONCE_SEEN = "once-seen";

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
        this.dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(language.equals(RuleData.ENGLISH) ? java.util.Locale.UK : java.util.Locale.forLanguageTag(language));
        this.thresholdValues = thresholds == null ? Map.of() : valuesOf(thresholds);
        // rules written before these notes existed have none: the library's own English words then
        this.cleared = libraryNote(CLEARED, "Cleared: nothing found against it.");
        this.forNow = libraryNote(FOR_NOW, "for now");
        this.onceSeen = libraryNote(ONCE_SEEN, "Once a doctor has seen you and cleared you to exercise:");
    }

    /** A note no rule names: in this language, else in English, else the library's own words. */
    private String libraryNote(String key, String otherwise) {
        String text = texts(language).notes().get(key);
        if (text == null) {
            text = texts(RuleData.ENGLISH).notes().get(key);
        }
        return text != null ? text : otherwise;
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
     * The words that put a category's modification after a suggested exercise's amount ("3 sets of 10;
     * for now: ..."): the note {@code for-now} of the texts files, else the library's own English words.
     *
     * @return the words, without punctuation
     */
    public String forNow() {
        return forNow;
    }

    /**
     * Whether the rules declare a reason code (in reason-codes.yaml, or the case format's own when they
     * have no such file).
     *
     * @param reason a reason code
     * @return true when declared
     */
    public boolean declares(ReasonCode reason) {
        return data.reasonCodes().containsKey(reason);
    }

    /**
     * The words before every advice but a red flag's under an urgent or emergency referral: the note
     * {@code once-seen} of the texts files, else the library's own English words.
     *
     * @return the words, ending in a colon
     */
    public String onceSeen() {
        return onceSeen;
    }

    /**
     * What an ALLOW clearance says: the note {@code cleared} of the texts files, else the library's
     * own English words (rules written before that note existed have none).
     *
     * @return the note
     */
    public String cleared() {
        return cleared;
    }

    /**
     * The exercise library in this language: each exercise's name, amount and cues as the language's
     * texts file gives them, else in English.
     *
     * @param library the library as {@code exercises.yaml} writes it
     * @return the library to suggest from
     */
    public List<LibraryExercise> translated(List<LibraryExercise> library) {
        return ExerciseTexts.translated(library, texts(language).exercises());
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
        return texts != null ? texts : RuleData.Texts.NONE;
    }

    /**
     * Fills a text's placeholders from the facts and the thresholds. A text that names no fact (a
     * source, most notes) reads the same every time in this wording, so it is filled once.
     */
    String render(String text, Object... facts) {
        if (facts.length == 0) {
            return withoutFacts.computeIfAbsent(text, t -> fill(t, facts));
        }
        return fill(text, facts);
    }

    private String fill(String text, Object... facts) {
        return templates.computeIfAbsent(text, TextTemplate::parse).render(new Matched(facts), this::inWords);
    }

    /**
     * A code in this language's words: the texts file's, else the code's English words.
     *
     * @param code the code
     * @return its words
     */
    public String words(Code code) {
        return inWords(code);
    }

    private String inWords(Object value) {
        if (value instanceof Code code) {
            Map<String, String> all = texts(language).words();
            // a code named with its type first: NONE is a load, an urgency and a preference
            String words = all.get(code.getClass().getSimpleName() + "." + code.name());
            if (words == null) {
                words = all.get(code.name());
            }
            return words != null ? words : code.inWords();
        }
        if (value instanceof java.time.LocalDate date) {
            // a date as the person's language writes it: "9 November 2026", "9. November 2026"
            return dates.format(date);
        }
        if (value instanceof java.util.Collection<?> list) {
            // a list in a text is said in words, and at most so many of it: a case's lists hold up to 1,000
            StringBuilder said = new StringBuilder();
            int shown = 0;
            for (Object element : list) {
                if (shown == MOST_OF_A_LIST) {
                    said.append(" (+").append(list.size() - shown).append(')');
                    break;
                }
                said.append(shown++ == 0 ? "" : ", ").append(inWords(element));
            }
            return said.toString();
        }
        return String.valueOf(value);
    }

    /**
     * What a text's names stand for: the matched facts' fields (a code under its type's name,
     * {@code {stage}}), the first fact with a value winning, then the thresholds.
     */
    private final class Matched implements TextTemplate.Values {
        private final Object[] facts;

        Matched(Object[] facts) {
            this.facts = facts;
        }

        @Override
        public boolean names(String name) {
            for (Object fact : facts) {
                if (fact != null && fieldsOf(fact.getClass()).containsKey(name)) {
                    return true;
                }
            }
            return thresholdValues.containsKey(name);
        }

        @Override
        public Object valueOf(String name) {
            for (Object fact : facts) {
                Object value = fact == null ? null : read(fact, name);
                if (value != null) {
                    return value;
                }
            }
            return thresholdValues.get(name);
        }
    }

    /** A field of a fact by name, a code under its type's name; null when it has none. */
    private static Object read(Object fact, String name) {
        Function<Object, Object> accessor = fieldsOf(fact.getClass()).get(name);
        return accessor == null ? null : accessor.apply(fact);
    }

    /** The names a type gives a text, each with how to read it: a record's components, a code itself. */
    private static Map<String, Function<Object, Object>> fieldsOf(Class<?> type) {
        return FIELDS.get(type);
    }

    private static final ClassValue<Map<String, Function<Object, Object>>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            Map<String, Function<Object, Object>> fields = new LinkedHashMap<>();
            if (Code.class.isAssignableFrom(type)) {
                fields.put(nameOfType(type), code -> code);
            } else if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Method accessor = c.getAccessor();
                    fields.put(c.getName(), fact -> invoke(accessor, fact));
                }
            }
            return Map.copyOf(fields);
        }
    };

    private static Object invoke(Method accessor, Object fact) {
        try {
            return accessor.invoke(fact);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + fact, e);
        }
    }

    /** A record's fields by name, read once: the thresholds every text may name. */
    private static Map<String, Object> valuesOf(Object record) {
        Map<String, Object> values = new HashMap<>();
        fieldsOf(record.getClass()).keySet().forEach(name -> values.put(name, read(record, name)));
        return values;
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
