package org.backpainkb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RulesException;
import org.backpainkb.authoring.Mismatch;
import org.backpainkb.authoring.ScenarioResult;
import org.backpainkb.authoring.ScenarioReader;
import org.backpainkb.authoring.ScenarioRunner;
import org.backpainkb.authoring.ScenarioRunner.TestReport;
import org.backpainkb.internal.WithinTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code test}: runs scenario files against the rules and reports failures and rule coverage. */
@Command(name = TestCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs scenario files and reports failures and rule coverage.",
            "A scenario is a case and what the rules must conclude about it. Prints each failure with the"
                + " expected and the actual side by side, then which rules no scenario fired, and last"
                + " 'N passed, N failed'. Exit status 0 when all pass, 1 when any fails or they do not finish"
                + " within the time limit, 2 when the command line is wrong or names no scenario file."})
final class TestCommand implements Callable<Integer> {

    /** The command's name on the command line. */
    static final String NAME = "test";

    private static final int COLUMN = 34;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules = new RulesOption();

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop with status 1 when the scenarios have not all run after this long: rules that match a"
                    + " huge number of combinations of facts would otherwise run on. Default: 60.")
    private int timeLimit;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Scenario files or folders (searched for .yaml, .yml and .json). Default: the scenarios"
                    + " folder of the rules directory. Without --rules, scenarios in the scenarios folder of a folder"
                    + " of rule files run on that folder's rules.")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeLimit < 1) {
            throw new ParameterException(spec.commandLine(), "--time-limit is at least 1 second, not " + timeLimit);
        }
        if (!rules.named() && !paths.isEmpty()) {
            // scenarios of another rules folder are its rules' scenarios, not the project's
            Set<Path> owners = new LinkedHashSet<>();
            paths.forEach(p -> owners.add(RulesOption.owning(p)));
            owners.remove(null);
            if (owners.size() > 1) {
                err.println("the scenarios belong to " + owners.size() + " rules folders (" + owners.stream().map(Path::toString)
                        .collect(Collectors.joining(", ")) + "): name the rules with --rules DIR, or test each folder apart");
                return Main.BAD_INPUT;
            }
            if (owners.size() == 1) {
                rules.rules = owners.iterator().next();
            }
        }
        Path dir = rules.directory();
        List<Path> targets = new ArrayList<>(paths);
        if (targets.isEmpty()) {
            if (dir != null && !Files.isDirectory(dir)) {
                err.println(dir + ": no such rules directory");
                return Main.BAD_INPUT;
            }
            if (dir == null || !Files.isDirectory(dir.resolve("scenarios"))) {
                err.println("no scenario given: name scenario files or folders, e.g. test rules-drl/scenarios");
                return Main.BAD_INPUT;
            }
            targets.add(dir.resolve("scenarios"));
        }
        // Read, checked and compiled once: the scenarios run on exactly the files that were checked.
        KnowledgeBase kb;
        try {
            kb = dir == null ? KnowledgeBase.bundled() : KnowledgeBase.fromDirectory(dir);
        } catch (RulesException e) {
            rules.print(out, e.problems());
            out.println("the rules in " + rules.describe() + " do not validate; no scenario was run");
            return 1;
        }
        rules.print(out, kb.warnings());
        if (ScenarioReader.scenarioFiles(targets).isEmpty()) {
            // a run of nothing would pass, whatever the rules say: most likely a wrong path
            err.println("no scenario file in " + targets.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ": a scenario is a .yaml, .yml or .json file");
            return Main.BAD_INPUT;
        }
        TestReport report;
        AtomicReference<Path> running = new AtomicReference<>();
        try {
            report = WithinTime.run("scenarios", Duration.ofSeconds(timeLimit),
                    () -> new ScenarioRunner(kb).run(targets, running::set));
        } catch (TimeoutException e) {
            err.println("the scenarios did not finish within " + timeLimit + " s, stopped while running " + running.get()
                    + ": the rules may match too many combinations of facts, or build too much text, for its case");
            return 1;
        } catch (ExecutionException e) {
            // what the scenarios threw, as if they had run on this thread
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the scenarios", e);
        }
        for (ScenarioResult r : report.results()) {
            if (r.passed()) {
                out.println("ok    " + r.file() + " (" + TextReport.shown(r.name()) + ")");
                continue;
            }
            out.println("FAIL  " + r.file() + " (" + TextReport.shown(r.name()) + ")");
            if (r.error() != null) {
                out.println("      " + r.error());
            }
            if (r.mismatches().isEmpty()) {
                continue;
            }
            out.println(row("      ", "", "expected", "actual"));
            for (Mismatch m : r.mismatches()) {
                out.println(row("      ", m.field(), m.expected(), m.actual()));
            }
        }
        long notRun = report.results().stream().filter(r -> r.assessment() == null).count();
        // a scenario that did not run fired nothing: the figure is of those that ran, and says so
        out.println("rule coverage: " + report.firedRules().size() + "/" + report.rules().size() + " rules fired"
                + (notRun == 0 ? "" : " by the scenarios that ran (" + notRun + " could not run)"));
        if (notRun == 0 && !report.unfiredRules().isEmpty() && targets.stream().noneMatch(Files::isDirectory)) {
            // a few files chosen to try one thing: a list of every other rule would bury their result
            out.println("  (the rules not fired are listed when a folder of scenarios runs, such as rules-drl/scenarios)");
        } else if (notRun == 0) {
            report.unfiredRules().forEach(name -> out.println("  not fired: \"" + name + "\""));
        } else if (!report.unfiredRules().isEmpty()) {
            // the rules a scenario that did not run would have fired are not known: a list would mislead
            out.println("  (the rules not fired are listed once every scenario runs)");
        }
        out.println(report.passed() + " passed, " + report.failed() + " failed");
        return report.failed() == 0 ? 0 : 1;
    }

    private static String row(String indent, String field, String expected, String actual) {
        return indent + pad(field, 22) + pad(expected, COLUMN) + actual;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + "  " : s + " ".repeat(width - s.length());
    }
}
