package org.backpainkb.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;
import org.backpainkb.rules.LibraryExercise;

/**
 * The exercise library's texts in another language. The English texts stay in {@code exercises.yaml},
 * where each exercise is reviewed with its category, stages and source; a translation file
 * ({@code texts/de.yaml}) gives an exercise's {@code name}, {@code amount} and {@code cues} under the
 * key {@value #SECTION}, by the exercise's id. A text a translation lacks is said in English, worth a
 * warning, as for the rules' own texts.
 */
final class ExerciseTexts {

    /** The key of a translation file under which the exercises' texts are given. */
    static final String SECTION = "exercises";
    private static final List<String> FIELDS = List.of("name", "amount", "cues");

    private ExerciseTexts() {
    }

    /**
     * Whether a key of a texts file is the exercises' section rather than an advice of that name.
     *
     * @param key the key
     * @param value what is under it
     * @return true for the section
     */
    static boolean isSection(String key, JsonNode value) {
        return key.equals(SECTION) && value.isObject() && !value.has("advice") && !value.has("because");
    }

    /**
     * Reads the section of a texts file.
     *
     * @param file the texts file's path
     * @param english whether it is the English file, which has no such section
     * @param yaml the file's text, to place problems
     * @param section what is under the key
     * @param problems where problems go
     * @return each exercise's texts, by id
     */
    static Map<String, RuleData.ExerciseText> read(String file, boolean english, String yaml, JsonNode section,
            List<RuleProblem> problems) {
        Map<String, RuleData.ExerciseText> texts = new TreeMap<>();
        if (english) {
            problems.add(RuleData.problem(file, RuleData.lineOf(yaml, SECTION), SECTION + ": the English texts of the"
                    + " exercises are in exercises.yaml, where each exercise is reviewed; only a translation gives them"
                    + " here"));
            return texts;
        }
        for (Map.Entry<String, JsonNode> e : section.properties()) {
            String id = e.getKey();
            int line = RuleData.lineOf(yaml, id);
            if (!RuleData.isKey(id)) {
                problems.add(RuleData.problem(file, line, SECTION + ": '" + RuleData.shown(id) + "' is not written as an"
                        + " exercise's id: lower-case words joined by hyphens, as in exercises.yaml"));
                continue;
            }
            RuleData.ExerciseText text = exercise(file, line, id, e.getValue(), problems);
            if (text != null) {
                texts.put(id, text);
            }
        }
        return texts;
    }

    private static RuleData.ExerciseText exercise(String file, int line, String id, JsonNode node,
            List<RuleProblem> problems) {
        String needs = " needs its texts under it: `name:`, `amount:` and `cues:` in this language (one left out is"
                + " said in English)";
        if (!node.isObject() || node.isEmpty()) {
            problems.add(RuleData.problem(file, line, "exercise " + id + needs));
            return null;
        }
        boolean wrong = false;
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String field = f.getKey();
            if (!FIELDS.contains(field)) {
                problems.add(RuleData.problem(file, line, "exercise " + id + ": '" + RuleData.shown(field) + "' is not"
                        + " one of an exercise's texts" + ClosestName.didYouMean(field, FIELDS) + "; a translation gives its name, amount and cues"));
                wrong = true;
            } else if (RuleData.field(node, field) == null) {
                problems.add(RuleData.problem(file, line, "exercise " + id + ", " + field + ": needs its text after the"
                        + " colon, in quotes"));
                wrong = true;
            } else {
                RuleData.notShowable(RuleData.field(node, field)).ifPresent(m -> problems.add(RuleData.problem(file,
                        line, "exercise " + id + ", " + field + ": " + m)));
            }
        }
        return wrong ? null : new RuleData.ExerciseText(RuleData.field(node, "name"), RuleData.field(node, "amount"),
                RuleData.field(node, "cues"));
    }

    /**
     * Checks each translation's exercises against the library: an id the library does not have is
     * refused (its texts would never be said), and an exercise a translation leaves out, or a text of
     * it, is said in English, worth a warning.
     *
     * @param data the rules' reference data
     * @param library the exercise library
     * @param files the rule files, to place problems
     * @param read what was wrong in reading the texts files: a file that could not be read is not said
     *     to lack its translations too
     * @return the problems
     */
    static List<RuleProblem> check(RuleData data, List<LibraryExercise> library, RuleFiles files, List<RuleProblem> read) {
        Set<String> ids = library.stream().map(LibraryExercise::id).collect(Collectors.toCollection(TreeSet::new));
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, RuleData.Texts> language : data.texts().entrySet()) {
            if (language.getKey().equals(RuleData.ENGLISH)) {
                continue;
            }
            String file = RuleFiles.TEXTS_DIR + language.getKey() + ".yaml";
            Map<String, RuleData.ExerciseText> given = language.getValue().exercises();
            for (String id : given.keySet()) {
                if (!ids.contains(id)) {
                    String yaml = files.dataFile(file);
                    problems.add(RuleData.problem(file, yaml == null ? 0 : RuleData.lineOf(yaml, id), SECTION
                            + ": no exercise '" + id + "' in exercises.yaml" + ClosestName.didYouMean(id, ids) + "; a translation gives the texts of"
                            + " the library's exercises, by id"));
                }
            }
            if (read.stream().noneMatch(p -> p.blocking() && p.file().equals(file))) {
                problems.addAll(untranslated(file, given, library));
            }
        }
        return problems;
    }

    private static List<RuleProblem> untranslated(String file, Map<String, RuleData.ExerciseText> given,
            List<LibraryExercise> library) {
        if (given.isEmpty()) {
            return List.of(new RuleProblem(file, 0, "the exercise library is not translated: the names, amounts and cues"
                    + " of its " + library.size() + " exercises are said in English (give them under `" + SECTION
                    + ":`, by id)", RuleProblem.Kind.WARNING));
        }
        List<RuleProblem> warnings = new ArrayList<>();
        for (LibraryExercise e : library) {
            RuleData.ExerciseText text = given.get(e.id());
            List<String> missing = text == null ? FIELDS : missing(text);
            if (!missing.isEmpty()) {
                warnings.add(new RuleProblem(file, 0, "exercise " + e.id() + ": " + String.join(", ", missing)
                        + " not translated; the English text is used", RuleProblem.Kind.WARNING));
            }
        }
        return warnings;
    }

    private static List<String> missing(RuleData.ExerciseText text) {
        List<String> missing = new ArrayList<>();
        if (text.name() == null) {
            missing.add("name");
        }
        if (text.amount() == null) {
            missing.add("amount");
        }
        if (text.cues() == null) {
            missing.add("cues");
        }
        return missing;
    }

    /**
     * The library in a language: each exercise with the texts its translation gives.
     *
     * @param library the library, in English
     * @param texts the translation's exercise texts, by id
     * @return the library to suggest from
     */
    static List<LibraryExercise> translated(List<LibraryExercise> library, Map<String, RuleData.ExerciseText> texts) {
        if (texts.isEmpty()) {
            return List.copyOf(library);
        }
        List<LibraryExercise> result = new ArrayList<>(library.size());
        for (LibraryExercise e : library) {
            RuleData.ExerciseText t = texts.get(e.id());
            result.add(t == null ? e : new LibraryExercise(e.id(), or(t.name(), e.name()), e.category(), e.direction(),
                    e.load(), e.stages(), or(t.amount(), e.amount()), or(t.cues(), e.cues()), e.avoidWhen(), e.source()));
        }
        return List.copyOf(result);
    }

    private static String or(String translated, String english) {
        return translated != null ? translated : english;
    }
}
