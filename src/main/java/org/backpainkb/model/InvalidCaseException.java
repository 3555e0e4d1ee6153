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

    /** One refused value: where it is and what is wrong with it. */
    public record Problem(String path, String message) {
        /**
         * A problem at a field.
         *
         * @param path the field's path, e.g. {@code symptoms[0].intensity}; empty for the whole case
         * @param message what is wrong and what is allowed
         */
        public Problem {
            path = path == null ? "" : path;
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
            return new Problem(path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path, message);
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
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * A refusal with a single problem.
     *
     * @param path the field's path
     * @param message what is wrong and what is allowed
     */
    public InvalidCaseException(String path, String message) {
        this(List.of(new Problem(path, message)));
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
