package org.backpainkb.authoring;

import java.nio.file.Path;
import java.util.List;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.internal.RuleCheck;
import org.backpainkb.internal.RuleFiles;

/**
 * Checks edited rules the way a rule author needs: every problem in one run, each at the line of
 * the actual mistake, in plain words. On top of compiling, it checks that every rule has
 * {@code @reason} and {@code @source} metadata with a known reason code, that rule names are
 * unique across files, and that no rule imports or names anything outside the fact model,
 * {@code java.util} and {@code java.time} (files, network, processes, reflection, threads and
 * {@code System} are refused).
 */
public final class RulesValidator {

    private RulesValidator() {
    }

    /**
     * Validates a rules directory: its {@code *.drl} files and its {@code thresholds.yaml}.
     *
     * @param rulesDirectory the directory
     * @return every problem, in file and line order, paths relative to the directory; empty when clean
     */
    public static List<RuleProblem> validate(Path rulesDirectory) {
        RuleFiles files;
        try {
            files = RuleFiles.fromDirectory(rulesDirectory);
        } catch (RulesException e) {
            return e.problems();
        }
        return check(files);
    }

    /**
     * Validates the rules bundled in the library.
     *
     * @return every problem; empty when clean
     */
    public static List<RuleProblem> validateBundled() {
        return check(RuleFiles.bundled());
    }

    private static List<RuleProblem> check(RuleFiles files) {
        RuleCheck.Result result = RuleCheck.check(files);
        if (result.rules() != null) {
            result.rules().close();
        }
        return result.problems();
    }
}
