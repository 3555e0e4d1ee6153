package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backpainkb.RuleProblem;

/**
 * Statement 11: the STarT Back risk "never changes the stage, the referral or a clearance". A rule
 * that matches the risk or the screening's scores (total, psychosocial), or advice made from them
 * through other rules, may conclude only what a risk may change: advice, the risk itself, and what to
 * suggest or rule out. One answer of the screening (leg pain) is a finding a rule may use.
 * Checked on the rules' text, for every person at once: a rule narrowed to one age, which the cases
 * put to the rules when they load do not reach, is refused all the same.
 */
final class RiskConfinement {

    /** The screening's scores, which are the risk; one answer of it (leg pain) is a finding like any other. */
    private static final java.util.regex.Pattern SCORES = java.util.regex.Pattern.compile("\\b(?:total|psychosocial)\\b");
    /** What a rule the risk reaches may conclude. */
    private static final Set<String> ALLOWED = Set.of("Advice", "RiskOfPersistence", "Suggestion", "Unsuitable");

    private RiskConfinement() {
    }

    /**
     * The rules through which the risk would change more than advice, each refused at its then block.
     *
     * @param files the rule files
     * @return the problems
     */
    static List<RuleProblem> check(List<DrlText> files) {
        List<ConclusionCycles.Edges> rules = new ArrayList<>();
        for (ConclusionCycles.Edges r : ConclusionCycles.edges(files, Set.of("StartBack"))) {
            // a rule reading one answer of the screening, not its scores, is not reading the risk
            rules.add(r.matched().contains("StartBack") && !readsScores(r) ? withoutScreening(r) : r);
        }
        Set<String> reached = new HashSet<>(Set.of("StartBack", "RiskOfPersistence"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ConclusionCycles.Edges r : rules) {
                if (r.matched().stream().anyMatch(reached::contains)) {
                    // what else it makes is refused below, at this rule: the rules after it are not to blame
                    grew |= reached.addAll(r.made().stream().filter(ALLOWED::contains).toList());
                }
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (ConclusionCycles.Edges r : rules) {
            String through = r.matched().stream().filter(reached::contains).findFirst().orElse(null);
            String concluded = r.made().stream().filter(m -> !ALLOWED.contains(m)).findFirst().orElse(null);
            if (through != null && concluded != null) {
                problems.add(new RuleProblem(r.file().path(), r.rule().thenLine(), "rule \"" + r.rule().name() + "\" matches "
                        + through + (through.equals("StartBack") || through.equals("RiskOfPersistence") ? ""
                        : ", which other rules make from the STarT Back risk") + ", and concludes " + concluded + ": the risk never"
                        + " changes the stage, the referral or a clearance (statement 11); from it, conclude advice, or"
                        + " what to suggest (Advice, Suggestion, Unsuitable)", RuleProblem.Kind.REFUSED));
            }
        }
        return problems;
    }

    private static boolean readsScores(ConclusionCycles.Edges r) {
        for (int n = r.rule().whenLine(); n < r.rule().thenLine(); n++) {
            if (SCORES.matcher(r.file().code(n)).find()) {
                return true;
            }
        }
        return false;
    }

    private static ConclusionCycles.Edges withoutScreening(ConclusionCycles.Edges r) {
        Set<String> matched = new HashSet<>(r.matched());
        matched.remove("StartBack");
        return new ConclusionCycles.Edges(r.file(), r.rule(), matched, r.made());
    }
}
