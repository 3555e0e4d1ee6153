package org.backpainkb;

/**
 * A problem in a rule file, where a rule author can find it.
 *
 * @param file the rule file's path relative to the rules directory, e.g. {@code breathing.drl}
 * @param line the 1-based line of the mistake, or 0 when it is about the whole file
 * @param message what is wrong, and where it helps, what would be right
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
