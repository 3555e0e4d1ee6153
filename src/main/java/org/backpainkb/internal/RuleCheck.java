package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.rules.Thresholds;

/**
 * Everything known to be wrong with a set of rule files, in one pass: the lint, the thresholds
 * file and the compiler. A file the lint refuses for reaching outside the facts is not handed to
 * the compiler at all.
 */
public final class RuleCheck {

    /**
     * The outcome of a check.
     *
     * @param files the files checked
     * @param problems every problem, in file and line order; empty when the rules are good
     * @param rules the compiled rules when there is no problem, else null; the caller closes them
     * @param thresholds the thresholds read, when there is no problem, else null
     */
    public record Result(RuleFiles files, List<RuleProblem> problems, CompiledRules rules, Thresholds thresholds) {

        /**
         * Whether the rules are good to use.
         *
         * @return true when there is no problem
         */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private RuleCheck() {
    }

    /**
     * Lints, reads the thresholds and compiles.
     *
     * @param files the rule files
     * @return every problem, and the compiled rules when there is none
     */
    public static Result check(RuleFiles files) {
        List<DrlText> texts = files.drl().stream().map(f -> new DrlText(f.path(), f.text())).toList();
        List<RuleProblem> problems = new ArrayList<>(DrlLint.check(texts));
        Thresholds thresholds = null;
        try {
            thresholds = ThresholdsFile.parse(files.thresholdsYaml());
        } catch (RulesException e) {
            e.problems().forEach(p -> problems.add(locateThreshold(p, files.thresholdsYaml())));
        }
        Set<String> refused = problems.stream().filter(p -> p.message().contains(" is not allowed"))
                .map(RuleProblem::file).collect(Collectors.toSet());
        RuleFiles compilable = new RuleFiles(files.drl().stream().filter(f -> !refused.contains(f.path())).toList(),
                files.thresholdsYaml());
        CompiledRules compiled = null;
        if (!compilable.drl().isEmpty()) {
            try {
                compiled = DroolsCompiler.compile(compilable);
            } catch (RulesException e) {
                // the lint reports duplicate names already, pointing at the second use in file order
                e.problems().stream().filter(p -> !p.message().startsWith("rule name \""))
                        .forEach(problems::add);
            }
        }
        List<RuleProblem> all = new ArrayList<>(new LinkedHashSet<>(problems.stream()
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)).toList()));
        if (!all.isEmpty()) {
            if (compiled != null) {
                compiled.close();
            }
            return new Result(files, List.copyOf(all), null, null);
        }
        return new Result(files, List.of(), compiled, thresholds);
    }

    private static RuleProblem locateThreshold(RuleProblem p, String yaml) {
        int colon = p.message().indexOf(':');
        if (yaml == null || colon < 1) {
            return p;
        }
        String key = p.message().substring(0, colon);
        String[] lines = yaml.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key + ":")) {
                return new RuleProblem(p.file(), i + 1, p.message());
            }
        }
        return p;
    }
}
