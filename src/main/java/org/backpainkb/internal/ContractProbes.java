package org.backpainkb.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBaseId;
import org.backpainkb.RuleProblem;
import org.backpainkb.rules.LibraryExercise;
import org.backpainkb.rules.Thresholds;

/**
 * Puts the contract's statements 1 to 14 to compiled rules, on cases of its own ({@link ContractCases}),
 * before anything else may use them: a rule set that no longer refers an emergency, stops exercise
 * for it, or gates stability work by the stage is refused like a rule that does not compile, whatever
 * its own scenarios say. The statements are lower bounds: rules may conclude more, and stricter.
 */
final class ContractProbes {

    private static final int FIRING_LIMIT = 10_000;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private ContractProbes() {
    }

    /**
     * What the rules fall short of: one problem for each set of statements broken, naming the first
     * cases that break them, counting the rest, with the rules that fired on the first.
     *
     * @param rules the compiled rules
     * @param thresholds the thresholds they read
     * @param library the exercise library they pick from
     * @return the problems; empty when the rules reach every statement on every probe
     */
    static List<RuleProblem> check(CompiledRules rules, Thresholds thresholds, List<LibraryExercise> library) {
        Wording wording = rules.wording(RuleData.ENGLISH, thresholds);
        KnowledgeBaseId id = new KnowledgeBaseId("contract", rules.hash(), thresholds);
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> failures = new HashSet<>();
        Map<String, Breach> breaches = new LinkedHashMap<>();
        for (ContractCases.Probe probe : ContractCases.all(thresholds)) {
            List<String> shortfalls = new ArrayList<>();
            Assessment a;
            try (Evaluation evaluation = Evaluation.pooled(rules, wording, thresholds, library)) {
                evaluation.insert(CaseFacts.of(probe.input()));
                evaluation.insert(PainLog.facts(probe.input().asOf(), probe.input().sessions(), thresholds));
                evaluation.fire(FIRING_LIMIT, TIME_LIMIT);
                a = Conclusions.assess(evaluation, "contract", id);
                probe.expect().check(a, shortfalls);
                ContractFloor.suggestions(probe.input(), a, shortfalls);
            } catch (IllegalStateException e) {
                // a rule that failed, a runaway, or rules that concluded what no case may have (no stage at all)
                // a rule that fails fails on many cases: said once, on the first
                if (failures.add(e.getMessage())) {
                    problems.add(new RuleProblem("", 0, e.getMessage() + " (on the library's case with " + probe.situation()
                            + ", which puts the contract's statements to the rules)", RuleProblem.Kind.RUNTIME));
                }
                continue;
            }
            if (!shortfalls.isEmpty()) {
                // one edit breaks the same statement on many variants of a case: said once, with the variants
                breaches.computeIfAbsent(String.join("; ", shortfalls), s -> new Breach(a.firedRules())).on(probe.situation());
            }
        }
        breaches.forEach((shortfalls, breach) -> problems.add(new RuleProblem("", 0, breach.say(shortfalls),
                RuleProblem.Kind.CONTRACT)));
        return problems;
    }

    /** A statement broken on the library's cases: the cases it was broken on, and the rules that fired on the first. */
    private static final class Breach {
        /** The cases named in full; the rest are counted. */
        private static final int NAMED = 3;

        private final List<String> fired;
        private final List<String> situations = new ArrayList<>();

        Breach(List<String> fired) {
            this.fired = fired;
        }

        void on(String situation) {
            situations.add(situation);
        }

        String say(String shortfalls) {
            int more = situations.size() - NAMED;
            return "the rules break the contract on a case with " + situations.get(0)
                    + (situations.size() == 1 ? "" : " (also with " + String.join("; with ",
                            situations.subList(1, Math.min(NAMED, situations.size())))
                            + (more > 0 ? "; and on " + more + " more of the library's cases like them" : "") + ")")
                    + ": " + shortfalls + "; the rules that fired on the first: "
                    + (fired.isEmpty() ? "none" : String.join(", ", new LinkedHashSet<>(fired)))
                    + " (the statements are in the case format; rules may conclude more, or stricter, except where a"
                    + " statement fixes a value: a stage, a preference, a dose, walking at MODIFY, every category ALLOW"
                    + " when nothing is wrong)";
        }
    }
}
