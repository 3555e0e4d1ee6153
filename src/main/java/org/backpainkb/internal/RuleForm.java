package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.backpainkb.model.Severity;
import org.backpainkb.rules.Thresholds;

/**
 * Checks that rules in the named form say what their metadata and texts can give: every advice id
 * and note key has its text, every placeholder of a text is a field of a fact the rule hands over or a
 * threshold, a because text names a matched fact, severity and priority are set and in range, an advice
 * id belongs to one rule, what a rule concludes carries its {@code @reason}, and every source is declared.
 * The old six-argument advice form passes with a warning saying how to move. Read on the rule's text,
 * like {@link DrlLint}: the compiler checks the Java; this checks what the Java cannot know.
 */
final class RuleForm {

    /** The range of {@code @priority}: 1 is said first. */
    static final int MIN_PRIORITY = 1;
    /** The last priority; more levels than this say nothing a person could tell apart. */
    static final int MAX_PRIORITY = 9;

    private static final Pattern ADVICE_OF = Pattern.compile(
            "Advice\\s*\\.\\s*of\\s*\\(\\s*\"([^\"]*)\"\\s*\\)(\\s*\\.\\s*because\\s*\\(([^)]*)\\))?");
    private static final Pattern NOTE = Pattern.compile("\\.\\s*(?:note|why)\\s*\\(\\s*\"([^\"]*)\"\\s*(?:,([^)]*))?\\)");
    /** A conclusion built with its text written in the rule, the old way: the text is reviewed and translated by no one. */
    private static final Pattern OLD_NOTE = Pattern.compile("new\\s+(Restriction|AllExercise|StageHold|Suggestion)\\s*\\(");
    private static final Pattern OLD_ADVICE = Pattern.compile(
            "new\\s+Advice\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*(?:ReasonCode\\s*\\.\\s*(\\w+))?[^,]*,[^,]*,\\s*(-?\\d+)?");
    /**
     * Advice.of(id), .note(key) or .why(key) whose key is not one text in quotes: a variable, or texts
     * joined. Curly quotes and a text left open are other slips, with messages of their own.
     */
    private static final Pattern KEY_NOT_IN_QUOTES = Pattern.compile("(Advice\\s*\\.\\s*of|\\.\\s*note|\\.\\s*why)"
            + "\\s*\\(\\s*(?!\"[^\"\\n]*\"\\s*[,)]|\"[^\"\\n]*$|[\u201c\u201d\u201e\u2018\u2019]|\\))");
    private static final Pattern INSERT_LOGICAL = Pattern.compile("(?<![\\w$])insertLogical\\s*\\(");
    /**
     * The old form's advice whose id is not one text in quotes ("seek-emergency-" + "care-today"): an
     * id is checked as it is written, and one built at run time could take over another rule's advice.
     */
    private static final Pattern OLD_ID_NOT_IN_QUOTES = Pattern.compile("new\\s+Advice\\s*\\(\\s*(?!\"[^\"\\n]*\"\\s*,)");
    /** A reason code named as a constant ({@code ReasonCode.PAIN_RESPONSE}), not a method of it ({@code ReasonCode.of(...)}). */
    private static final Pattern CONCLUDED_REASON = Pattern.compile("ReasonCode\\s*\\.\\s*([A-Z][A-Z0-9_]*)\\b(?!\\s*\\()");
    private static final Pattern RESTRICTION_THAT_ALLOWS = Pattern.compile(
            "(Restriction|AllExercise)\\s*\\.\\s*of\\s*\\([^;]*?Decision\\s*\\.\\s*ALLOW(?![\\w$])");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\w+");
    private static final Pattern BARE_NAME_ARGUMENT = Pattern.compile("(?:^|,)\\s*[a-z_]\\w*\\s*(?:,|$)");

    private final RuleData data;
    private final List<RuleProblem> problems = new ArrayList<>();
    /** Each advice id with the rule that first gave it, as file:line "name". */
    private final Map<String, String> adviceOwners = new HashMap<>();
    private final Set<String> thresholdNames = new LinkedHashSet<>(FactTypes.fields(Thresholds.class));

    /** The text of a data file by its path in the rules directory, or null: where a text's line is found. */
    private final Function<String, String> dataFiles;

    private RuleForm(RuleData data, Function<String, String> dataFiles) {
        this.data = data;
        this.dataFiles = dataFiles;
    }

    /**
     * Checks every rule of the files against the reference data, and the data's own placeholders.
     *
     * @param files the rule files
     * @param data the reason codes, sources and texts
     * @param dataFiles the text of a data file by its path in the rules directory ({@code texts/en.yaml}),
     *     or null when there is none: a mistake in a text is placed at its line
     * @return problems and warnings, in file order
     */
    static List<RuleProblem> check(List<DrlText> files, RuleData data, Function<String, String> dataFiles) {
        RuleForm form = new RuleForm(data, dataFiles);
        for (DrlText file : files) {
            for (DrlText.Rule rule : file.rules()) {
                form.rule(file, rule);
            }
        }
        form.sources();
        form.problems.addAll(Translations.check(data, form.english()));
        return form.problems;
    }

    private void rule(DrlText file, DrlText.Rule rule) {
        if (rule.thenLine() <= 0) {
            return;
        }
        Map<String, Set<String>> names = TextNames.bound(file, rule);
        String reason = metaValue(rule, "reason");
        int last = rule.endLine() > 0 ? rule.endLine() - 1 : file.lineCount();
        boolean named = false;
        boolean concludes = false;
        for (int n = rule.thenLine(); n <= last; n++) {
            concludes |= INSERT_LOGICAL.matcher(file.code(n)).find();
            String line = file.codeWithStrings(n);
            if (n == rule.thenLine()) {
                int then = line.indexOf("then");
                line = then < 0 ? line : " ".repeat(then + 4) + line.substring(then + 4);
            }
            Matcher computed = KEY_NOT_IN_QUOTES.matcher(line);
            if (computed.find()) {
                String call = computed.group(1).replaceAll("\\s", "");
                refuse(file, n, "rule \"" + rule.name() + "\": " + call + "(...) takes its key as a text in quotes, as in "
                        + call + "(\"key\"): a key made while the rule runs is checked against texts/en.yaml by no one,"
                        + " and may give another rule's advice", RuleProblem.Kind.REFERENCE);
            }
            Matcher advice = ADVICE_OF.matcher(line);
            while (advice.find()) {
                named = true;
                advice(file, rule, n, advice.group(1), advice.group(2) != null, advice.group(3), names);
            }
            Matcher note = NOTE.matcher(line);
            while (note.find()) {
                note(file, rule, n, note.group(1), note.group(2), names);
            }
            for (String m : HandedFacts.mistakes(file, n, last)) {
                refuse(file, n, "rule \"" + rule.name() + "\": " + m, RuleProblem.Kind.REFERENCE);
            }
            Matcher old = OLD_ADVICE.matcher(line);
            while (old.find()) {
                oldAdvice(file, rule, n, old);
            }
            Matcher oldNote = OLD_NOTE.matcher(file.code(n));
            if (oldNote.find()) {
                String kind = oldNote.group(1);
                problems.add(new RuleProblem(file.path(), n, "rule \"" + rule.name() + "\" writes a text out in new " + kind
                        + "(...); it works, but a text is reviewed and translated only in texts/en.yaml: put it there under"
                        + " a key of its own and write " + kind + (kind.equals("Suggestion") ? ".of(...).why(\"key\")"
                        : ".of(...).note(\"key\")") + " (see the rules guide)", RuleProblem.Kind.WARNING));
            }
            if (OLD_ID_NOT_IN_QUOTES.matcher(line).find()) {
                refuse(file, n, "rule \"" + rule.name() + "\" gives advice whose id is not one text in quotes: write it"
                        + " as one, new Advice(\"my-advice\", ...), or better Advice.of(\"my-advice\"); an id built from"
                        + " parts is not checked, and could take over another rule's advice", RuleProblem.Kind.REFERENCE);
            }
            Matcher allows = RESTRICTION_THAT_ALLOWS.matcher(file.code(n));
            if (allows.find()) {
                refuse(file, n, "rule \"" + rule.name() + "\": " + allows.group(1) + ".of(..., Decision.ALLOW) restricts"
                        + " nothing: a category no rule restricts is allowed without a conclusion saying so; write the"
                        + " MODIFY, DEFER or STOP the rule means, or leave the rule out", RuleProblem.Kind.REFERENCE);
            }
            Matcher concluded = CONCLUDED_REASON.matcher(file.code(n));
            while (concluded.find()) {
                if (reason != null && !concluded.group(1).equals(reason)) {
                    refuse(file, n, "rule \"" + rule.name() + "\" concludes " + concluded.group(1) + " but its @reason is "
                            + reason + ": a rule concludes the reason it names (write a rule for each reason)",
                            RuleProblem.Kind.METADATA);
                }
            }
        }
        if (!concludes) {
            refuse(file, rule.thenLine(), "rule \"" + rule.name() + "\" concludes nothing: its then block holds no"
                    + " insertLogical(...), so it would fire and change no result; add the conclusion it means, or"
                    + " leave the rule out", RuleProblem.Kind.METADATA);
        }
        if (named) {
            severityAndPriority(file, rule);
        }
        source(file, rule);
    }

    private void advice(DrlText file, DrlText.Rule rule, int line, String id, boolean hasBecause, String args,
            Map<String, Set<String>> names) {
        if (!own(file, rule, line, id)) {
            // its texts are the other rule's: checking them against this rule's facts would only add noise
            return;
        }
        if (!RuleData.isKey(id)) {
            refuse(file, line, "advice id \"" + id + "\" must be lower-case words joined by hyphens, such as"
                    + " \"breathe-with-the-effort\"", RuleProblem.Kind.REFERENCE);
            return;
        }
        if (!hasBecause) {
            refuse(file, line, "Advice.of(\"" + id + "\") needs .because($fact): name the matched fact its because"
                    + " text speaks of, as in insertLogical(Advice.of(\"" + id + "\").because($seen));", RuleProblem.Kind.REFERENCE);
            return;
        }
        Set<String> available = handedOver(file, rule, line, args, names);
        RuleData.AdviceText english = english().advice().get(id);
        if (available == null) {
            return;
        }
        if (english == null) {
            refuse(file, line, "advice \"" + id + "\" has no texts: " + meant(id, english().advice().keySet())
                    + "add to texts/en.yaml a line " + id + ": with an advice: and a because: line indented under it",
                    RuleProblem.Kind.REFERENCE);
            return;
        }
        for (Map.Entry<String, RuleData.Texts> language : data.texts().entrySet()) {
            RuleData.AdviceText text = language.getValue().advice().get(id);
            if (text != null) {
                placeholders(file, line, language.getKey(), id, "advice " + id + ", advice:", text.advice(), available);
                placeholders(file, line, language.getKey(), id, "advice " + id + ", because:", text.because(), available);
            }
        }
        // every language says which fact matched, as English must: "Befund: Technikfehler" twice tells nothing
        for (Map.Entry<String, RuleData.Texts> language : data.texts().entrySet()) {
            RuleData.AdviceText text = language.getValue().advice().get(id);
            boolean given = text != null && text.because() != null && !text.because().isEmpty();
            if (given || text != null && language.getKey().equals(RuleData.ENGLISH)) {
                Set<String> fromFacts = TextNames.placeholders(text.because() == null ? "" : text.because());
                fromFacts.removeIf(p -> !available.contains(p));
                if (fromFacts.isEmpty()) {
                    refuse(file, line, "the because text of advice \"" + id + "\" names none of the matched facts: say in"
                            + " texts/" + language.getKey() + ".yaml which fact matched, with a placeholder such as {"
                            + first(available) + "}", RuleProblem.Kind.REFERENCE);
                }
            }
        }
    }

    private void note(DrlText file, DrlText.Rule rule, int line, String key, String args, Map<String, Set<String>> names) {
        Set<String> available = handedOver(file, rule, line, args == null ? "" : args, names);
        String english = english().notes().get(key);
        if (available == null) {
            return;
        }
        if (key.equals(Wording.CLEARED) || key.equals(Wording.FOR_NOW) || key.equals(Wording.ONCE_SEEN)) {
            // "cleared" on a STOP would tell the person nothing was found against it
            refuse(file, line, "note \"" + key + "\" is the library's own (what it says of a category nothing restricts,"
                    + " before a modification, or before other advice under an urgent referral): a rule names a note of"
                    + " its own", RuleProblem.Kind.REFERENCE);
            return;
        }
        if (english == null) {
            refuse(file, line, "note \"" + key + "\" has no text: " + meant(key, english().notes().keySet())
                    + "add to texts/en.yaml a line " + key + ": \"the text\"", RuleProblem.Kind.REFERENCE);
            return;
        }
        for (Map.Entry<String, RuleData.Texts> language : data.texts().entrySet()) {
            String text = language.getValue().notes().get(key);
            if (text != null) {
                placeholders(file, line, language.getKey(), key, "note " + key, text, available);
            }
        }
    }

    /** A misspelled key is one letter off a key that has its texts: a new text would leave those unused. */
    private static String meant(String key, java.util.Set<String> known) {
        return ClosestName.among(key, known).map(k -> "did you mean " + k + " (it has its texts)? If not, ").orElse("");
    }

    private void oldAdvice(DrlText file, DrlText.Rule rule, int line, Matcher old) {
        own(file, rule, line, old.group(1));
        if (old.group(3) != null) {
            int priority = Integer.parseInt(old.group(3));
            if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
                refuse(file, line, "priority " + priority + " of advice \"" + old.group(1) + "\" is out of range: "
                        + MIN_PRIORITY + " (said first) to " + MAX_PRIORITY, RuleProblem.Kind.METADATA);
            }
        }
        problems.add(new RuleProblem(file.path(), line, "rule \"" + rule.name() + "\" gives advice in the old"
                + " six-argument form; it works, but the named form is clearer: put @severity(...) and @priority(...)"
                + " under the rule's name, move the two texts to texts/en.yaml under advice: " + old.group(1)
                + " (advice: and because:, with {placeholders} for the facts), and write"
                + " insertLogical(Advice.of(\"" + old.group(1) + "\").because($fact)); (see the rules guide)",
                RuleProblem.Kind.WARNING));
    }

    /**
     * An advice id belongs to one rule: two rules with one id would merge into one recommendation. Said
     * of both alike, since which of the two is the newer no file tells.
     *
     * @return whether the id is this rule's own (false when another rule gives it too)
     */
    private boolean own(DrlText file, DrlText.Rule rule, int line, String id) {
        String owner = file.path() + ":" + rule.line() + " \"" + rule.name() + "\"";
        String first = adviceOwners.putIfAbsent(id, owner);
        if (first != null && !first.equals(owner)) {
            refuse(file, line, "advice id \"" + id + "\" is given by two rules, " + first + " and " + owner + ": an id"
                    + " belongs to one rule (give the advice of one of them an id of its own, with its texts, or say both"
                    + " cases in one rule)", RuleProblem.Kind.REFERENCE);
            return false;
        }
        return true;
    }

    private void severityAndPriority(DrlText file, DrlText.Rule rule) {
        String severity = metaValue(rule, "severity");
        if (severity == null) {
            refuse(file, rule.line(), "rule \"" + rule.name() + "\" gives advice but has no @severity: add a line"
                    + " @severity(WARNING) under its name (INFO, WARNING or CRITICAL)", RuleProblem.Kind.METADATA);
        } else if (java.util.Arrays.stream(Severity.values()).noneMatch(s -> s.name().equals(severity))) {
            refuse(file, metaLine(rule, "severity"), "@severity(" + severity + ") of rule \"" + rule.name()
                    + "\" is not a severity: INFO, WARNING or CRITICAL", RuleProblem.Kind.METADATA);
        }
        String priority = metaValue(rule, "priority");
        if (priority == null) {
            refuse(file, rule.line(), "rule \"" + rule.name() + "\" gives advice but has no @priority: add a line"
                    + " @priority(3) under its name (" + MIN_PRIORITY + " is said first, up to " + MAX_PRIORITY + ")",
                    RuleProblem.Kind.METADATA);
        } else if (!priority.matches("-?\\d{1,9}") || Integer.parseInt(priority) < MIN_PRIORITY
                || Integer.parseInt(priority) > MAX_PRIORITY) {
            refuse(file, metaLine(rule, "priority"), "@priority(" + priority + ") of rule \"" + rule.name()
                    + "\" is out of range: a whole number from " + MIN_PRIORITY + " (said first) to " + MAX_PRIORITY,
                    RuleProblem.Kind.METADATA);
        }
    }

    private void source(DrlText file, DrlText.Rule rule) {
        String source = metaValue(rule, "source");
        if (source == null || data.sources().containsKey(source)) {
            return;
        }
        if (RuleData.isKey(source)) {
            refuse(file, metaLine(rule, "source"), "source \"" + source + "\" of rule \"" + rule.name() + "\" is not"
                    + " declared in " + RuleFiles.SOURCES_FILE + (data.sources().isEmpty() ? ""
                    : "; the sources are: " + String.join(", ", data.sources().keySet())), RuleProblem.Kind.REFERENCE);
        } else {
            problems.add(new RuleProblem(file.path(), metaLine(rule, "source"), "rule \"" + rule.name() + "\" writes its"
                    + " source out; declare it once in " + RuleFiles.SOURCES_FILE + " under a key (a threshold it"
                    + " mentions as {maxPainDuring}) and write @source(\"the-key\")", RuleProblem.Kind.WARNING));
        }
    }

    /** Every source's placeholders are thresholds: a source has no matched facts. */
    private void sources() {
        for (Map.Entry<String, String> e : data.sources().entrySet()) {
            for (String name : TextNames.placeholders(e.getValue())) {
                if (!thresholdNames.contains(name)) {
                    refuse(RuleFiles.SOURCES_FILE, 0, "source " + e.getKey() + " names {" + name + "}, which is not a"
                            + " threshold; a source may show " + TextNames.braces(thresholdNames), RuleProblem.Kind.REFERENCE);
                }
            }
        }
    }

    /**
     * A text's placeholders, each a field of the facts its rule hands over or a threshold: a mistake is
     * placed at the text's line in its texts file, naming the rule that hands the facts over.
     */
    private void placeholders(DrlText file, int line, String language, String key, String what, String text,
            Set<String> available) {
        for (String name : TextNames.placeholders(text)) {
            if (!available.contains(name) && !thresholdNames.contains(name)) {
                String textsFile = RuleFiles.TEXTS_DIR + language + ".yaml";
                String yaml = dataFiles == null ? null : dataFiles.apply(textsFile);
                refuse(textsFile, yaml == null ? 0 : RuleData.lineOf(yaml, key), what + " names {" + name + "}, which is"
                        + " neither a field of the facts handed over by " + file.path() + ":" + line + " ("
                        + (available.isEmpty() ? "none" : TextNames.braces(available)) + ") nor a threshold ("
                        + TextNames.braces(thresholdNames) + ")", RuleProblem.Kind.REFERENCE);
            }
        }
    }

    /** The names the facts handed to because(...) or note(...) give a text; null when the compiler must speak first. */
    private Set<String> handedOver(DrlText file, DrlText.Rule rule, int line, String args, Map<String, Set<String>> names) {
        Matcher bare = BARE_NAME_ARGUMENT.matcher(args);
        if (bare.find()) {
            String name = bare.group().replaceAll("[,\\s]", "");
            if (HandedFacts.declaredInThen(file, rule, name)) {
                // a variable of the then block compiles, and may hold one fact or another: no one checks its text
                refuse(file, line, "rule \"" + rule.name() + "\": " + name + " is a variable of the then block: a text is"
                        + " handed the facts the conditions matched, by their $names, so that its fields are checked",
                        RuleProblem.Kind.REFERENCE);
            }
            // else a fact named without its $ (because(symptom)): the compiler's to explain, with the variable meant
            return null;
        }
        Set<String> available = new LinkedHashSet<>();
        Matcher v = VARIABLE.matcher(args);
        while (v.find()) {
            Set<String> fields = names.get(v.group());
            if (fields != null && fields.isEmpty()) {
                refuse(file, line, v.group() + " is a number or a text, which a text cannot name: hand over a fact"
                        + " bound as $name : Fact(...), or a code bound as $name : field; a threshold is named in the"
                        + " text itself, as {maxPainDuring}", RuleProblem.Kind.REFERENCE);
            } else if (fields != null) {
                available.addAll(fields);
            } else {
                // a variable the conditions do not bind, or bind to an unknown fact, is the compiler's to explain
                return null;
            }
        }
        return available;
    }

    private RuleData.Texts english() {
        RuleData.Texts texts = data.texts().get(RuleData.ENGLISH);
        return texts != null ? texts : RuleData.Texts.NONE;
    }

    private static String metaValue(DrlText.Rule rule, String key) {
        DrlText.Meta meta = rule.metadata().get(key);
        return meta == null || meta.value() == null || meta.value().isBlank() ? null : meta.value().strip();
    }

    private static int metaLine(DrlText.Rule rule, String key) {
        DrlText.Meta meta = rule.metadata().get(key);
        return meta == null ? rule.line() : meta.line();
    }

    private static String first(Set<String> names) {
        return names.isEmpty() ? "exercise" : names.iterator().next();
    }

    private void refuse(DrlText file, int line, String message, RuleProblem.Kind kind) {
        refuse(file.path(), line, message, kind);
    }

    private void refuse(String file, int line, String message, RuleProblem.Kind kind) {
        problems.add(new RuleProblem(file, line, message, kind));
    }
}
