package org.backpainkb.authoring;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.Recommendation;
import org.backpainkb.ContractShortfallException;
import org.backpainkb.RuleFailedException;
import org.backpainkb.RunawayRulesException;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.internal.ClosestName;
import org.backpainkb.internal.HiddenCharacters;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RiskGroup;

/**
 * Runs scenarios against a knowledge base: assesses each scenario's case, compares the result with
 * what the scenario expects, and records which rules fired, for coverage.
 */
public final class ScenarioRunner {

    private final KnowledgeBase kb;
    /** What the knowledge base knows by name, read once for every scenario. */
    private final Vocabulary known;

    /**
     * A runner over one knowledge base.
     *
     * @param kb the rules under test
     */
    public ScenarioRunner(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.known = new Vocabulary(kb.exerciseIds(),
                kb.reasonCodes().stream().map(ReasonCode::name).collect(Collectors.toCollection(TreeSet::new)),
                kb.recommendationIds());
    }

    /**
     * Runs every scenario file among some paths (folders are searched).
     *
     * @param paths scenario files and folders
     * @return each scenario's result, with the rules they fired together
     * @throws IllegalArgumentException when the paths hold no scenario file: a run of none would pass
     */
    public TestReport run(List<Path> paths) {
        return run(paths, file -> { });
    }

    /**
     * Runs every scenario file among some paths (folders are searched), saying which file starts.
     *
     * @param paths scenario files and folders
     * @param starting told each file before it runs, e.g. to name the file that runs too long
     * @return each scenario's result, with the rules they fired together
     * @throws IllegalArgumentException when the paths hold no scenario file: a run of none would pass
     */
    public TestReport run(List<Path> paths, Consumer<Path> starting) {
        List<Path> files = ScenarioReader.scenarioFiles(paths);
        if (files.isEmpty()) {
            // a run of nothing would pass whatever the rules say, and a check of failed() == 0 with it
            throw new IllegalArgumentException("no scenario file in " + paths + ": a scenario is a .yaml, .yml or .json"
                    + " file");
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : files) {
            starting.accept(file);
            results.add(runFile(file));
        }
        return new TestReport(results, kb.ruleNames());
    }

    /**
     * Reads and runs one scenario file; a file that cannot be read is a failed result saying why.
     *
     * @param file the scenario file
     * @return its result
     */
    public ScenarioResult runFile(Path file) {
        int hidden = HiddenCharacters.first(file.toString(), false);
        if (hidden >= 0) {
            // the report's line for it starts with its name: a line break or an escape would forge a line
            String shown = HiddenCharacters.shown(file.toString());
            return new ScenarioResult(shown, HiddenCharacters.shown(fileName(file)), null, List.of(), "the file's name holds a"
                    + " character a screen does not show (" + HiddenCharacters.named(hidden) + "): rename the file");
        }
        ScenarioReader.AsFarAsRead read;
        try {
            read = ScenarioReader.readAsFarAsPossible(file);
        } catch (InvalidCaseException e) {
            return new ScenarioResult(file.toString(), fileName(file), null, List.of(), e.getMessage());
        } catch (NoSuchFileException e) {
            return new ScenarioResult(file.toString(), fileName(file), null, List.of(), "no such file");
        } catch (IOException e) {
            return new ScenarioResult(file.toString(), fileName(file), null, List.of(), "cannot be read: " + e.getMessage());
        }
        if (read.refused().isEmpty()) {
            return run(read.scenario());
        }
        String refused = new InvalidCaseException(read.refused()).getMessage();
        if (read.scenario() == null) {
            return new ScenarioResult(file.toString(), fileName(file), null, List.of(), refused);
        }
        // what of the expectation reads is checked too: every mistake of the scenario in one run
        ScenarioResult asRead = run(read.scenario());
        return new ScenarioResult(asRead.file(), asRead.name(), asRead.assessment(), asRead.mismatches(),
                asRead.error() == null ? refused : refused + "; " + asRead.error());
    }

    /**
     * Runs one scenario.
     *
     * @param scenario the scenario
     * @return its result
     */
    public ScenarioResult run(Scenario scenario) {
        Assessment a;
        try {
            a = kb.assess(scenario.input());
        } catch (RunawayRulesException | RuleFailedException | ContractShortfallException e) {
            // a rule that loops or throws, or rules that fall short of the contract, fail this scenario with
            // the message; the others still run
            return new ScenarioResult(scenario.file(), scenario.name(), null, List.of(), e.getMessage());
        }
        return new ScenarioResult(scenario.file(), scenario.name(), a, compare(scenario.expect(), a, known), null);
    }

    /** The rules whose advice gave a reason, to say where an unexpected reason comes from. */
    private static String givenBy(Assessment a, ReasonCode reason) {
        List<String> rules = a.recommendations().stream().filter(r -> r.reason().equals(reason)).map(Recommendation::rule)
                .filter(rule -> !rule.isEmpty()).distinct().map(rule -> "\"" + rule + "\"").toList();
        return rules.isEmpty() ? "" : " (from rule " + String.join(", ", rules) + ")";
    }

    /**
     * How an assessment differs from an expectation.
     *
     * @param expect what is expected
     * @param a what the rules concluded
     * @return every difference, in the order of the expectation's keys
     */
    public static List<Mismatch> compare(Expectation expect, Assessment a) {
        return compare(expect, a, null);
    }

    /** The exercise ids, reason codes and recommendation ids of the knowledge base a scenario runs on. */
    private record Vocabulary(Set<String> exerciseIds, Set<String> reasonCodes, Set<String> recommendationIds) {
    }

    /**
     * The same, an expected suggestion the library has no exercise of, or a reason code the rules do
     * not declare, said as such when the knowledge base is known: a code in {@code notReasons} that no
     * rule can conclude would pass whatever the rules say.
     */
    private static List<Mismatch> compare(Expectation expect, Assessment a, Vocabulary known) {
        List<Mismatch> mismatches = new ArrayList<>();
        if (expect.referral() != null && expect.referral() != a.referral().urgency()) {
            mismatches.add(new Mismatch("referral", expect.referral().name(), a.referral().urgency().name()));
        }
        if (expect.stage() != null && expect.stage() != a.stage()) {
            mismatches.add(new Mismatch("stage", expect.stage().name(), a.stage().name()));
        }
        String actualReasons = a.reasons().isEmpty() ? "(none)"
                : a.reasons().stream().map(ReasonCode::name).collect(Collectors.joining(", "));
        for (ReasonCode r : expect.reasons()) {
            if (undeclared(r, known)) {
                mismatches.add(new Mismatch("reasons", "includes " + r.name(), notDeclared(r, known)));
            } else if (!a.reasons().contains(r)) {
                mismatches.add(new Mismatch("reasons", "includes " + r.name(), actualReasons));
            }
        }
        for (ReasonCode r : expect.notReasons()) {
            if (undeclared(r, known)) {
                mismatches.add(new Mismatch("notReasons", "not " + r.name(), notDeclared(r, known)));
            } else if (a.reasons().contains(r)) {
                mismatches.add(new Mismatch("notReasons", "not " + r.name(), r.name() + givenBy(a, r)));
            }
        }
        for (ExerciseCategory category : ExerciseCategory.values()) {
            Decision wanted = expect.clearances().get(category);
            if (wanted != null && a.clearance(category).decision() != wanted) {
                var c = a.clearance(category);
                mismatches.add(new Mismatch("clearances." + category.name(), wanted.name(),
                        c.decision().name() + (c.reason() == null ? "" : " (" + c.reason().name() + ")")));
            }
        }
        List<String> ids = a.recommendations().stream().map(Recommendation::id).toList();
        for (String id : expect.recommendations()) {
            if (!ids.contains(id)) {
                mismatches.add(new Mismatch("recommendations", "includes " + id, (ids.isEmpty() ? "(none)"
                        : String.join(", ", ids)) + ClosestName.didYouMean(id, ids)));
            }
        }
        for (String id : expect.notRecommendations()) {
            // an id the texts lack is never given: the check would pass whatever the rules say
            if (known != null && !known.recommendationIds().contains(id)) {
                mismatches.add(new Mismatch("notRecommendations", "not " + id, "no advice of that id in the texts file"
                        + ClosestName.didYouMean(id, known.recommendationIds())));
            } else if (ids.contains(id)) {
                mismatches.add(new Mismatch("notRecommendations", "not " + id, String.join(", ", ids)));
            }
        }
        compareFindings(expect, a, known == null ? null : known.exerciseIds(), mismatches);
        return mismatches;
    }

    private static boolean undeclared(ReasonCode code, Vocabulary known) {
        return known != null && !known.reasonCodes().contains(code.name());
    }

    private static String notDeclared(ReasonCode code, Vocabulary known) {
        return "no reason code " + code.name() + " in reason-codes.yaml"
                + ClosestName.didYouMean(code.name(), known.reasonCodes());
    }

    /** The second version's findings: risk, preference, doses and suggestions. */
    private static void compareFindings(Expectation expect, Assessment a, Set<String> exerciseIds,
            List<Mismatch> mismatches) {
        RiskGroup actualRisk = a.risk() == null ? null : a.risk().group();
        if (expect.risk() != null && expect.risk() != actualRisk) {
            mismatches.add(new Mismatch("risk", expect.risk().name(), actualRisk == null ? "(not screened)" : actualRisk.name()));
        }
        if (expect.directionalPreference() != null && expect.directionalPreference() != a.directionalPreference()) {
            mismatches.add(new Mismatch("directionalPreference", expect.directionalPreference().name(),
                    a.directionalPreference().name()));
        }
        for (ExerciseCategory category : ExerciseCategory.values()) {
            Dose wanted = expect.doses().get(category);
            Dose actual = a.clearance(category).dose();
            if (wanted != null && wanted != actual) {
                mismatches.add(new Mismatch("doses." + category.name(), wanted.name(), actual == null
                        ? "(none: no session of this category in the pain log's window)" : actual.name()));
            }
        }
        List<String> suggested = a.suggestedExercises().stream().map(SuggestedExercise::id).toList();
        for (String id : expect.suggestions()) {
            if (exerciseIds != null && !exerciseIds.contains(id)) {
                mismatches.add(new Mismatch("suggestions", "includes " + id, "no exercise of that id in the library"
                        + ClosestName.didYouMean(id, exerciseIds)));
            } else if (!suggested.contains(id)) {
                mismatches.add(new Mismatch("suggestions", "includes " + id,
                        suggested.isEmpty() ? "(none)" : String.join(", ", suggested)));
            }
        }
        for (String id : expect.notSuggestions()) {
            // an id the library lacks is never suggested: the check would pass whatever the rules say
            if (exerciseIds != null && !exerciseIds.contains(id)) {
                mismatches.add(new Mismatch("notSuggestions", "not " + id, "no exercise of that id in the library"
                        + ClosestName.didYouMean(id, exerciseIds)));
            } else if (suggested.contains(id)) {
                mismatches.add(new Mismatch("notSuggestions", "not " + id, String.join(", ", suggested)));
            }
        }
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * The results of a run of scenarios, with rule coverage.
     *
     * @param results one per scenario file, in the order run
     * @param rules every rule of the knowledge base
     */
    public record TestReport(List<ScenarioResult> results, java.util.SortedSet<String> rules) {

        /**
         * Copies the collections.
         *
         * @param results one per scenario file, in the order run
         * @param rules every rule of the knowledge base
         */
        public TestReport {
            results = List.copyOf(results);
            rules = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(rules));
        }

        /**
         * The scenarios that passed.
         *
         * @return how many
         */
        public long passed() {
            return results.stream().filter(ScenarioResult::passed).count();
        }

        /**
         * The scenarios that failed, including those that could not be run.
         *
         * @return how many
         */
        public long failed() {
            return results.size() - passed();
        }

        /**
         * The rules fired by at least one scenario, passed or failed.
         *
         * @return rule names, sorted
         */
        public java.util.SortedSet<String> firedRules() {
            TreeSet<String> fired = new TreeSet<>();
            results.stream().filter(r -> r.assessment() != null)
                    .forEach(r -> fired.addAll(r.assessment().firedRules()));
            fired.retainAll(rules);
            return fired;
        }

        /**
         * The rules no scenario fired.
         *
         * @return rule names, sorted
         */
        public java.util.SortedSet<String> unfiredRules() {
            TreeSet<String> unfired = new TreeSet<>(rules);
            unfired.removeAll(firedRules());
            return unfired;
        }

        /**
         * For each rule, how many scenarios fired it.
         *
         * @return rule name to count, for every rule
         */
        public Map<String, Long> firingsByRule() {
            Map<String, Long> counts = new java.util.TreeMap<>();
            rules.forEach(r -> counts.put(r, 0L));
            results.stream().filter(r -> r.assessment() != null)
                    .forEach(r -> new TreeSet<>(r.assessment().firedRules()).forEach(n -> counts.computeIfPresent(n, (k, v) -> v + 1)));
            return counts;
        }
    }
}
