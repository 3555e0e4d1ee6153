package org.backpainkb.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.ProblemCode;
import org.backpainkb.model.InvalidCaseException.Problem;

/**
 * A place in a case's tree with its path: reading a field records a problem at that path instead of
 * failing, so {@link CaseMapper} can report every problem of a case at once.
 */
final class CaseNode {

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final JsonNode json;
    private final String path;
    private final FoundProblems problems;
    /**
     * How many problems the reading had found when this node was made: it reads depth first, so those
     * found since are this node's and its children's.
     */
    private final int foundBefore;
    /** Whole numbers too large for an int, by field, as written; see {@link #integer}. */
    private Map<String, String> beyondInt;

    CaseNode(JsonNode json, String path, FoundProblems problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
        this.foundBefore = problems.found();
    }

    boolean isPresent() {
        return json != null && !json.isNull() && !json.isMissingNode();
    }

    CaseNode child(String field) {
        return new CaseNode(json.get(field), path.isEmpty() ? field : path + "." + field, problems);
    }

    void problem(ProblemCode code, String message) {
        problems.add(new Problem(path, code, message));
    }

    void problem(ProblemCode code, String message, List<String> allowed) {
        problems.add(new Problem(path, code, message, allowed, null, null));
    }

    boolean isObject(String what) {
        if (json != null && json.isObject()) {
            return true;
        }
        problem(json == null || json.isNull() ? ProblemCode.MISSING : ProblemCode.WRONG_TYPE, "expected " + what + ", got "
                + describe(json));
        return false;
    }

    void onlyFields(String... known) {
        Set<String> allowed = Set.of(known);
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                // the field's name is the input's: shown, as a value is, in the path that names it
                new CaseNode(null, (path.isEmpty() ? "" : path + ".") + HiddenCharacters.shortened(name, MOST_QUOTED),
                        problems)
                        .problem(ProblemCode.UNKNOWN_FIELD, "unknown field" + ClosestName.didYouMean(name, List.of(known))
                        + "; known fields: " + String.join(", ", known), List.of(known));
            }
        }
    }

    /** Runs a record's constructor, recording its refusal under this node's path. */
    <T> T make(Supplier<T> constructor) {
        if (hasProblems()) {
            checkWhatDidRead(constructor);
            reportBeyondInt();
            return null;
        }
        try {
            T made = constructor.get();
            if (beyondInt == null) {
                return made;
            }
        } catch (InvalidCaseException e) {
            for (Problem p : e.problems()) {
                String written = beyondInt == null || p.code() != ProblemCode.OUT_OF_RANGE ? null : beyondInt.remove(p.path());
                problems.add((written == null ? p : Problem.outOfRange(p.path(), written, p.min(), p.max())).under(path));
            }
        }
        reportBeyondInt();
        return null;
    }

    /**
     * Puts the fields that did read to the record's own checks, so that a refusal lists every problem
     * of an object, not the first kind found: an unknown region does not hide an intensity of 14. What
     * did not read is null there; the record's word on it repeats a problem already said, and is left out.
     */
    private void checkWhatDidRead(Supplier<?> constructor) {
        if (path.isEmpty()) {
            // the case itself: each of its parts was made, and checked, on its own
            return;
        }
        if (problems.someOnlyCounted()) {
            // what was said here is no longer all kept: the record's word could only repeat it
            return;
        }
        Set<String> said = new HashSet<>();
        problems.keptSince(foundBefore).forEach(p -> said.add(p.path()));
        try {
            constructor.get();
        } catch (InvalidCaseException e) {
            for (Problem p : e.problems()) {
                Problem placed = p.under(path);
                if (!said.contains(placed.path()) && (beyondInt == null || !beyondInt.containsKey(p.path()))) {
                    problems.add(placed);
                }
            }
        } catch (RuntimeException e) {
            // a number that did not read is null where the record takes an int: its problem is already said
        }
    }

    /** A number beyond an int that the record's range let through (it has no upper bound) is still refused. */
    private void reportBeyondInt() {
        if (beyondInt != null) {
            beyondInt.forEach((field, written) -> problems.add(Problem.outOfRange(field, written,
                    written.startsWith("-") ? Integer.MIN_VALUE : null, written.startsWith("-") ? null : Integer.MAX_VALUE)
                    .under(path)));
            beyondInt = null;
        }
    }

    /** Whether a problem was already found here, so the constructor would only repeat it. */
    private boolean hasProblems() {
        return problems.found() > foundBefore;
    }

    String text(String field, boolean required) {
        CaseNode c = child(field);
        if (!c.isPresent()) {
            if (required) {
                c.problem(ProblemCode.MISSING, "is required");
            }
            return null;
        }
        if (!c.json.isTextual()) {
            c.problem(ProblemCode.WRONG_TYPE, "expected text, got " + describe(c.json));
            return null;
        }
        return c.json.textValue();
    }

    Integer integer(String field, boolean required) {
        CaseNode c = child(field);
        if (!c.isPresent()) {
            if (required) {
                c.problem(ProblemCode.MISSING, "is required");
            }
            return null;
        }
        if (c.json.isNumber() && Double.isInfinite(c.json.doubleValue())) {
            // 1e400: a number, and a whole one, but past what any reader holds
            c.problem(ProblemCode.OUT_OF_RANGE, "is out of range: far beyond any value of this field");
            return null;
        }
        // 5.0 and 1e2 are whole numbers too, for JSON Schema's "integer" as for a person
        if (!c.json.isNumber() || !c.json.canConvertToExactIntegral()) {
            c.problem(ProblemCode.WRONG_TYPE, "expected a whole number, got " + describe(c.json));
            return null;
        }
        if (!c.json.canConvertToInt()) {
            // Taken as an int it would wrap (4294967301 reads as 5): the record gets a value beyond every
            // range instead, and make() words its refusal with the number as written.
            if (beyondInt == null) {
                beyondInt = new HashMap<>();
            }
            beyondInt.put(field, c.json.asText());
            return c.json.bigIntegerValue().signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        }
        return c.json.intValue();
    }

    boolean bool(String field, boolean defaultValue) {
        CaseNode c = child(field);
        if (!c.isPresent()) {
            return defaultValue;
        }
        return c.asBool(defaultValue);
    }

    Boolean requiredBool(String field) {
        CaseNode c = child(field);
        if (!c.isPresent()) {
            c.problem(ProblemCode.MISSING, "is required; allowed values: true, false", List.of("true", "false"));
            return false;
        }
        return c.asBool(false);
    }

    private boolean asBool(boolean fallback) {
        if (!json.isBoolean()) {
            problem(ProblemCode.WRONG_TYPE, "expected true or false, got " + describe(json), List.of("true", "false"));
            return fallback;
        }
        return json.booleanValue();
    }

    LocalDate date(String field) {
        String text = text(field, true);
        if (text == null) {
            return null;
        }
        try {
            // the parser would also take +10000-01-01 or -0001-06-01, which no schema of the format accepts
            if (!ISO_DATE.matcher(text).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            child(field).problem(ProblemCode.WRONG_TYPE, "expected an ISO date such as 2026-03-01, got " + quoted(text));
            return null;
        }
    }

    <E extends Enum<E>> E code(String field, Class<E> type, boolean required) {
        CaseNode c = child(field);
        if (!c.isPresent()) {
            if (required) {
                c.problem(ProblemCode.MISSING, "is required; allowed values: " + allowed(type), codes(type));
            }
            return null;
        }
        return c.asCode(type);
    }

    <E extends Enum<E>> E asCode(Class<E> type) {
        if (json != null && json.isTextual()) {
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(json.textValue())) {
                    return value;
                }
            }
            if (problems.countedAlone()) {
                return null;
            }
            problem(ProblemCode.UNKNOWN_CODE, "unknown code " + quoted(json.textValue()) + ClosestName.didYouMean(json.textValue(),
                    codes(type)) + "; allowed values: " + allowed(type), codes(type));
        } else {
            problem(ProblemCode.WRONG_TYPE, "expected one of " + allowed(type) + ", got " + describe(json), codes(type));
        }
        return null;
    }

    /** A list of objects, each mapped by {@code element} once it is known to be an object. */
    <T> List<T> objects(String field, Function<CaseNode, T> element) {
        return list(field, item -> item.isObject("an object") ? element.apply(item) : null);
    }

    <T> List<T> list(String field, Function<CaseNode, T> element) {
        CaseNode c = child(field);
        if (!c.isPresent()) {
            return List.of();
        }
        if (!c.json.isArray()) {
            c.problem(ProblemCode.WRONG_TYPE, "expected a list, got " + describe(c.json));
            return List.of();
        }
        if (c.json.size() > CaseMapper.MAX_LIST_ELEMENTS) {
            c.problem(ProblemCode.TOO_LARGE, "has " + c.json.size() + " elements; the most a list may hold is "
                    + CaseMapper.MAX_LIST_ELEMENTS);
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < c.json.size(); i++) {
            CaseNode item = new CaseNode(c.json.get(i), c.path + "[" + i + "]", problems);
            T value = item.isPresent() ? element.apply(item) : null;
            if (!item.isPresent()) {
                item.problem(ProblemCode.MISSING, "is empty; remove it or fill it in");
            }
            values.add(value);
        }
        return values;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", codes(type));
    }

    /** A value of the case as a message quotes it: hidden characters named, a long one cut. */
    private static String quoted(String value) {
        return HiddenCharacters.quoted(value, MOST_QUOTED);
    }

    /** The most characters of a value a message quotes: more than any code, date or number of a case. */
    private static final int MOST_QUOTED = 40;

    private static List<String> codes(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static String describe(JsonNode json) {
        if (json == null || json.isMissingNode() || json.isNull()) {
            return "nothing";
        }
        if (json.isTextual() && json.textValue().isEmpty()) {
            // "" or YAML's '' (YAML's "redFlags:" with nothing after it is null, not a text)
            return "an empty text";
        }
        if (json.isTextual()) {
            return quoted(json.textValue());
        }
        if (json.isObject()) {
            return "an object";
        }
        if (json.isArray()) {
            return "a list";
        }
        return json.toString();
    }
}
