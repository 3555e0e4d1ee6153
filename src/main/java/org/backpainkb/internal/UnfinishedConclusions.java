package org.backpainkb.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;
import org.backpainkb.rules.Advice;

/**
 * A conclusion begun and not finished in a {@code then} block: {@code Restriction.of(...)} without its
 * {@code .note("key")}, {@code Suggestion.of(...)} without its {@code .why("key")}. What the first call
 * gives is a draft that neither the rules nor the results read, so inserting it would drop the
 * conclusion, a STOP included, without a word. ({@code Advice.of} without {@code .because} is
 * {@link RuleForm}'s to say, with the advice's texts.)
 */
final class UnfinishedConclusions {

    /**
     * A conclusion written in two steps: its name, the calls that finish it, and how a call that begins
     * it is found in a then block.
     */
    private record TwoSteps(String conclusion, Set<String> narrow, Set<String> finish, Pattern start) {

        /**
         * Read off the conclusion's class: static methods that give its draft, the draft's methods that
         * give another draft, and those that give the conclusion.
         */
        static TwoSteps of(Class<?> conclusion) {
            Set<String> begin = new TreeSet<>();
            Set<String> narrow = new TreeSet<>();
            Set<String> finish = new TreeSet<>();
            for (Method m : conclusion.getMethods()) {
                Class<?> draft = m.getReturnType();
                if (Modifier.isStatic(m.getModifiers()) && draft.getEnclosingClass() == conclusion) {
                    begin.add(m.getName());
                    Arrays.stream(draft.getMethods()).filter(f -> f.getReturnType() == conclusion)
                            .forEach(f -> finish.add(f.getName()));
                    Arrays.stream(draft.getMethods()).filter(f -> f.getReturnType() == draft && f.getParameterCount() > 0)
                            .forEach(f -> narrow.add(f.getName()));
                }
            }
            String name = conclusion.getSimpleName();
            return new TwoSteps(name, narrow, finish,
                    Pattern.compile("(?<![\\w$.])" + name + "\\s*\\.\\s*(" + String.join("|", begin) + ")\\s*\\("));
        }

        String finishing() {
            return finish.stream().map(f -> "." + f + "(\"key\")").collect(Collectors.joining(" or "));
        }
    }

    /** Every conclusion with a draft, but advice (whose draft {@link RuleForm} checks with its texts). */
    private static final List<TwoSteps> CONCLUSIONS = FactTypes.DRAFTS.stream().map(Class::getEnclosingClass)
            .filter(c -> c != Advice.class).sorted(Comparator.comparing(Class::getSimpleName)).map(TwoSteps::of).toList();
    private static final Pattern NEXT_CALL = Pattern.compile("\\s*\\.\\s*(\\w+)");

    private UnfinishedConclusions() {
    }

    /**
     * Every conclusion begun and not finished in the {@code then} blocks of a file.
     *
     * @param file the rule file
     * @return the problems, at the line each conclusion begins on
     */
    static List<RuleProblem> check(DrlText file) {
        List<RuleProblem> problems = new ArrayList<>();
        for (DrlText.Rule rule : file.rules()) {
            if (rule.thenLine() > 0) {
                check(file, rule, problems);
            }
        }
        return problems;
    }

    /** The block as one text, strings and comments blanked, so a call split over lines is read whole. */
    private static void check(DrlText file, DrlText.Rule rule, List<RuleProblem> problems) {
        int last = Math.min(rule.lastLine(), file.lineCount());
        StringBuilder block = new StringBuilder();
        int[] lineStarts = new int[last - rule.thenLine() + 1];
        for (int n = rule.thenLine(); n <= last; n++) {
            lineStarts[n - rule.thenLine()] = block.length();
            block.append(file.code(n)).append('\n');
        }
        for (TwoSteps steps : CONCLUSIONS) {
            Matcher begun = steps.start().matcher(block);
            while (begun.find()) {
                int close = closingBracket(block, begun.end() - 1);
                Matcher next = NEXT_CALL.matcher(block);
                // past the calls that narrow the draft, as .inDirection(...) does
                while (close >= 0 && next.region(close + 1, block.length()).lookingAt()
                        && steps.narrow().contains(next.group(1))) {
                    int open = block.indexOf("(", next.end());
                    close = open < 0 ? -1 : closingBracket(block, open);
                }
                if (close < 0) {
                    continue; // a bracket never closed is the compiler's to explain
                }
                if (next.region(close + 1, block.length()).lookingAt() && steps.finish().contains(next.group(1))) {
                    continue;
                }
                int line = rule.thenLine() + lineOf(lineStarts, begun.start());
                String call = steps.conclusion() + "." + begun.group(1) + "(...)";
                problems.add(new RuleProblem(file.path(), line, call + " is not a conclusion until "
                        + steps.finishing() + " finishes it with the key of its text in texts/en.yaml: write"
                        + " insertLogical(" + call + "." + steps.finish().iterator().next() + "(\"key\"));",
                        RuleProblem.Kind.REFERENCE));
            }
        }
    }

    /** The index of the bracket that closes the one at {@code open}, or -1 when the block never closes it. */
    private static int closingBracket(CharSequence text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(int[] lineStarts, int index) {
        int line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= index) {
            line++;
        }
        return line;
    }
}
