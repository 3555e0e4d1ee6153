package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import org.backpainkb.RuleProblem;

/**
 * The shape of a rule file, checked on its plain text before anything parses it: parsers and
 * patterns go deep on long lines and deep brackets, and a file built to exhaust them would end a
 * check in a stack overflow instead of a message. Rules a person writes are far inside these limits.
 */
final class RuleFileShape {

    /** The most characters a rule file may hold. */
    static final int MAX_FILE_CHARS = 1 << 20;
    /** The most characters one line may hold. */
    static final int MAX_LINE_CHARS = 2_000;
    /** How deep brackets of any kind may nest. */
    static final int MAX_NESTING = 40;

    private RuleFileShape() {
    }

    /**
     * What is too large in a file: each at its line, refused.
     *
     * @param file the file's path relative to the rules directory
     * @param text its contents
     * @return the problems; empty when the file's shape is fine
     */
    static List<RuleProblem> check(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        if (text.length() > MAX_FILE_CHARS) {
            problems.add(refused(file, 1, "this file holds " + text.length() + " characters; a rule file holds at most "
                    + MAX_FILE_CHARS + ": split it into files by topic"));
            return problems;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > MAX_LINE_CHARS) {
                problems.add(refused(file, i + 1, "this line is " + lines[i].length() + " characters long; a line holds"
                        + " at most " + MAX_LINE_CHARS + ": split it over several lines"));
            }
        }
        if (problems.isEmpty()) {
            deepestNesting(file, DrlBlanking.blank(text, true), problems);
        }
        return problems;
    }

    private static void deepestNesting(String file, String code, List<RuleProblem> problems) {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth > MAX_NESTING) {
                    problems.add(refused(file, line, "brackets nest more than " + MAX_NESTING + " deep here: write the"
                            + " condition more simply, or as two rules"));
                    return;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    private static RuleProblem refused(String file, int line, String message) {
        return new RuleProblem(file, line, message, RuleProblem.Kind.REFUSED);
    }
}
