package org.backpainkb.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;
import org.backpainkb.model.StartBack;

/**
 * Statement 11: the STarT Back risk "never changes the stage, the referral or a clearance". A rule
 * that matches the risk or the screening (its scores, or any answer that counts towards them), or
 * advice made from them through other rules, may conclude only what a risk may change: advice, the
 * risk itself, and what to suggest or rule out. Leg pain alone (the first answer) is a finding a rule
 * may use: a rule that reads it and nothing else of the screening is not reading the risk.
 * Checked on the rules' text, for every person at once: a rule narrowed to one age, which the cases
 * put to the rules when they load do not reach, is refused all the same.
 */
final class RiskConfinement {

    /** The answer a rule may read as a finding like any other. */
    private static final String LEG_PAIN = "legPain";
    /** What else of the screening a rule may name: its other answers and its scores, all of them the risk. */
    private static final Pattern RISK = Pattern.compile("\\b(?:" + Arrays.stream(StartBack.class.getMethods())
            .filter(m -> m.getDeclaringClass() == StartBack.class && m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName).filter(n -> !Set.of(LEG_PAIN, "hashCode", "toString").contains(n))
            .sorted().collect(Collectors.joining("|")) + ")\\b");
    private static final Pattern ONE_FINDING = Pattern.compile("\\b" + LEG_PAIN + "\\b");
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
            // a rule reading leg pain and nothing else of the screening is not reading the risk
            rules.add(r.matched().contains("StartBack") && readsLegPainOnly(r) ? withoutScreening(r) : r);
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
                        + " what to suggest (Advice, Suggestion, Unsuitable)" + (through.equals("StartBack")
                        ? "; of the screening, a rule may read leg pain alone as a finding" : ""), RuleProblem.Kind.REFUSED));
            }
        }
        return problems;
    }

    /**
     * Whether the rule names leg pain and nothing else of the screening, in its conditions or its then
     * block: a rule matching the screening and naming none of it (`exists StartBack()`) reads whether the
     * person was screened, which is the risk's too.
     */
    private static boolean readsLegPainOnly(ConclusionCycles.Edges r) {
        boolean legPain = false;
        int last = Math.min(r.rule().lastLine(), r.file().lineCount());
        for (int n = r.rule().whenLine(); n <= last; n++) {
            String code = r.file().code(n);
            if (RISK.matcher(code).find()) {
                return false;
            }
            legPain |= ONE_FINDING.matcher(code).find();
        }
        return legPain;
    }

    private static ConclusionCycles.Edges withoutScreening(ConclusionCycles.Edges r) {
        Set<String> matched = new HashSet<>(r.matched());
        matched.remove("StartBack");
        return new ConclusionCycles.Edges(r.file(), r.rule(), matched, r.made());
    }
}
