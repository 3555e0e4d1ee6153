package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.authoring.ScenarioRunner.TestReport;
import org.backpainkb.model.ReasonCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The rule authors' scenarios in {@code rules-drl/scenarios}, each one a test of the project's rules. */
class ScenarioSuiteTest {

    static final Path SCENARIOS = RuleFixtures.PROJECT_RULES.resolve("scenarios");

    private static KnowledgeBase kb;
    private static ScenarioRunner runner;

    @BeforeAll
    static void loadTheProjectRules() {
        kb = KnowledgeBase.fromDirectory(RuleFixtures.PROJECT_RULES);
        runner = new ScenarioRunner(kb);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        return ScenarioReader.scenarioFiles(List.of(SCENARIOS)).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
                    ScenarioResult result = runner.runFile(file);
                    assertThat(result.error()).as("error reading or running " + file).isNull();
                    assertThat(result.mismatches()).as(result.name()).isEmpty();
                }));
    }

    @Test
    void theScenariosFireEveryRule() {
        TestReport report = runner.run(List.of(SCENARIOS));

        assertThat(report.unfiredRules()).isEmpty();
        assertThat(report.firedRules()).isEqualTo(kb.ruleNames());
    }

    @Test
    void everyReasonHasAScenarioThatExpectsItAndOneThatExpectsItNot() throws Exception {
        List<Scenario> scenarios = ScenarioReader.scenarioFiles(List.of(SCENARIOS)).stream().map(f -> {
            try {
                return ScenarioReader.read(f);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();

        for (ReasonCode reason : reasonsTheRulesName()) {
            assertThat(scenarios).as("a scenario expecting " + reason)
                    .anyMatch(s -> s.expect().reasons().contains(reason));
            assertThat(scenarios).as("a scenario expecting no " + reason)
                    .anyMatch(s -> s.expect().notReasons().contains(reason));
        }
    }

    /** Every code a rule of the project names in its @reason: a declared code no rule uses needs no scenario yet. */
    private static java.util.Set<ReasonCode> reasonsTheRulesName() throws java.io.IOException {
        java.util.Set<ReasonCode> named = new java.util.TreeSet<>();
        java.util.regex.Pattern reason = java.util.regex.Pattern.compile("@reason\\((\\w+)\\)");
        try (Stream<Path> files = java.nio.file.Files.list(RuleFixtures.PROJECT_RULES)) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                java.util.regex.Matcher m = reason.matcher(java.nio.file.Files.readString(drl));
                while (m.find()) {
                    named.add(ReasonCode.of(m.group(1)));
                }
            }
        }
        return named;
    }

    @Test
    void everyScenarioChecksSomething() {
        assertThat(ScenarioReader.scenarioFiles(List.of(SCENARIOS))).isNotEmpty().allSatisfy(f ->
                assertThat(ScenarioReader.read(f).expect().isEmpty()).as(f.toString()).isFalse());
    }
}
