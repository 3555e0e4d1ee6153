package org.backpainkb;

/**
 * A problem in a rule file, where a rule author can find it. A problem of kind {@link Kind#WARNING}
 * does not stop the rules from loading; every other kind does.
 *
 * @param file the rule file's path relative to the rules directory, e.g. {@code breathing.drl}
 * @param line the 1-based line of the mistake, or 0 when it is about the whole file
 * @param message what is wrong, and where it helps, what would be right
 * @param kind what sort of problem it is, for a program to act on without reading the message
 * @param unlisted 0 for a problem; for the entry that closes a file's list when it has more problems
 *     than are listed, how many of that kind it stands for (see {@link #problemCount()})
 */
public record RuleProblem(String file, int line, String message, Kind kind, int unlisted) {

    /**
     * A problem, or the count of a file's problems left unlisted.
     *
     * @param file the rule file's path relative to the rules directory
     * @param line the 1-based line of the mistake, or 0
     * @param message what is wrong
     * @param kind what sort of problem it is
     * @param unlisted 0 for a problem; for a count, how many problems it stands for
     * @throws IllegalArgumentException when {@code unlisted} is negative
     */
    public RuleProblem {
        if (unlisted < 0) {
            throw new IllegalArgumentException("unlisted must be 0 or more, not " + unlisted);
        }
    }

    /**
     * A problem.
     *
     * @param file the rule file's path relative to the rules directory
     * @param line the 1-based line of the mistake, or 0
     * @param message what is wrong
     * @param kind what sort of problem it is
     */
    public RuleProblem(String file, int line, String message, Kind kind) {
        this(file, line, message, kind, 0);
    }

    /**
     * How many problems this entry stands for: 1, or for the count that closes a long list, the
     * number of problems it did not list.
     *
     * @return 1 or more
     */
    public int problemCount() {
        return unlisted == 0 ? 1 : unlisted;
    }

    /**
     * How many problems a list stands for, counts of unlisted ones included.
     *
     * @param problems the problems, as a check or a refusal gives them
     * @return the number of problems found
     */
    public static int count(java.util.Collection<RuleProblem> problems) {
        return problems.stream().mapToInt(RuleProblem::problemCount).sum();
    }

    /** What sort of problem a {@link RuleProblem} is. */
    public enum Kind {
        /** The rules directory or a file in it cannot be read. */
        FILES,
        /** The compiler did not accept the rule: a mistake of syntax, a field or a method. */
        COMPILE,
        /** The rule uses something a rule may not contain; it is never compiled nor run. */
        REFUSED,
        /** A rule's metadata ({@code @reason}, {@code @source}) or name is missing or wrong. */
        METADATA,
        /** The thresholds file is wrong. */
        THRESHOLDS,
        /** The exercise library ({@code exercises.yaml}) is wrong. */
        LIBRARY,
        /** The rules compiled but failed when run (a scenario, a reload). */
        RUNTIME,
        /**
         * A reason code, source or text file is wrong, or a rule names a reason code, source, text or
         * placeholder that they do not declare.
         */
        REFERENCE,
        /**
         * The rules compile, but fall short of one of the contract's statements on a case the library puts
         * to them (an emergency red flag that no longer stops exercise, a stage that no longer gates).
         */
        CONTRACT,
        /**
         * Not wrong, and the rules load, but worth changing: the old six-argument advice form, a text a
         * translation lacks (the English one is used).
         */
        WARNING
    }

    /**
     * A compiler's problem.
     *
     * @param file the rule file's path relative to the rules directory
     * @param line the 1-based line, or 0
     * @param message what is wrong
     */
    public RuleProblem(String file, int line, String message) {
        this(file, line, message, Kind.COMPILE);
    }

    /**
     * Whether this stops the rules from loading: every problem but a warning.
     *
     * @return false for a warning
     */
    public boolean blocking() {
        return kind != Kind.WARNING;
    }

    /**
     * Where the problem is, as editors and compilers write it: {@code file:line}, or the file alone
     * when the problem is about the whole file (there is no line 0 to go to).
     *
     * @param file the file as the reader should see it (a rules directory may put its own path before it)
     * @return {@code file:line}, or {@code file}
     */
    public String location(String file) {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        // a problem of the rules as a whole (the contract's cases) has no file to name
        return file.isEmpty() ? message : location(file) + ": " + message;
    }
}
