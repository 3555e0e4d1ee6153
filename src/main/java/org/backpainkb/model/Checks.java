package org.backpainkb.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The case format's constraints, checked when a fact is made so no invalid fact exists. */
final class Checks {

    private Checks() {
    }

    /**
     * Runs every check of one record and refuses with all their problems at once, so a record with
     * two bad values reports both, not only the first.
     */
    static void all(Runnable... checks) {
        List<InvalidCaseException.Problem> problems = new ArrayList<>();
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (InvalidCaseException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
    }

    static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidCaseException(InvalidCaseException.Problem.outOfRange(field, value, min, max));
        }
        return value;
    }

    static Integer optionalRange(Integer value, int min, int max, String field) {
        return value == null ? null : range(value, min, max, field);
    }

    static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new InvalidCaseException(InvalidCaseException.Problem.outOfRange(field, value, min, null));
        }
        return value;
    }

    static <E extends Enum<E>> E required(E value, String field, Class<E> type) {
        if (value == null) {
            throw new InvalidCaseException(new InvalidCaseException.Problem(field, InvalidCaseException.ProblemCode.MISSING,
                    "is required; allowed values: " + allowedValues(type), codes(type), null, null));
        }
        return value;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidCaseException(field, InvalidCaseException.ProblemCode.MISSING, "is required");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (value == null || blank(value)) {
            throw new InvalidCaseException(field, InvalidCaseException.ProblemCode.MISSING, "is required and must not be blank");
        }
        // a name is shown in texts: an escape in it could rewrite what the person reads
        shown(value, field);
        int length = value.codePointCount(0, value.length());   // as a JSON Schema's maxLength counts
        if (length > Case.MAX_NAME_LENGTH) {
            // a name is shown in texts and compared in rules' conditions: each costs its length
            throw new InvalidCaseException(field, InvalidCaseException.ProblemCode.TOO_LARGE, "has " + length
                    + " characters; a name has at most " + Case.MAX_NAME_LENGTH);
        }
        return value;
    }

    /**
     * A case's id, when given: echoed in the result, printed in reports and written to logs, so it
     * holds no character a screen or a log acts on (a line break would forge a log line) and is no
     * longer than a name.
     *
     * @param value the id, or null
     * @return the id
     */
    static String id(String value) {
        if (value == null) {
            return null;
        }
        shown(value, "id");
        int length = value.codePointCount(0, value.length());
        if (length > Case.MAX_NAME_LENGTH) {
            throw new InvalidCaseException("id", InvalidCaseException.ProblemCode.TOO_LARGE, "has " + length
                    + " characters; an id has at most " + Case.MAX_NAME_LENGTH);
        }
        return value;
    }

    /** Refuses a text holding a character that is not shown, or half of one. */
    private static void shown(String value, String field) {
        int hidden = org.backpainkb.internal.HiddenCharacters.first(value, false);
        if (hidden < 0) {
            return;
        }
        String named = org.backpainkb.internal.HiddenCharacters.named(hidden);
        throw new InvalidCaseException(field, InvalidCaseException.ProblemCode.MALFORMED,
                Character.getType(hidden) == Character.SURROGATE
                        ? "holds " + named + ", half of a character (a surrogate without its pair), which no file"
                                + " can hold: take it out"
                        : "holds the character " + named + ", which is not shown but acted on by a screen: take it out");
    }

    /**
     * Whether a text is only spaces, as a JSON Schema's {@code \\S} sees them: Java's own test leaves
     * out the no-break spaces, and a name of those alone would pass here and fail the schema.
     */
    private static boolean blank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) && c < 0x1C || c == ' ' || Character.isSpaceChar(c)
                || c == 0xFEFF);
    }

    /**
     * A date the case format can write: a year of four digits, as {@code 2026-03-01}.
     *
     * @param value the date, or null
     * @param field the field's name
     * @return the date
     */
    static java.time.LocalDate writableDate(java.time.LocalDate value, String field) {
        if (value != null && (value.getYear() < 0 || value.getYear() > 9999)) {
            throw new InvalidCaseException(field, InvalidCaseException.ProblemCode.OUT_OF_RANGE, value
                    + " is out of range: a date's year has four digits, 0000 to 9999");
        }
        return value;
    }

    /** An immutable copy; a missing list is empty, a missing element is refused with its index. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        // as many as a reader takes: what the model holds can be written and read back
        int most = Case.MAX_LIST_ELEMENTS;
        if (values.size() > most) {
            throw new InvalidCaseException(field, InvalidCaseException.ProblemCode.TOO_LARGE, "has " + values.size()
                    + " elements; the most a list may hold is " + most);
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(required(values.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(copy);
    }

    /**
     * A list of codes as {@link #list} checks it, each code once, in the code list's order: a code said
     * twice says nothing more, and the order they were given in says nothing.
     */
    static <E extends Enum<E>> List<E> codes(List<E> values, String field) {
        List<E> checked = list(values, field);
        // each code once, in the code list's own order: the order a case gives them in is no part of what
        // the case says, so nothing a rule does with the list (compare it, write it out) can depend on it
        return checked.size() < 2 ? checked : checked.stream().distinct().sorted().toList();
    }

    /**
     * A list of activities as the set it stands for, one bit a code: what two symptoms are compared
     * and hashed by, whatever order their activities were given in.
     */
    static long asSet(List<Activity> activities) {
        // nine activities today; a bit each leaves room for 64 (Activity's test holds it to that)
        long set = 0;
        for (Activity a : activities) {
            set |= 1L << a.ordinal();
        }
        return set;
    }

    static String allowedValues(Class<? extends Enum<?>> type) {
        return String.join(", ", codes(type));
    }

    /**
     * The names of a code list's values: the one way allowed values are listed.
     *
     * @param type a code list
     * @return its values' names, in order
     */
    static List<String> codes(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
