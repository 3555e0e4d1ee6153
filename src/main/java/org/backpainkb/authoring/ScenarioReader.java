package org.backpainkb.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backpainkb.internal.CaseDocuments;
import org.backpainkb.internal.CaseMapper;
import org.backpainkb.internal.ClosestName;
import org.backpainkb.internal.HiddenCharacters;
import org.backpainkb.internal.YamlLayout;
import org.backpainkb.model.Case;
import org.backpainkb.model.Decision;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.ProblemCode;
import org.backpainkb.model.InvalidCaseException.Problem;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Urgency;

/**
 * Reads scenario files, YAML or JSON:
 *
 * <pre>
 * name: Walking makes it worse
 * description: optional, in words
 * case:            # a case in the case format
 *   symptoms: ...
 * expect:          # any of these keys
 *   referral: NONE
 *   stage: MOBILITY
 *   reasons: [WRONG_EXERCISE]
 *   notReasons: [RED_FLAG]
 *   clearances: {WALKING: MODIFY}
 *   recommendations: [find-an-exercise-that-gets-you-back-to-walking]
 *   notRecommendations: [get-checked-by-a-doctor]
 *   risk: MEDIUM
 *   directionalPreference: FLEXION
 *   doses: {MOBILITY: INCREASE}
 *   suggestions: [stationary-cycling]
 *   notSuggestions: [prone-press-up]
 * </pre>
 *
 * Anything else is refused with the path of the field and what is allowed there.
 */
public final class ScenarioReader {

    private static final List<String> TOP_KEYS = List.of("name", "description", "case", "expect");

    private static final Expectation NOTHING_EXPECTED = new Expectation(null, null, null, null, null, null, null, null,
            null, null, null, null);

    private ScenarioReader() {
    }

    /**
     * A YAML file the parser refused, with a tab or a line out of line, is reported at the line of
     * that mistake and named as such; anything else as the parser said.
     */
    private static InvalidCaseException layoutMistake(Path file, InvalidCaseException refused) {
        boolean malformed = refused.problems().stream().anyMatch(p -> p.code() == ProblemCode.MALFORMED);
        if (!malformed || file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return refused;
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException notText) {
            return refused;
        }
        return YamlLayout.firstMistake(text)
                .map(m -> new InvalidCaseException("", ProblemCode.MALFORMED, "line " + m.line() + ": " + m.message()))
                .orElse(refused);
    }

    /**
     * Reads one scenario file.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
     * @return the scenario
     * @throws InvalidCaseException naming every refused field
     * @throws IOException when the file cannot be read
     */
    public static Scenario read(Path file) throws IOException {
        AsFarAsRead read = readAsFarAsPossible(file);
        if (!read.refused().isEmpty()) {
            throw new InvalidCaseException(read.refused());
        }
        return read.scenario();
    }

    /**
     * A scenario file as far as it could be read: the scenario, when its case reads and its
     * expectation is an object, with what of the expectation reads; and every field refused.
     *
     * @param scenario the scenario to run, or null when its case or expectation cannot be read
     * @param refused every refused field; empty when the file reads whole
     */
    record AsFarAsRead(Scenario scenario, List<Problem> refused) {
    }

    /**
     * Reads one scenario file, keeping what reads: a misspelled expectation leaves the rest of it to
     * be checked in the same run, so that an author sees every mistake of a scenario at once.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} file
     * @return the scenario as far as it reads, and every refused field
     * @throws InvalidCaseException when the file is not a scenario at all (not YAML or JSON, not an object)
     * @throws IOException when the file cannot be read
     */
    static AsFarAsRead readAsFarAsPossible(Path file) throws IOException {
        JsonNode root;
        try {
            root = CaseDocuments.readFile(file);
        } catch (InvalidCaseException e) {
            throw layoutMistake(file, e);
        }
        List<Problem> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new InvalidCaseException("", ProblemCode.WRONG_TYPE, "a scenario must be an object with the keys " + String.join(", ", TOP_KEYS));
        }
        unknownKeys(root, "", TOP_KEYS, problems);
        String name = text(root.get("name"), "name", true, problems);
        String description = text(root.get("description"), "description", false, problems);
        Case c = null;
        JsonNode caseNode = root.get("case");
        if (caseNode == null || caseNode.isNull()) {
            problems.add(new Problem("case", ProblemCode.MISSING, "is required: the case the rules assess, in the case format"));
        } else {
            try {
                c = CaseMapper.toCase(caseNode, "case");
            } catch (InvalidCaseException e) {
                problems.addAll(e.problems());
            }
        }
        Expectation expect = null;
        JsonNode expectNode = root.get("expect");
        if (expectNode == null || expectNode.isNull()) {
            problems.add(new Problem("expect", ProblemCode.MISSING, "is required, with any of: " + String.join(", ", Expectation.KEYS)));
        } else if (expectNode.isObject() && checksNothing(expectNode)) {
            // a scenario that expects nothing passes whatever the rules say
            problems.add(new Problem("expect", ProblemCode.MISSING, "is empty, so the scenario would pass whatever the"
                    + " rules say: give any of " + String.join(", ", Expectation.KEYS)));
        } else {
            expect = expectation(expectNode, problems);
        }
        // an expectation whose every key was refused would run and check nothing
        Scenario scenario = c == null || expect == null || expect.equals(NOTHING_EXPECTED) ? null
                : new Scenario(file.toString(), name == null ? String.valueOf(file.getFileName()) : name, description, c, expect);
        return new AsFarAsRead(scenario, List.copyOf(problems));
    }

    /**
     * The scenario files among some paths: files as given, folders searched for {@code .yaml},
     * {@code .yml} and {@code .json} files at any depth, in name order.
     *
     * @param paths files and folders
     * @return the files
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public static List<Path> scenarioFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ScenarioReader::isScenarioFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isScenarioFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** An expectation of nothing, or of empty lists alone: each list says what must be found, so none says nothing. */
    private static boolean checksNothing(JsonNode expect) {
        for (JsonNode value : expect) {
            if (!value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private static Expectation expectation(JsonNode node, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem("expect", ProblemCode.WRONG_TYPE, "must be an object with any of: " + String.join(", ", Expectation.KEYS)));
            return null;
        }
        unknownKeys(node, "expect", Expectation.KEYS, problems);
        Urgency referral = code(node.get("referral"), "expect.referral", Urgency.class, problems);
        Stage stage = code(node.get("stage"), "expect.stage", Stage.class, problems);
        List<ReasonCode> reasons = reasonCodes(node.get("reasons"), "expect.reasons", problems);
        List<ReasonCode> notReasons = reasonCodes(node.get("notReasons"), "expect.notReasons", problems);
        Map<ExerciseCategory, Decision> clearances = byCategory(node.get("clearances"), "expect.clearances", Decision.class,
                "WALKING: MODIFY", problems);
        Map<ExerciseCategory, Dose> doses = byCategory(node.get("doses"), "expect.doses", Dose.class, "MOBILITY: INCREASE",
                problems);
        RiskGroup risk = code(node.get("risk"), "expect.risk", RiskGroup.class, problems);
        DirectionalPreference preference = code(node.get("directionalPreference"), "expect.directionalPreference",
                DirectionalPreference.class, problems);
        List<String> suggestions = ids(node.get("suggestions"), "expect.suggestions", "library exercise ids", problems);
        List<String> notSuggestions = ids(node.get("notSuggestions"), "expect.notSuggestions", "library exercise ids",
                problems);
        List<String> recommendations = ids(node.get("recommendations"), "expect.recommendations", "recommendation ids",
                problems);
        List<String> notRecommendations = ids(node.get("notRecommendations"), "expect.notRecommendations",
                "recommendation ids", problems);
        return new Expectation(referral, stage, reasons, notReasons, clearances, recommendations, risk, preference, doses,
                suggestions, notSuggestions, notRecommendations);
    }

    private static List<String> ids(JsonNode node, String path, String what, List<Problem> problems) {
        List<String> ids = new ArrayList<>();
        if (node != null && !node.isNull()) {
            if (!node.isArray()) {
                problems.add(new Problem(path, ProblemCode.WRONG_TYPE, "must be a list of " + what));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    String id = text(node.get(i), path + "[" + i + "]", true, problems);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    /** 'CATEGORY: CODE' lines, such as the clearances or the doses expected. */
    private static <E extends Enum<E>> Map<ExerciseCategory, E> byCategory(JsonNode node, String path, Class<E> type,
            String example, List<Problem> problems) {
        Map<ExerciseCategory, E> values = new EnumMap<>(ExerciseCategory.class);
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            problems.add(new Problem(path, ProblemCode.WRONG_TYPE, "must be 'CATEGORY: " + type.getSimpleName().toUpperCase(Locale.ROOT)
                    + "' lines, e.g. " + example));
            return values;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            ExerciseCategory category = parse(e.getKey(), ExerciseCategory.class);
            if (category == null) {
                problems.add(new Problem(path + "." + shown(e.getKey()), ProblemCode.UNKNOWN_CODE,
                        "unknown exercise category" + didYouMean(e.getKey(), ExerciseCategory.class) + "; allowed values: "
                        + allowed(ExerciseCategory.class)));
                continue;
            }
            E value = code(e.getValue(), path + "." + e.getKey(), type, problems);
            if (value != null) {
                values.put(category, value);
            }
        }
        return values;
    }

    private static void unknownKeys(JsonNode node, String path, List<String> allowed, List<Problem> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problems.add(new Problem(path.isEmpty() ? shown(key) : path + "." + shown(key), ProblemCode.UNKNOWN_FIELD,
                        "unknown key '" + shown(key) + "'" + ClosestName.didYouMean(key, allowed) + "; allowed keys" + (path.isEmpty() ? "" : " in " + path) + ": " + String.join(", ", allowed)));
            }
        }
    }

    private static String text(JsonNode node, String path, boolean required, List<Problem> problems) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(new Problem(path, ProblemCode.MISSING, "is required"));
            }
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            problems.add(new Problem(path, ProblemCode.WRONG_TYPE, "must be text"));
            return null;
        }
        return node.textValue();
    }

    private static <E extends Enum<E>> E code(JsonNode node, String path, Class<E> type, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        E value = node.isTextual() ? parse(node.textValue(), type) : null;
        if (value == null) {
            problems.add(new Problem(path, ProblemCode.UNKNOWN_CODE, "unknown code " + (node.isTextual()
                    ? HiddenCharacters.quoted(node.textValue(), MOST_SHOWN) : shown(node.toString()))
                    + (node.isTextual() ? didYouMean(node.textValue(), type) : "") + "; allowed values: " + allowed(type)));
        }
        return value;
    }

    /** Reason codes are open: any code written as one reads; whether the rules declare it is the rules' check. */
    private static List<ReasonCode> reasonCodes(JsonNode node, String path, List<Problem> problems) {
        List<ReasonCode> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(new Problem(path, ProblemCode.WRONG_TYPE, "must be a list, e.g. [" + ReasonCode.RED_FLAG + "]"));
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isTextual() && ReasonCode.isWellFormed(item.textValue())) {
                values.add(ReasonCode.of(item.textValue()));
            } else {
                problems.add(new Problem(path + "[" + i + "]", ProblemCode.UNKNOWN_CODE, "not a reason code: " + (item.isTextual()
                        ? HiddenCharacters.quoted(item.textValue(), MOST_SHOWN) : shown(item.toString()))
                        + "; a reason code is written in capitals with underscores, e.g. "
                        + ReasonCode.contractCodes().stream().map(ReasonCode::name).collect(Collectors.joining(", "))));
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E parse(String text, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text)).findFirst().orElse(null);
    }

    /** The most characters of a written key or value a message shows: a message names it, never copies it whole. */
    private static final int MOST_SHOWN = 40;

    /** A key or value as written, as a message shows it: hidden characters named, a long one cut. */
    private static String shown(String written) {
        return HiddenCharacters.shortened(written, MOST_SHOWN);
    }

    private static String didYouMean(String written, Class<? extends Enum<?>> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return ClosestName.didYouMean(written, names);
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
