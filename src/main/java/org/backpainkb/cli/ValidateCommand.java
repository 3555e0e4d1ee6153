package org.backpainkb.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.backpainkb.RuleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: every problem in the rule files, each as {@code path:line: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Checks the rule files and lists every problem as path:line: message.",
            "Compiles every rule file and reads thresholds.yaml; checks that each rule has @reason and @source,"
                + " that rule names are unique, and that no rule reaches outside the facts (files, network,"
                + " processes, reflection, threads, System). Exit status 0 when clean, 1 when not."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules = new RulesOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleProblem> problems = rules.validate();
        rules.print(out, problems);
        if (problems.isEmpty()) {
            out.println(rules.describe() + ": no problems");
            return 0;
        }
        out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + rules.describe());
        return 1;
    }
}
