package org.backpainkb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backpainkb.RuleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: every problem in the rule files, each as {@code path:line: message}. */
@Command(name = ValidateCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Checks the rule files and lists every problem as path:line: message.",
            "Compiles every rule file and reads thresholds.yaml, reason-codes.yaml, sources.yaml and texts/*.yaml;"
                + " checks that each rule has @reason and @source, that rule names are unique, that every advice,"
                + " note, source and placeholder a rule names exists, and that no rule reaches outside the facts"
                + " (files, network, processes, reflection, threads, System); then that the rules reach the case"
                + " format's statements 1 to 14 on cases of the library's own. A warning (the old advice form, an"
                + " untranslated text) does not fail. Exit status 0 when clean, 1 when not, 2 when the command line is"
                + " wrong (an unknown option, a rules directory that does not exist)."})
final class ValidateCommand implements Callable<Integer> {

    /** The command's name on the command line. */
    static final String NAME = "validate";

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules = new RulesOption();

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The rules directory, as --rules DIR.")
    private Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (directory != null) {
            if (rules.rules != null || rules.bundled) {
                throw new ParameterException(spec.commandLine(), "name the rules once: DIR, --rules DIR or --bundled");
            }
            rules.rules = directory;
        }
        if (rules.rules != null && !Files.isDirectory(rules.rules)) {
            // a mistake in the command line, as test and assess say it: no rules were checked, so none failed
            spec.commandLine().getErr().println(rules.rules + (Files.exists(rules.rules) ? ": a file, not a rules"
                    + " directory: name the folder that holds the .drl files" : ": no such rules directory"));
            return Main.BAD_INPUT;
        }
        List<RuleProblem> problems = rules.validate();
        rules.print(out, problems);
        int blocking = RuleProblem.count(problems.stream().filter(RuleProblem::blocking).toList());
        int warnings = RuleProblem.count(problems) - blocking;
        String counted = warnings + (warnings == 1 ? " warning" : " warnings");
        if (blocking == 0) {
            out.println(rules.describe() + ": no problems" + (warnings == 0 ? "" : " (" + counted + ")"));
            return 0;
        }
        // "1 problem in X (1 warning)" read as if the problem were the warning
        out.println(blocking + (blocking == 1 ? " problem" : " problems") + (warnings == 0 ? "" : " and " + counted)
                + " in " + rules.describe());
        return 1;
    }
}
