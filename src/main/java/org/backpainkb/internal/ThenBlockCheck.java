package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;

/**
 * Forms of Java a {@code then} block may not be written with, found in its words before any compiler
 * runs: a lambda or a switch arrow ({@code ->}), a method reference ({@code ::}), a {@code switch} or
 * {@code yield}, a class, record, interface or enum declared in the block, an anonymous class
 * ({@code new Object() { ... }}) and a {@code final} variable. None of them adds a conclusion. The rule compiler fails on some of
 * them without saying which rule, and what the others compile to is refused by the bytecode guard;
 * only this check can name the line the author wrote.
 */
final class ThenBlockCheck {

    /** A form refused, and how a message names it. */
    private record Form(Pattern pattern, String inWords) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("->"), "a lambda or a switch arrow (->)"),
            new Form(Pattern.compile("::"), "a method reference (::)"),
            new Form(word("switch|yield"), "a switch"),
            new Form(word("class|record|interface|enum"), "a class, record, interface or enum declared in a then block"),
            // a final variable is worked out by the compiler as it reads the block: s1 = s0 + s0, s2 = s1 + s1 ...
            // would fill the compiler's memory before any check of the compiled code could refuse it
            new Form(word("final"), "a final variable"),
            // new Name(...) or new <T>Name(...) followed by a body, across lines: an anonymous class. The arguments'
            // brackets must pair (one level deep), so that a call on the new object inside an if is not taken for
            // one. The bounds keep the search linear on a long statement, and the runs of other characters are
            // taken whole (++) so that a long text between the brackets does not recurse once per character; the
            // bytecode guard refuses such a class whatever its form.
            new Form(Pattern.compile("(?<![\\w$])new\\s*(?:<[^;{}()]{0,200}>\\s*)?[\\w$.]+\\s*(?:<[^;{}()]{0,200}>\\s*)?"
                    + "\\((?:[^;{}()]++|\\([^;{}()]{0,200}+\\)){0,100}+\\)\\s*\\{"), "an anonymous class (new ...() { ... })"));

    private ThenBlockCheck() {
    }

    private static Pattern word(String words) {
        return Pattern.compile("(?<![\\w$])(?:" + words + ")(?![\\w$])");
    }

    /**
     * Every refused form in the {@code then} blocks of a file, at most one a line.
     *
     * @param file the rule file
     * @return the problems, in line order; empty when there is none
     */
    static List<RuleProblem> check(DrlText file) {
        TreeMap<Integer, String> found = new TreeMap<>();
        for (DrlText.Rule rule : file.rules()) {
            if (rule.thenLine() > 0) {
                check(file, rule, found);
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        found.forEach((line, message) -> problems.add(new RuleProblem(file.path(), line, message,
                RuleProblem.Kind.REFUSED)));
        return problems;
    }

    /** The block as one text, so that a form split over lines is still found, at the line it starts on. */
    private static void check(DrlText file, DrlText.Rule rule, TreeMap<Integer, String> found) {
        int last = Math.min(rule.lastLine(), file.lineCount());
        StringBuilder block = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (int n = rule.thenLine(); n <= last; n++) {
            starts.add(block.length());
            block.append(file.code(n)).append('\n');
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(block);
            while (m.find()) {
                found.putIfAbsent(rule.thenLine() + lineIndex(starts, m.start()), "rule \"" + rule.name() + "\": "
                        + form.inWords() + " is not allowed: " + Refusals.WHAT_RULES_DO);
            }
        }
    }

    private static int lineIndex(List<Integer> starts, int offset) {
        int i = 0;
        while (i + 1 < starts.size() && starts.get(i + 1) <= offset) {
            i++;
        }
        return i;
    }
}
