package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** The most operators one statement (or one rule's conditions) may hold. */
    static final int MAX_OPERATORS = 100;
    /**
     * The most rules a rules directory may hold, some ten times the bundled rules. Every check and the
     * compiler take longer with each rule: 4,000 rules took minutes to be refused, about 2,000 took
     * 108 s to load, and 500 rules of 20 conditions each take about 45 s (2026-12-07); past 2,998
     * rules the compiler loads them on other threads, through code the bytecode check refuses.
     */
    static final int MAX_RULES = 500;
    /**
     * The most operators and commas the rule files of a directory may hold together, some twenty times
     * the project's (130): the compiler's work grows with the comparisons it turns into code, and 300
     * rules of 95 comparisons each, every one within the limits of a rule, took a minute to load.
     */
    static final int MAX_DIRECTORY_PARTS = 3_000;

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

    /**
     * The rule past the most a rules directory may hold, refused at its line, or nothing: checked on
     * the files' rules before anything reads their code, so that a directory of thousands of rules is
     * told so at once rather than checked and compiled for minutes.
     *
     * @param files the rule files, in order
     * @return the problem, at the first rule past the limit; empty when there are few enough
     */
    static Optional<RuleProblem> tooManyRules(List<DrlText> files) {
        int total = files.stream().mapToInt(f -> f.rules().size()).sum();
        if (total <= MAX_RULES) {
            return Optional.empty();
        }
        // the directory as a whole is too big: the files that hold the most are where to look, not the file
        // that happens to come last in name order
        String largest = files.stream().sorted(java.util.Comparator.comparingInt((DrlText f) -> f.rules().size()).reversed())
                .limit(3).map(f -> f.path() + " (" + f.rules().size() + ")").collect(java.util.stream.Collectors.joining(", "));
        return Optional.of(refused("", 0, "the rules directory holds " + total + " rules; a rules directory holds at most "
                + MAX_RULES + " (the files with the most: " + largest + "): say in one rule what several say alike, or"
                + " keep the rules of another purpose in a directory of their own"));
    }

    /**
     * Brackets too deep, negations in a row ({@code !!!...x}) and operators in one statement: a parser
     * or a compiler reads each of them one level deeper, so thousands of them, each line short, would
     * overflow its stack.
     */
    private static void deepestNesting(String file, String code, List<RuleProblem> problems) {
        int depth = 0;
        int line = 1;
        int negations = 0;
        int operators = 0;
        boolean inOperator = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            // a compiler reads a && b && c ... one level deeper for each operator: count them up to a statement's end
            boolean operator = OPERATOR_CHARS.indexOf(c) >= 0;
            if (operator && !inOperator && ++operators > MAX_OPERATORS) {
                problems.add(refused(file, line, "more than " + MAX_OPERATORS + " operators in one statement or one"
                        + " rule's conditions, up to here: write it more simply, or as several rules"));
                return;
            }
            inOperator = operator;
            if (c == ';' || c == '{' || c == '}') {
                operators = 0;
            }
            if (c == '!' || c == '~') {
                negations = i + 1 < code.length() && code.charAt(i + 1) == '=' ? 0 : negations + 1;
                if (negations > MAX_NESTING) {
                    problems.add(refused(file, line, "more than " + MAX_NESTING + " negations (! or ~) in a row here:"
                            + " two negations cancel out, so write none or one"));
                    return;
                }
            } else if (!Character.isWhitespace(c)) {
                negations = 0;
            }
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

    private static final String OPERATOR_CHARS = "&|+-*/%^<>=";

    /**
     * The operators (a run of operator characters counts once) and commas of a file's code, texts and
     * comments left out: how much the compiler turns into code, for {@link #MAX_DIRECTORY_PARTS}.
     *
     * @param text a rule file
     * @return the count
     */
    static int parts(String text) {
        String code = DrlBlanking.blank(text, true);
        int parts = 0;
        boolean inOperator = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean operator = OPERATOR_CHARS.indexOf(c) >= 0;
            if (operator && !inOperator || c == ',') {
                parts++;
            }
            inOperator = operator;
        }
        return parts;
    }

    private static RuleProblem refused(String file, int line, String message) {
        return new RuleProblem(file, line, message, RuleProblem.Kind.REFUSED);
    }
}
