package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;

/**
 * Turns what the bytecode guard refused into problems a rule author can act on: the rule's file, the
 * line of the word they wrote for it, and what a rule may do instead.
 */
final class Refusals {

    /** What a rule may do instead of what was refused. */
    static final String WHAT_RULES_DO = "a condition compares facts, a consequence only adds conclusions"
            + " with insertLogical(new ...) and builds texts; rules-drl/README.md lists what a rule may use";

    private Refusals() {
    }

    /**
     * The problems for every refusal.
     *
     * @param result what the guard found
     * @param texts the files the module was compiled from
     * @return a problem per refusal and line
     */
    static List<RuleProblem> of(RuleBytecode.Result result, List<DrlText> texts) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleBytecode.Violation v : result.violations()) {
            Set<String> rules = v.rules().isEmpty() ? rulesOf(v.className(), result.rulesOfClass()) : v.rules();
            problems.add(locate(v, rules, texts));
        }
        return problems.stream().distinct().toList();
    }

    /**
     * The rules a class serves. A class declared inside a rule's code ({@code LambdaConsequence1A$1}, an
     * anonymous or local class) serves the rules of the class it is declared in.
     */
    private static Set<String> rulesOf(String className, Map<String, Set<String>> rulesOfClass) {
        String name = className;
        while (true) {
            Set<String> rules = rulesOfClass.get(name);
            int nested = name.lastIndexOf('$');
            if (rules != null || nested < 0) {
                return rules == null ? Set.of() : rules;
            }
            name = name.substring(0, nested);
        }
    }

    private static RuleProblem locate(RuleBytecode.Violation v, Set<String> rules, List<DrlText> texts) {
        for (String name : rules) {
            for (DrlText file : texts) {
                DrlText.Rule rule = file.rule(name);
                if (rule != null) {
                    return new RuleProblem(file.path(), line(v, file, rule), "rule \"" + name + "\": "
                            + message(v), RuleProblem.Kind.REFUSED);
                }
            }
        }
        // code the compiler made from something other than a rule's code, such as a rule's name written
        // into code: the first line that mentions what was refused, strings and comments included
        for (DrlText file : texts) {
            for (String word : words(v.token())) {
                Pattern mention = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
                for (int n = 1; n <= file.lineCount(); n++) {
                    if (mention.matcher(file.line(n)).find()) {
                        return new RuleProblem(file.path(), n, message(v), RuleProblem.Kind.REFUSED);
                    }
                }
            }
        }
        String file = texts.isEmpty() ? "" : texts.get(0).path();
        return new RuleProblem(file, 0, message(v) + " (in the compiled " + v.className() + ")",
                RuleProblem.Kind.REFUSED);
    }

    /** The line of the word the author wrote, in the part of the rule the code came from. */
    private static int line(RuleBytecode.Violation v, DrlText file, DrlText.Rule rule) {
        int end = rule.endLine() > 0 ? rule.endLine() : file.lineCount();
        int from = v.consequence() && rule.thenLine() > 0 ? rule.thenLine() : rule.line();
        int to = !v.consequence() && v.ruleCode() && rule.thenLine() > 0 ? rule.thenLine() : end;
        for (String word : words(v.token())) {
            int n = file.findWord(word, from, to);
            if (n > 0) {
                return n;
            }
        }
        if (v.consequence() && rule.thenLine() > 0) {
            return rule.thenLine();
        }
        return v.ruleCode() && rule.whenLine() > 0 ? rule.whenLine() : rule.line();
    }

    /** What the compiler turns some DRL words into: find the line by the words an author writes. */
    private static final Map<String, List<String>> WRITTEN_AS = Map.of(
            "delete", List.of("delete", "retract"),
            "update", List.of("update", "modify"));

    /** The token and, for a getter, the property name MVEL-style code would use. */
    private static List<String> words(String token) {
        if (token == null || token.isEmpty()) {
            return List.of();
        }
        if (token.indexOf(' ') > 0) {
            return List.of(token.split(" "));
        }
        List<String> written = WRITTEN_AS.get(token);
        if (written != null) {
            return written;
        }
        for (String prefix : List.of("get", "is", "set")) {
            if (token.length() > prefix.length() && token.startsWith(prefix)
                    && Character.isUpperCase(token.charAt(prefix.length()))) {
                String property = Character.toLowerCase(token.charAt(prefix.length()))
                        + token.substring(prefix.length() + 1);
                return List.of(token, property);
            }
        }
        return List.of(token);
    }

    private static String message(RuleBytecode.Violation v) {
        return switch (v.kind()) {
            case ENGINE -> v.what() + " is not allowed: a consequence only adds conclusions with insertLogical(new ...),"
                    + " which the engine withdraws when their reason goes; it never inserts, deletes, modifies or"
                    + " updates facts, nor stops the engine";
            case LOOP -> v.what() + " is not allowed: write a rule for each case (a conclusion about every category is"
                    + " one conclusion, not a loop)";
            case UNBOUNDED -> v.what() + " is not allowed: " + WHAT_RULES_DO;
            case REFERENCE -> v.what() + " is not allowed in a rule: " + WHAT_RULES_DO;
            // each says what it is, why it fails for chosen people only, and what to write instead
            case THROWS -> v.what();
        };
    }
}
