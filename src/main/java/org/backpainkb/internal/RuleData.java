package org.backpainkb.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.backpainkb.model.ReasonCode;

/**
 * The reference data rules name by key, read from the rules directory: the reason codes they may
 * conclude ({@value RuleFiles#REASON_CODES_FILE}), where their knowledge comes from
 * ({@value RuleFiles#SOURCES_FILE}) and the patient texts in each language ({@code texts/en.yaml}).
 * Rules in the old form name none of it; without a reason codes file the case format's codes are declared.
 *
 * @param reasonCodes every declared reason code, weightiest first, with its words and meaning
 * @param sources source texts by key; a text may show thresholds, e.g. {@code {maxPainDuring}}
 * @param texts patient texts by language, e.g. {@code en}
 */
public record RuleData(Map<ReasonCode, Declared> reasonCodes, Map<String, String> sources, Map<String, Texts> texts) {

    /** The language every other falls back to, and the one the bundled rules are written in. */
    public static final String ENGLISH = "en";

    private static final JsonFactory YAML = new YAMLFactory();
    /** How a key of a source, an advice or a note is written: lower-case words joined by hyphens. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** A code named with its type, such as Load.NONE. */
    private static final Pattern QUALIFIED_CODE = Pattern.compile("[A-Z][A-Za-z]*\\.[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    /** A text named by key in a rule: advice, a note or a why. */
    private static final Pattern BY_KEY = Pattern.compile("(?:Advice\\.of|\\.note|\\.why)\\s*\\(\\s*\"");
    /** A source named by key in a rule's metadata. */
    private static final Pattern SOURCE_BY_KEY = Pattern.compile("@source\\(\\s*\"[a-z0-9]+(?:-[a-z0-9]+)*\"\\s*\\)");
    /** The longest key: the pattern is matched one level deeper for each hyphen, so thousands would overflow the stack. */
    static final int MAX_KEY_LENGTH = 100;

    /**
     * Whether a text is written as a key: lower-case words and digits joined by single hyphens, at most
     * {@value #MAX_KEY_LENGTH} characters.
     *
     * @param text the text
     * @return true for a key
     */
    static boolean isKey(String text) {
        return text.length() <= MAX_KEY_LENGTH && KEY.matcher(text).matches();
    }

    /** A key as a message shows it: a long one cut short. */
    static String shown(String key) {
        return key.length() > 60 ? key.substring(0, 60) + "..." : key;
    }

    /**
     * A declared reason code.
     *
     * @param words the code in words for people
     * @param means what it means, in a sentence
     */
    public record Declared(String words, String means) {
    }

    /**
     * The texts of one language.
     *
     * @param advice each advice's texts by its id
     * @param notes each note (of a restriction or a stage hold) by its key
     * @param words codes in this language's words, by code; a code not listed keeps its English words
     * @param exercises the exercise library's texts in this language, by exercise id (a translation's
     *     {@code exercises:}; English has none here, its texts are in {@code exercises.yaml})
     */
    public record Texts(Map<String, AdviceText> advice, Map<String, String> notes, Map<String, String> words,
            Map<String, ExerciseText> exercises) {

        /** A language with no texts. */
        static final Texts NONE = new Texts(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * An exercise's texts in a translation; a text not given (null) is said in English.
     *
     * @param name the exercise's name
     * @param amount how much, in plain words
     * @param cues how to do it well, in plain words
     */
    public record ExerciseText(String name, String amount, String cues) {
    }

    /**
     * The texts of one advice.
     *
     * @param advice what to do, for the person
     * @param because the facts that matched, in words, with placeholders for them
     */
    public record AdviceText(String advice, String because) {
    }

    /**
     * Reference data read, with what was wrong in it.
     *
     * @param data what could be read
     * @param problems what is wrong, each at its file and line
     */
    public record Read(RuleData data, List<RuleProblem> problems) {
    }

    /**
     * Reads the reference data of a set of rule files.
     *
     * @param files the rule files
     * @return the data, and every problem in it
     */
    public static Read read(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<ReasonCode, Declared> codes = reasonCodes(files.dataFile(RuleFiles.REASON_CODES_FILE), problems);
        Map<String, String> sources = sources(files.dataFile(RuleFiles.SOURCES_FILE), problems);
        Map<String, Texts> texts = new TreeMap<>();
        Set<String> codeNames = codeNames(codes.keySet());
        for (RuleFiles.RuleFile f : files.data()) {
            if (f.path().startsWith(RuleFiles.TEXTS_DIR)) {
                String language = f.path().substring(RuleFiles.TEXTS_DIR.length(), f.path().length() - ".yaml".length());
                texts.put(language, texts(f.path(), language.equals(ENGLISH), f.text(), codeNames, problems));
            }
        }
        // a missing file is said once, not at every rule that names a text or a source in it
        if (!texts.containsKey(ENGLISH) && (!texts.isEmpty() || files.drl().stream().anyMatch(f -> BY_KEY.matcher(f.text()).find()))) {
            problems.add(new RuleProblem(RuleFiles.TEXTS_DIR + ENGLISH + ".yaml", 0, "the file is missing"
                    + (texts.isEmpty() ? "" : ", though there are texts in " + texts.keySet()) + ": it holds every text the"
                    + " rules name by key (Advice.of, note, why), and the other languages fall back to it",
                    RuleProblem.Kind.FILES));
        }
        if (files.dataFile(RuleFiles.SOURCES_FILE) == null
                && files.drl().stream().anyMatch(f -> SOURCE_BY_KEY.matcher(f.text()).find())) {
            problems.add(new RuleProblem(RuleFiles.SOURCES_FILE, 0, "the file is missing: it holds every source the"
                    + " rules name by key in @source(...)", RuleProblem.Kind.FILES));
        }
        return new Read(new RuleData(codes, sources, texts), problems);
    }

    /**
     * Reads reference data that must be right, such as the bundled rules' checked at build time.
     *
     * @param files the rule files
     * @return the data
     * @throws org.backpainkb.RulesException listing the problems
     */
    public static RuleData readChecked(RuleFiles files) {
        Read read = read(files);
        if (!read.problems().isEmpty()) {
            throw new org.backpainkb.RulesException(read.problems());
        }
        return read.data();
    }

    private static Map<ReasonCode, Declared> reasonCodes(String yaml, List<RuleProblem> problems) {
        Map<ReasonCode, Declared> codes = new TreeMap<>();
        String file = RuleFiles.REASON_CODES_FILE;
        if (yaml == null) {
            ReasonCode.contractCodes().forEach(c -> codes.put(c, new Declared(c.inWords(), "")));
            return codes;
        }
        JsonNode root = tree(file, yaml, problems);
        if (root == null) {
            ReasonCode.contractCodes().forEach(c -> codes.put(c, new Declared(c.inWords(), "")));
            return codes;
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!ReasonCode.isWellFormed(e.getKey())) {
                problems.add(problem(file, lineOf(yaml, e.getKey()), "'" + shown(e.getKey()) + "' is not written as a reason"
                        + " code: capitals with underscores, such as DIRECTIONAL_PREFERENCE, in at most "
                        + ReasonCode.MAX_LENGTH + " characters"));
                continue;
            }
            String words = field(e.getValue(), "words");
            String means = field(e.getValue(), "means");
            if (words == null || means == null) {
                problems.add(problem(file, lineOf(yaml, e.getKey()), "reason code " + e.getKey() + " needs two lines under it: `words:` (the"
                        + " code in words for people) and `means:` (what it means, in a sentence)"));
            }
            for (String text : new String[] {words, means}) {
                if (text != null) {
                    notShowable(text).ifPresent(m -> problems.add(problem(file, lineOf(yaml, e.getKey()), e.getKey() + ": "
                            + m)));
                }
            }
            codes.put(ReasonCode.of(e.getKey()), new Declared(words == null ? "" : words, means == null ? "" : means));
        }
        for (ReasonCode fixed : ReasonCode.contractCodes()) {
            if (!codes.containsKey(fixed)) {
                problems.add(problem(file, 0, "reason code " + fixed + " is missing: the case format fixes it, so it"
                        + " can be neither removed nor renamed (add a new code beside it instead)"));
                codes.put(fixed, new Declared(fixed.inWords(), ""));
            }
        }
        return codes;
    }

    private static Map<String, String> sources(String yaml, List<RuleProblem> problems) {
        Map<String, String> sources = new LinkedHashMap<>();
        String file = RuleFiles.SOURCES_FILE;
        JsonNode root = yaml == null ? null : tree(file, yaml, problems);
        if (root == null) {
            return sources;
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!isKey(e.getKey())) {
                problems.add(problem(file, lineOf(yaml, e.getKey()), "'" + shown(e.getKey()) + "' is not written as a key:"
                        + " lower-case words joined by hyphens, such as pain-monitoring, in at most " + MAX_KEY_LENGTH
                        + " characters"));
            } else if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                problems.add(problem(file, lineOf(yaml, e.getKey()), "source " + e.getKey() + " needs its text after the colon"));
            } else {
                sources.put(e.getKey(), e.getValue().textValue().strip());
                notShowable(e.getValue().textValue()).ifPresent(m -> problems.add(problem(file, lineOf(yaml, e.getKey()),
                        e.getKey() + ": " + m)));
            }
        }
        return sources;
    }

    /**
     * One flat list, so that a text can be added at the end of the file: an advice is a key with an
     * {@code advice:} and a {@code because:} line under it, a note a key with its text, and a code in
     * capitals its words in this language. A translation's exercise texts are the one section, under
     * {@code exercises:}.
     */
    private static Texts texts(String file, boolean english, String yaml, Set<String> codeNames, List<RuleProblem> problems) {
        Map<String, AdviceText> advice = new TreeMap<>();
        Map<String, String> notes = new TreeMap<>();
        Map<String, String> words = new TreeMap<>();
        Map<String, ExerciseText> exercises = new TreeMap<>();
        JsonNode root = tree(file, yaml, problems);
        if (root == null) {
            return new Texts(advice, notes, words, exercises);
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            boolean text = value.isTextual() && !value.textValue().isBlank();
            if (ExerciseTexts.isSection(key, value)) {
                exercises.putAll(ExerciseTexts.read(file, english, yaml, value, problems));
            } else if (QUALIFIED_CODE.matcher(key).matches() && text && !codeNames.contains(key)) {
                problems.add(problem(file, lineOf(yaml, key), key + " is not a code: a code named with its type is"
                        + " written as the case format's type and code, such as Load.NONE" + ClosestName.didYouMean(key, codeNames)));
            } else if (QUALIFIED_CODE.matcher(key).matches() && text) {
                words.put(key, value.textValue().strip());
                notShowable(value.textValue()).ifPresent(m -> problems.add(problem(file, lineOf(yaml, key), key + ": " + m)));
            } else if (ReasonCode.isWellFormed(key) && text && !codeNames.contains(key)) {
                problems.add(problem(file, lineOf(yaml, key), key + " is not a code: the words of a code are given under"
                        + " its name as a case writes it" + ClosestName.didYouMean(key, codeNames)));
            } else if (ReasonCode.isWellFormed(key) && text) {
                words.put(key, value.textValue().strip());
                notShowable(value.textValue()).ifPresent(m -> problems.add(problem(file, lineOf(yaml, key), key + ": " + m)));
            } else if (!isKey(key)) {
                problems.add(problem(file, lineOf(yaml, key), "'" + shown(key) + "' is not written as a key: lower-case words"
                        + " joined by hyphens for an advice or a note (such as breathe-with-the-effort), or a code in"
                        + " capitals for its words, in at most " + MAX_KEY_LENGTH + " characters"));
            } else if (key.equals("advice") || key.equals("because")) {
                // slipped to the start of its line: read as a note of that name, and the advice above lacks it
                problems.add(problem(file, topLevelLineOf(yaml, key), "`" + key + ":` starts at the beginning of its line, so it is"
                        + " read as a text of its own, not as part of the advice above it: indent it by two spaces, as"
                        + " the advice's other line is"));
            } else if (text) {
                notes.put(key, value.textValue().strip());
                misshapen(value.textValue()).ifPresent(m -> problems.add(problem(file, lineOf(yaml, key), key + ": " + m)));
            } else if (field(value, "advice") != null && field(value, "because") != null) {
                advice.put(key, new AdviceText(field(value, "advice"), field(value, "because")));
                for (String part : List.of("advice", "because")) {
                    misshapen(field(value, part)).ifPresent(m -> problems.add(problem(file, lineOf(yaml, key), key + ", "
                            + part + ": " + m)));
                }
            } else if (value.isObject() && (field(value, "advice") == null && root.has("advice")
                    || field(value, "because") == null && root.has("because"))) {
                // its missing line slipped to the start of the line: said there, where the fix is
                continue;
            } else {
                problems.add(problem(file, lineOf(yaml, key), key + " needs its text: a note is `" + key + ": \"text\"`; an advice"
                        + " has two lines under it, `advice:` (what to do) and `because:` (the facts that matched,"
                        + " with placeholders such as {exercise})"));
            }
        }
        return new Texts(advice, notes, words, exercises);
    }

    /** The line of a key written at the start of its line (the same key indented elsewhere is another's). */
    private static int topLevelLineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        return lineOf(yaml, key);
    }

    /**
     * Every code a text may say in words: the case format's code lists and the declared reason codes,
     * each also with its type ({@code Load.NONE}), for a name several lists share ({@code NONE} is a
     * load, an urgency and a preference).
     */
    private static Set<String> codeNames(Set<ReasonCode> reasonCodes) {
        Set<String> names = new TreeSet<>();
        FactTypes.CODES.stream().filter(Class::isEnum)
                .forEach(type -> Arrays.stream(type.getEnumConstants()).forEach(c -> {
                    names.add(c.name());
                    names.add(type.getSimpleName() + "." + c.name());
                }));
        reasonCodes.forEach(c -> names.add(c.name()));
        return names;
    }

    /** The longest text of the rules or the exercise library; the longest bundled one has some 370 characters. */
    static final int MAX_TEXT_LENGTH = 1_000;
    /** The most placeholders one text may fill: each is filled in every assessment it is said in. */
    static final int MAX_PLACEHOLDERS = 10;

    /**
     * What is wrong with a text shown to a person: a character that is not shown, a length or a number
     * of placeholders past the limits, or a brace left open.
     */
    static java.util.Optional<String> misshapen(String text) {
        java.util.Optional<String> notShowable = notShowable(text);
        if (notShowable.isPresent()) {
            return notShowable;
        }
        long placeholders = TextTemplate.PLACEHOLDER.matcher(text).results().count();
        if (placeholders > MAX_PLACEHOLDERS) {
            return java.util.Optional.of("has " + placeholders + " placeholders; a text fills at most " + MAX_PLACEHOLDERS
                    + ", each filled in every assessment that says it");
        }
        return unclosed(text);
    }

    /**
     * A text too long to show, or holding a control character (an escape, a carriage return, a bell)
     * or a mark that turns the direction of the text: shown on a terminal or a page, such a character
     * is not printed but obeyed, and could overwrite
     * or reorder what the person reads ("Referral: NONE" over the line that said otherwise). A line
     * break and a tab are written as they read.
     *
     * @param text a text of the rules or the exercise library
     * @return what is wrong, or empty
     */
    static java.util.Optional<String> notShowable(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return java.util.Optional.of("has " + text.length() + " characters; a text has at most " + MAX_TEXT_LENGTH
                    + ": say it in fewer words, or as two");
        }
        int hidden = HiddenCharacters.first(text, true);
        return hidden < 0 ? java.util.Optional.empty() : java.util.Optional.of("holds the character "
                + HiddenCharacters.named(hidden) + ", which is not shown but acted on by a screen: take it out");
    }

    /**
     * A brace or square bracket a text opens and does not close, or closes unopened: the person would
     * read it as written ("seen you {today."), since only a whole {placeholder} is filled in.
     */
    static java.util.Optional<String> unclosed(String text) {
        int braces = 0;
        int brackets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (braces < 0 || braces > 1 || brackets < 0 || brackets > 1) {
                break;
            }
        }
        if (braces != 0) {
            return java.util.Optional.of("a { or } without its pair: a placeholder is a field's name in braces, such as"
                    + " {exercise}, and a text has no other braces");
        }
        if (brackets != 0) {
            return java.util.Optional.of("a [ or ] without its pair: square brackets enclose a part left out when a"
                    + " field in it has no value, such as [, with a core strength of {strength}]");
        }
        return java.util.Optional.empty();
    }

    static String field(JsonNode node, String name) {
        JsonNode value = node.isObject() ? node.get(name) : null;
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue().strip() : null;
    }

    private static JsonNode tree(String file, String yaml, List<RuleProblem> problems) {
        try {
            JsonNode root = Trees.readReferenceData(YAML, yaml);
            if (root == null || root.isMissingNode() || root.isNull()) {
                return null;
            }
            if (!root.isObject()) {
                problems.add(problem(file, 1, "the file must be a list of 'key: value' lines"));
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RuleProblem(file, Math.max(line, 0), notValidYaml(e), RuleProblem.Kind.FILES));
            return null;
        }
    }

    /**
     * What a YAML reader's refusal means to a rule author: its first line, without the reader's own
     * echo of the text, and, for a mistake of the YAML itself, where to look. The reader notices a missing colon, or a colon that needed
     * quotes, only on the line after the mistake, which is why the line before is named too.
     *
     * @param e the reader's refusal
     * @return the message
     */
    static String notValidYaml(JsonProcessingException e) {
        String said = CaseDocuments.withoutParserSource(e.getOriginalMessage().lines().findFirst().orElse("").strip());
        if (!(e instanceof com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException)) {
            return "not valid YAML: " + said;   // the library's own refusal (a key given twice, an alias), said in full
        }
        return "not valid YAML: " + said + " (look at this line and the one before it: a key needs a ':' after it,"
                + " a text with ': ' or '#' in it needs quotes, and lines are indented with spaces, not tabs)";
    }

    /**
     * The line of the first {@code key:} in a file, for a problem's message: the YAML reader keeps no
     * lines. A key written otherwise (in a flow mapping, over two lines) is placed at line 0, the file.
     */
    static int lineOf(String yaml, String key) {
        return KeyLines.of(yaml).lineOf(key);
    }

    static RuleProblem problem(String file, int line, String message) {
        return new RuleProblem(file, line, message, RuleProblem.Kind.REFERENCE);
    }
}
