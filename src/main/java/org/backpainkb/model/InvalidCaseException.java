package org.backpainkb.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A case, or a part of one, was refused. Each problem names the field's path (for example
 * {@code symptoms[0].intensity}) and what is allowed there. Nothing is evaluated from a refused
 * case.
 */
public final class InvalidCaseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What sort of problem a value has, for a program to act on without reading the message. */
    public enum ProblemCode {
        /** A field the format does not have. */
        UNKNOWN_FIELD,
        /** A code that is not one of the allowed values. */
        UNKNOWN_CODE,
        /** A number outside its range. */
        OUT_OF_RANGE,
        /** A value of the wrong type: text for a number, a list for an object. */
        WRONG_TYPE,
        /** A required value is missing or blank. */
        MISSING,
        /** A field or an element given twice. */
        DUPLICATE,
        /** Not JSON or YAML, not UTF-8 text, or empty. */
        MALFORMED,
        /** Over a size limit: the whole case, a list, the nesting. */
        TOO_LARGE,
        /**
         * Not a problem of its own: the last entry of a refusal with more problems than it lists, counting
         * the rest ("and 80 more problems"); its path is empty.
         */
        NOT_LISTED
    }

    /**
     * One refused value: where it is, what sort of problem, what is allowed there, and the message.
     *
     * @param path the field's path, e.g. {@code symptoms[0].intensity}; empty for the whole case
     * @param code what sort of problem it is
     * @param message what is wrong and what is allowed, in words
     * @param allowed the allowed values (codes, or field names for an unknown field), or empty
     * @param min the lowest allowed value of a number, or null
     * @param max the highest allowed value of a number, or null
     */
    public record Problem(String path, ProblemCode code, String message, List<String> allowed, Integer min, Integer max) {

        /**
         * A problem, its lists copied.
         *
         * @param path the field's path; empty for the whole case
         * @param code what sort of problem it is
         * @param message what is wrong and what is allowed, in words
         * @param allowed the allowed values, or empty
         * @param min the lowest allowed value, or null
         * @param max the highest allowed value, or null
         */
        public Problem {
            path = path == null ? "" : path;
            allowed = allowed == null ? List.of() : List.copyOf(allowed);
        }

        /**
         * A problem with no allowed values or range as data.
         *
         * @param path the field's path; empty for the whole case
         * @param code what sort of problem it is
         * @param message what is wrong, in words
         */
        public Problem(String path, ProblemCode code, String message) {
            this(path, code, message, List.of(), null, null);
        }

        /**
         * A value outside its range, worded as every such problem is.
         *
         * @param path the field's path
         * @param value the value as written
         * @param min the lowest allowed value, or null when there is none
         * @param max the highest allowed value, or null when there is none
         * @return the problem, of code {@link ProblemCode#OUT_OF_RANGE}
         */
        public static Problem outOfRange(String path, Object value, Integer min, Integer max) {
            String message = min != null && max != null ? value + " is out of range " + min + ".." + max
                    : min != null ? value + " is out of range: must be " + min + " or more"
                    : value + " is out of range: must be " + max + " or less";
            return new Problem(path, ProblemCode.OUT_OF_RANGE, message, List.of(), min, max);
        }

        /**
         * The same problem seen from one level up.
         *
         * @param parent the path of the containing field, e.g. {@code symptoms[0]}
         * @return the problem with the parent path in front of its own
         */
        public Problem under(String parent) {
            if (parent == null || parent.isEmpty()) {
                return this;
            }
            return new Problem(path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path,
                    code, message, allowed, min, max);
        }

        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    /**
     * A refusal with one or more problems.
     *
     * @param problems what was refused; at least one
     */
    public InvalidCaseException(List<Problem> problems) {
        super(said(problems));
        this.problems = List.copyOf(problems);
    }

    /** The message of a refusal; a refusal names at least one problem. */
    private static String said(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    /**
     * A refusal with a single problem.
     *
     * @param path the field's path
     * @param code what sort of problem it is
     * @param message what is wrong and what is allowed
     */
    public InvalidCaseException(String path, ProblemCode code, String message) {
        this(List.of(new Problem(path, code, message)));
    }

    /**
     * A refusal with a single problem.
     *
     * @param problem the problem
     */
    public InvalidCaseException(Problem problem) {
        this(List.of(problem));
    }

    /**
     * Every problem found, in the order found.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The same refusal seen from one level up.
     *
     * @param parent the path of the containing field
     * @return an exception whose problems carry the parent path in front
     */
    public InvalidCaseException under(String parent) {
        return new InvalidCaseException(problems.stream().map(p -> p.under(parent)).toList());
    }
}
