package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule's then block hands a text, for {@link RuleForm}: a text names fields of the facts it is
 * handed, and validate checks those fields against the facts the conditions matched, by their $names.
 * So a text is handed those facts themselves: not a choice between them ({@code because(cond ? $a :
 * $b)}: the text names the fields of one, and fails for the people given the other), nor a variable of
 * the then block, whose name says nothing of what it holds.
 */
final class HandedFacts {

    /** A variable's type where a then block declares one, up to its name: Object, List<String>, var. */
    private static final String DECLARED_AS = "(?<![\\w$.])(?:final\\s+)?(?:var|[A-Za-z_][\\w.]*(?:\\s*<[^;=()]*>)?"
            + "(?:\\s*\\[\\s*\\])*)\\s+";
    /** A variable declared in a then block with a name that starts with $, Object $o = ... */
    private static final Pattern DOLLAR_LOCAL = Pattern.compile(DECLARED_AS + "(\\$\\w+)\\s*[=;:]");
    /** Where a text is handed its facts: the call, up to its opening bracket. */
    private static final Pattern HANDS_FACTS = Pattern.compile("\\.\\s*(because|note|why)\\s*\\(");
    /** A choice in code: a condition's two ways, or a switch's many. */
    private static final Pattern CHOICE = Pattern.compile("\\?|\\bswitch\\b");

    private HandedFacts() {
    }

    /**
     * What a line of a then block does wrong in handing facts to a text: a choice between facts, or a
     * variable named with a $ as if the conditions had matched it. A call's brackets are followed to
     * where they close, over the lines after it if need be.
     *
     * @param file the rule file
     * @param line a line of a then block
     * @param last the then block's last line
     * @return what to say, each without the rule's name; empty when nothing
     */
    static List<String> mistakes(DrlText file, int line, int last) {
        List<String> mistakes = new ArrayList<>();
        Matcher call = HANDS_FACTS.matcher(file.code(line));
        while (call.find()) {
            if (CHOICE.matcher(argument(file, line, last, call.end())).find()) {
                mistakes.add(call.group(1) + "(...) takes the matched facts themselves, as because($symptom, $session),"
                        + " not a choice between them: the text names the fields of one, and would fail for the people"
                        + " given the other");
            }
        }
        Matcher local = DOLLAR_LOCAL.matcher(file.code(line));
        if (local.find()) {
            mistakes.add(local.group(1) + " is a variable of the then block named with a $: a $ names what the conditions"
                    + " match, and the facts handed to a text are checked by those names; name it without the $");
        }
        return mistakes;
    }

    /** A call's argument, from just after its opening bracket to the one that closes it. */
    private static String argument(DrlText file, int line, int last, int start) {
        StringBuilder argument = new StringBuilder();
        int depth = 1;
        String code = file.code(line).substring(start);
        for (int n = line; n <= last && depth > 0; n++, code = n <= last ? file.code(n) : "") {
            for (int i = 0; i < code.length() && depth > 0; i++) {
                char c = code.charAt(i);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth > 0) {
                    argument.append(c);
                }
            }
            argument.append(' ');
        }
        return argument.toString();
    }

    /**
     * Whether a rule's then block declares a variable of a name: Object name = ..., var name = ...
     *
     * @param file the rule file
     * @param rule the rule
     * @param name the variable's name
     * @return true when it does
     */
    static boolean declaredInThen(DrlText file, DrlText.Rule rule, String name) {
        Pattern declared = Pattern.compile(DECLARED_AS + Pattern.quote(name) + "\\s*[=;]");
        int last = rule.endLine() > 0 ? rule.endLine() - 1 : file.lineCount();
        for (int n = Math.max(rule.thenLine(), 1); n <= last; n++) {
            if (declared.matcher(file.code(n)).find()) {
                return true;
            }
        }
        return false;
    }
}
