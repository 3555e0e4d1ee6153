package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;

/**
 * Refuses rules whose conclusions lead back to themselves: a rule that matches a kind of conclusion
 * and concludes that kind again, directly or through other rules. Such rules feed on their own
 * conclusions: each firing can make a new one for the next, thousands of them long before the firing
 * limit, texts growing at every step and joins over them multiplying, none of which the check of one
 * rule or one firing sees. Without such a loop, what the rules conclude is bounded by the case.
 */
final class ConclusionCycles {

    /** A type named before its brackets or a method, alone or after its package (org.backpainkb.rules.Suggestion). */
    private static final Pattern NAMED_TYPE = Pattern.compile("(?<![\\w$])([A-Z]\\w*)\\s*[(.]");
    private static final Set<String> CONCLUSIONS = names();

    private ConclusionCycles() {
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        FactTypes.CONCLUSIONS.forEach(c -> names.add(c.getSimpleName()));
        return Set.copyOf(names);
    }

    /** A rule with the kinds of conclusion (or fact) it matches and the kinds of conclusion it makes. */
    record Edges(DrlText file, DrlText.Rule rule, Set<String> matched, Set<String> made) {
    }

    /**
     * Each rule's edges: the kinds it names in its conditions, among the conclusions and the facts given,
     * and the kinds of conclusion its then block names.
     *
     * @param files the rule files
     * @param facts kinds of fact to count among what a rule matches, besides the conclusions
     * @return one per rule with conditions and a then block
     */
    static List<Edges> edges(List<DrlText> files, Set<String> facts) {
        Set<String> matchable = new HashSet<>(CONCLUSIONS);
        matchable.addAll(facts);
        List<Edges> rules = new ArrayList<>();
        for (DrlText file : files) {
            for (DrlText.Rule rule : file.rules()) {
                if (rule.whenLine() <= 0 || rule.thenLine() <= rule.whenLine()) {
                    continue;
                }
                int last = Math.min(rule.endLine() > 0 ? rule.endLine() - 1 : file.lineCount(), file.lineCount());
                rules.add(new Edges(file, rule, named(file, rule.whenLine(), rule.thenLine() - 1, matchable),
                        named(file, rule.thenLine(), last, CONCLUSIONS)));
            }
        }
        return rules;
    }

    /**
     * The rules on a loop of conclusions, each refused at its {@code then}.
     *
     * @param files the rule files
     * @return the problems, one a rule on a loop
     */
    static List<RuleProblem> check(List<DrlText> files) {
        List<Edges> rules = edges(files, Set.of());
        Map<String, Set<String>> leadsTo = new HashMap<>();
        for (Edges edges : rules) {
            edges.matched().forEach(m -> leadsTo.computeIfAbsent(m, k -> new LinkedHashSet<>()).addAll(edges.made()));
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Edges edges : rules) {
            for (String matched : edges.matched()) {
                String back = edges.made().stream().filter(made -> reaches(made, matched, leadsTo)).findFirst().orElse(null);
                if (back != null) {
                    problems.add(new RuleProblem(edges.file().path(), edges.rule().thenLine(), "rule \""
                            + edges.rule().name() + "\" matches " + matched + " and concludes " + back
                            + (back.equals(matched) ? "" : ", which leads back to " + matched + " through other rules")
                            + ": a conclusion may not lead back to itself, or rules feed on their own conclusions"
                            + " without end; conclude from the case's facts, or from conclusions this one does not"
                            + " make", RuleProblem.Kind.REFUSED));
                    break;
                }
            }
        }
        return problems;
    }

    /** Read as one text, so that a name and its bracket on two lines are still a name and its bracket. */
    private static Set<String> named(DrlText file, int from, int to, Set<String> names) {
        StringBuilder part = new StringBuilder();
        for (int n = from; n <= to; n++) {
            part.append(file.code(n)).append('\n');
        }
        Set<String> named = new LinkedHashSet<>();
        Matcher m = NAMED_TYPE.matcher(part);
        while (m.find()) {
            if (names.contains(m.group(1))) {
                named.add(m.group(1));
            }
        }
        return named;
    }

    /** Whether one kind of conclusion leads to another through the rules, itself included. */
    private static boolean reaches(String from, String to, Map<String, Set<String>> leadsTo) {
        Set<String> seen = new HashSet<>();
        List<String> next = new ArrayList<>(List.of(from));
        while (!next.isEmpty()) {
            String kind = next.remove(next.size() - 1);
            if (kind.equals(to)) {
                return true;
            }
            if (seen.add(kind)) {
                next.addAll(leadsTo.getOrDefault(kind, Set.of()));
            }
        }
        return false;
    }
}
