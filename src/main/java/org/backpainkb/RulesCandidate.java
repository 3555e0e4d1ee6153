package org.backpainkb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backpainkb.authoring.Mismatch;
import org.backpainkb.authoring.ScenarioResult;
import org.backpainkb.authoring.ScenarioRunner;
import org.backpainkb.internal.RuleCheck;
import org.backpainkb.internal.RuleFiles;
import org.backpainkb.internal.WithinTime;

/**
 * Checks a rules directory as a candidate to serve: the single checked load path, then, when asked,
 * its scenarios within a wall-clock limit. Nothing a candidate does escapes as an exception: every
 * failure, an {@link Error} included, becomes a problem, so whoever follows the directory keeps going
 * and the last good rules keep serving.
 */
final class RulesCandidate {

    private static final String SCENARIOS = "scenarios";

    /**
     * The outcome: a knowledge base to serve, or the problems that refused it.
     *
     * @param kb the checked knowledge base, or null when refused
     * @param problems why it was refused; empty when it was not
     */
    record Outcome(KnowledgeBase kb, List<RuleProblem> problems) {
    }

    private final Path directory;
    private final boolean runScenarios;
    private final Duration scenarioTimeout;
    private final Limits limits;

    RulesCandidate(Path directory, boolean runScenarios, Duration scenarioTimeout, Limits limits) {
        this.directory = directory;
        this.runScenarios = runScenarios;
        this.scenarioTimeout = scenarioTimeout;
        this.limits = limits;
    }

    /**
     * Reads, checks and compiles the directory's rules, then runs its scenarios when asked.
     *
     * @return the knowledge base, or every problem; never throws
     */
    Outcome check() {
        KnowledgeBase kb = null;
        try {
            RuleCheck.Result check = RuleCheck.check(RuleFiles.fromDirectory(directory));
            if (!check.ok()) {
                return refused(check.problems());
            }
            kb = new KnowledgeBase(check.rules(), check.thresholds(), check.library(), limits, check.problems());
            List<RuleProblem> failures = scenarioFailures(kb);
            if (!failures.isEmpty()) {
                kb.compiledRules().close();
                return refused(failures);
            }
            return new Outcome(kb, List.of());
        } catch (RulesException e) {
            return refused(e.problems());
        } catch (Throwable e) { // NOPMD - a candidate's failure of any kind must not end the caller
            if (kb != null) {
                kb.compiledRules().close();
            }
            return refused(List.of(problem("", "checking the rules failed: " + describe(e))));
        }
    }

    private static Outcome refused(List<RuleProblem> problems) {
        return new Outcome(null, List.copyOf(problems));
    }

    /** Runs the scenarios on a thread of their own, so a run that does not end is abandoned at the limit. */
    private List<RuleProblem> scenarioFailures(KnowledgeBase kb) throws InterruptedException {
        Path scenarios = directory.resolve(SCENARIOS);
        if (!runScenarios) {
            return List.of();
        }
        if (!Files.isDirectory(scenarios)) {
            // deleting the scenarios would otherwise let any edit through the gate they are asked to be
            return List.of(problem(SCENARIOS, "no scenarios folder in the rules directory, and the scenarios are to be"
                    + " run before rules are loaded: put the folder back (an empty one is refused too)"));
        }
        try {
            return WithinTime.run("backpain-kb-candidate-scenarios", scenarioTimeout,
                    () -> failuresOf(new ScenarioRunner(kb).run(List.of(scenarios)).results()));
        } catch (TimeoutException e) {
            return List.of(problem(SCENARIOS, "the scenarios did not finish within " + WithinTime.inWords(scenarioTimeout)
                    + "; the rules were refused"));
        } catch (ExecutionException e) {
            return List.of(problem(SCENARIOS, "running the scenarios failed: " + describe(e.getCause())));
        }
    }

    private List<RuleProblem> failuresOf(List<ScenarioResult> results) {
        List<RuleProblem> failures = new ArrayList<>();
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                failures.add(problem(directory.relativize(Path.of(r.file())).toString().replace('\\', '/'),
                        "scenario \"" + r.name() + "\" fails: " + Stream.concat(Stream.ofNullable(r.error()),
                                r.mismatches().stream().map(RulesCandidate::describe)).collect(Collectors.joining("; "))));
            }
        }
        return failures;
    }

    private static RuleProblem problem(String file, String message) {
        return new RuleProblem(file, 0, message, RuleProblem.Kind.RUNTIME);
    }

    private static String describe(Mismatch m) {
        return m.field() + " expected " + m.expected() + ", was " + m.actual();
    }

    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "a rule called itself without end (stack overflow)";
        }
        if (e instanceof OutOfMemoryError) {
            return "the rules ran out of memory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
