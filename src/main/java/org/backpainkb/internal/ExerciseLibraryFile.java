package org.backpainkb.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Load;
import org.backpainkb.model.Stage;
import org.backpainkb.rules.Contraindication;
import org.backpainkb.rules.LibraryExercise;

/**
 * Reads {@code exercises.yaml}, the exercise library the suggestion rules pick from: a list of
 * entries, each checked field by field with its line, then the library as a whole against what
 * contract statement 13 needs of it whatever the case (for every stage an exercise of the stage's
 * work in a neutral direction, and exercises in each direction and aerobic ones that nothing can
 * rule out).
 */
public final class ExerciseLibraryFile {

    /** The library's file name beside the rules. */
    public static final String FILE = "exercises.yaml";

    /**
     * The most exercises a library may hold: every suggested exercise is written into the result with
     * its texts, so the library's size bounds a result's.
     */
    public static final int MAX_EXERCISES = 500;

    private static final JsonFactory YAML = new YAMLFactory();
    private static final List<String> FIELDS = List.of("id", "name", "category", "direction", "load", "stages",
            "amount", "cues", "avoidWhen", "source");

    private ExerciseLibraryFile() {
    }

    /**
     * Parses and checks the library.
     *
     * @param yaml the file's contents
     * @return the exercises, by category then id: the order suggestions are listed in
     * @throws RulesException naming the file and line of every problem
     */
    public static List<LibraryExercise> parse(String yaml) {
        List<RuleProblem> problems = new ArrayList<>();
        List<LibraryExercise> library = new ArrayList<>();
        if (yaml == null) {
            throw new RulesException(List.of(problem(0, "the exercise library is missing")));
        }
        try (JsonParser parser = PrecomputedTrees.parser(YAML, yaml)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new RulesException(List.of(problem(1, "the file must be a list of exercises, each starting with '- id:'")));
            }
            Set<String> ids = new HashSet<>();
            int entries = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                if (++entries > MAX_EXERCISES) {
                    throw new RulesException(List.of(problem(line, "the library holds more than " + MAX_EXERCISES
                            + " exercises; a suggestion shows every exercise that meets it, so keep the library to the"
                            + " exercises the rules may suggest")));
                }
                JsonNode node = Trees.read(parser);
                LibraryExercise e = entry(node, new Entry(yaml, line), problems);
                if (e != null && !ids.add(e.id())) {
                    problems.add(problem(line, "id '" + e.id() + "' is used twice; every exercise needs its own"));
                } else if (e != null) {
                    library.add(e);
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                problems.add(problem(parser.currentTokenLocation().getLineNr(), "each entry must be an exercise: 'id:', 'name:' and so on"));
            } else if (parser.nextToken() != null) {
                // a second document ("---") would be dropped unread: every exercise after it never in force
                problems.add(problem(parser.currentTokenLocation().getLineNr(), "more follows the end of the document"
                        + " (a '---' line?): the library is one list of exercises; take the line out so that the"
                        + " exercises after it are read"));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new RulesException(List.of(problem(line, RuleData.notValidYaml(e))));
        } catch (IOException e) {
            throw new RulesException(List.of(problem(0, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""))));
        }
        if (problems.isEmpty()) {
            problems.addAll(coverage(library));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        library.sort(Comparator.comparing(LibraryExercise::category).thenComparing(LibraryExercise::id));
        return List.copyOf(library);
    }

    private static LibraryExercise entry(JsonNode node, Entry at, List<RuleProblem> problems) {
        int before = problems.size();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                problems.add(problem(at.lineOf(name), name + ": unknown field; known fields: " + String.join(", ", FIELDS)));
            }
        }
        String id = text(node, "id", at, null, problems);
        if (id != null && !RuleData.isKey(id)) {
            problems.add(problem(at.lineOf("id"), "id: '" + RuleData.shown(id) + "' must be kebab-case, e.g."
                    + " 'knee-to-chest-stretch', in at most " + RuleData.MAX_KEY_LENGTH + " characters"));
        }
        String name = text(node, "name", at, id, problems);
        ExerciseCategory category = code(node, "category", ExerciseCategory.class, at, id, problems);
        Direction direction = code(node, "direction", Direction.class, at, id, problems);
        Load load = code(node, "load", Load.class, at, id, problems);
        List<Stage> stages = codes(node, "stages", Stage.class, true, at, id, problems);
        String amount = text(node, "amount", at, id, problems);
        String cues = text(node, "cues", at, id, problems);
        List<Contraindication> avoidWhen = codes(node, "avoidWhen", Contraindication.class, false, at, id, problems);
        String source = text(node, "source", at, id, problems);
        if (load == Load.EXTERNAL && stages != null && stages.contains(Stage.MOBILITY)) {
            // statement 5 and the article: restore mobility first, and add no load to a spine that does not move fully
            problems.add(problem(at.lineOf("stages"), "stages" + where(id) + ": an exercise with EXTERNAL load does not"
                    + " fit the stage MOBILITY: while mobility is restored, no load is added to the spine"));
        }
        return problems.size() > before ? null
                : new LibraryExercise(id, name, category, direction, load, stages, amount, cues, avoidWhen, source);
    }

    /**
     * Which exercise a problem is about, after the field's name: made only for a problem, since a
     * fresh JVM builds the code of each new way of joining texts the first time it runs.
     */
    private static String where(String id) {
        return id == null ? "" : " (" + id + ")";
    }

    private static String text(JsonNode node, String field, Entry at, String id, List<RuleProblem> problems) {
        JsonNode v = node.get(field);
        String what = field + where(id) + ": ";
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            problems.add(problem(at.lineOf(field), what + (v == null || v.isNull() ? "is required: a text in quotes"
                    : v.isTextual() ? "is empty; it is required: a text in quotes" : "must be a text, was " + v)));
            return null;
        }
        RuleData.notShowable(v.textValue()).ifPresent(m -> problems.add(problem(at.lineOf(field), what + m)));
        return v.textValue().strip();
    }

    private static <E extends Enum<E>> E code(JsonNode node, String field, Class<E> type, Entry at, String id,
            List<RuleProblem> problems) {
        JsonNode v = node.get(field);
        E value = v == null || !v.isTextual() ? null : byName(type, v.textValue());
        if (value == null) {
            problems.add(problem(at.lineOf(field), field + where(id) + ": " + (v == null ? "is required" : "unknown value " + v)
                    + "; allowed values: " + allowed(type)));
        }
        return value;
    }

    private static <E extends Enum<E>> List<E> codes(JsonNode node, String field, Class<E> type, boolean required, Entry at,
            String id, List<RuleProblem> problems) {
        JsonNode v = node.get(field);
        if (v == null && !required) {
            return List.of();
        }
        if (v == null || !v.isArray() || (required && v.isEmpty())) {
            String what = v == null || v.isNull() ? "is required, a list of "
                    : v.isArray() ? "is empty; it needs at least one of " : "must be a list in square brackets, such as ["
                            + type.getEnumConstants()[0].name() + "], was " + v + "; allowed values: ";
            problems.add(problem(at.lineOf(field), field + where(id) + ": " + what + allowed(type)));
            return List.of();
        }
        List<E> values = new ArrayList<>();
        for (JsonNode item : v) {
            E value = item.isTextual() ? byName(type, item.textValue()) : null;
            if (value == null) {
                problems.add(problem(at.lineOf(field), field + where(id) + ": unknown value " + item + "; allowed values: " + allowed(type)));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E byName(Class<E> type, String name) {
        for (E code : type.getEnumConstants()) {
            if (code.name().equals(name)) {
                return code;
            }
        }
        return null;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /**
     * What statement 13 needs of the library whatever the case: only exercises nothing can rule out
     * (no {@code avoidWhen}) count here, and none of the WALKING category (walking may be aggravated).
     */
    private static List<RuleProblem> coverage(List<LibraryExercise> library) {
        // each description is put together only when the library lacks what it describes; one problem a
        // description, naming every stage it is lacking for, since one exercise that lists them all mends it
        Map<String, List<Stage>> lacking = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            if (!has(library, stage, e -> e.category() == stage.workCategory() && e.direction() == Direction.NEUTRAL)) {
                lacking.computeIfAbsent("a NEUTRAL exercise of category " + stage.workCategory(), k -> new ArrayList<>()).add(stage);
            }
            for (Direction d : List.of(Direction.FLEXION, Direction.EXTENSION)) {
                if (!has(library, stage, e -> e.direction() == d && (e.category() == ExerciseCategory.MOBILITY
                        || e.category() == ExerciseCategory.MOTOR_CONTROL || e.category() == ExerciseCategory.AEROBIC))) {
                    lacking.computeIfAbsent("a " + d + " exercise of category MOBILITY, MOTOR_CONTROL or AEROBIC",
                            k -> new ArrayList<>()).add(stage);
                }
                Direction against = d == Direction.FLEXION ? Direction.EXTENSION : Direction.FLEXION;
                if (!has(library, stage, e -> e.category() == ExerciseCategory.AEROBIC && e.direction() != against)) {
                    lacking.computeIfAbsent("an AEROBIC exercise that is not " + against + " (a NEUTRAL one is neither)",
                            k -> new ArrayList<>()).add(stage);
                }
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        lacking.forEach((description, stages) -> problems.add(lacks(description, stages)));
        return problems;
    }

    /** Whether the library has an exercise for the stage, with no avoidWhen, that is what is asked. */
    private static boolean has(List<LibraryExercise> library, Stage stage, Predicate<LibraryExercise> what) {
        return library.stream().anyMatch(e -> e.stages().contains(stage) && e.avoidWhen().isEmpty() && what.test(e));
    }

    private static RuleProblem lacks(String description, List<Stage> stages) {
        return problem(0, "the library needs " + description + " for " + (stages.size() == 1 ? "stage " : "stages ")
                + String.join(", ", stages.stream().map(Stage::name).toList())
                + " with no avoidWhen, so that every case has the suggestions the contract asks for");
    }

    /**
     * An entry of the file, to say at which line a field of it stands: worked out only for a problem,
     * so reading a good library costs nothing more.
     *
     * @param yaml the whole file
     * @param line the 1-based line where the entry starts
     */
    private record Entry(String yaml, int line) {
        /** The line of a field of this entry; the entry's own line when the field is not written in it. */
        int lineOf(String field) {
            Pattern key = Pattern.compile("\\s*(-\\s+)?" + Pattern.quote(field) + "\\s*:.*");
            List<String> lines = yaml.lines().toList();
            for (int i = line - 1; i < lines.size(); i++) {
                if (i > line - 1 && startsAnEntry(lines.get(i))) {
                    break;
                }
                if (key.matcher(lines.get(i)).matches()) {
                    return i + 1;
                }
            }
            return line;
        }

        private static boolean startsAnEntry(String line) {
            return line.startsWith("-") && (line.length() == 1 || Character.isWhitespace(line.charAt(1)));
        }
    }

    private static RuleProblem problem(int line, String message) {
        return new RuleProblem(FILE, line, message, RuleProblem.Kind.LIBRARY);
    }
}
