package org.backpainkb.authoring;

import java.nio.file.Path;
import java.util.List;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.internal.RuleCheck;
import org.backpainkb.internal.RuleFiles;

/**
 * Checks edited rules the way a rule author needs: every problem in one run, each at the line of
 * the actual mistake, in plain words. It is the same check every load of rules goes through: what a
 * rule may contain (the rules guide lists it; functions, globals, attributes, loops, and anything
 * reaching files, network, processes, reflection, threads or {@code System} are refused), the
 * compiler, every rule's {@code @reason} and {@code @source} metadata with a declared reason code and
 * source, every advice and note key with its texts and every placeholder filled, and rule names unique
 * across files. A problem of kind {@link RuleProblem.Kind#WARNING} (the old advice form, an untranslated
 * text) is reported but does not stop the rules from loading.
 */
public final class RulesValidator {

    private RulesValidator() {
    }

    /**
     * Validates a rules directory: its {@code *.drl} files, {@code thresholds.yaml}, {@code reason-codes.yaml},
     * {@code sources.yaml} and {@code texts/*.yaml}.
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
