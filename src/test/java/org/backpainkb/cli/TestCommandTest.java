package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    @TempDir
    Path temp;

    @Test
    void theProjectScenariosPassWithFullRuleCoverage() {
        Run run = CommandLineRuns.run("test", "--rules", "rules-drl", "rules-drl/scenarios");

        assertThat(run.status()).isZero();
        List<String> lines = run.lines();
        long scenarios = lines.stream().filter(l -> l.startsWith("ok ")).count();
        assertThat(scenarios).isGreaterThanOrEqualTo(20);
        assertThat(lines).noneMatch(l -> l.startsWith("FAIL"));
        assertThat(lines.get(lines.size() - 2)).matches("rule coverage: (\\d+)/\\1 rules fired");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(scenarios + " passed, 0 failed");
    }

    @Test
    void aTimeLimitUnderASecondIsACommandLineMistake() {
        Run run = CommandLineRuns.run("test", "--time-limit", "0", "rules-drl/scenarios");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--time-limit is at least 1 second, not 0");
    }

    @Test
    void aFolderWithNoScenarioFileIsACommandLineMistakeNotAPass() throws Exception {
        java.nio.file.Files.createDirectories(temp.resolve("empty"));

        Run run = CommandLineRuns.run("test", "--rules", "rules-drl", temp.resolve("empty").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("no scenario file in " + temp.resolve("empty"));
    }

    @Test
    void aRulesDirectoryThatDoesNotExistIsNamedAsSuchWithoutAPath() {
        Run run = CommandLineRuns.run("test", "--rules", temp.resolve("nowhere").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith(temp.resolve("nowhere") + ": no such rules directory");
    }

    @Test
    void withoutPathsTheScenariosOfTheRulesDirectoryRun() {
        Run run = CommandLineRuns.run("test");

        assertThat(run.status()).isZero();
        assertThat(run.lastLine()).endsWith(" passed, 0 failed");
    }

    @Test
    void aRuleThatThrowsFailsItsScenarioWithTheMessageAndTheTallyIsStillPrinted() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules-drl"));
        // validate passes it (every key and field is right); it throws only when it runs: a restriction needs a category
        Files.writeString(rules.resolve("no-category.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Running hurts: a restriction without its category"
                    @reason(WRONG_EXERCISE)
                    @source("seed-wrong-exercise")
                when
                    $symptom : Symptom(aggravatedBy contains Activity.RUNNING)
                then
                    insertLogical(Restriction.of($symptom.relievedBy().isEmpty() ? null : ExerciseCategory.AEROBIC,
                        Decision.MODIFY).note("keep-walks-comfortable"));
                end
                """);
        Path throwing = Files.writeString(temp.resolve("running.yaml"), """
                name: Running hurts
                case:
                  symptoms: [{ region: LOW_BACK, intensity: 4, aggravatedBy: [RUNNING] }]
                expect:
                  reasons: [WRONG_EXERCISE]
                """);
        Path fine = Files.writeString(temp.resolve("fine.yaml"), """
                name: Nothing hurts
                case:
                  mobility: [{ movement: FLEXION, status: RESTRICTED }]
                expect:
                  stage: MOBILITY
                """);

        Run run = CommandLineRuns.run("test", "--rules", rules.toString(), throwing.toString(), fine.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  " + throwing + " (Running hurts)")
                .contains("rule \"Running hurts: a restriction without its category\" failed").doesNotContain("\tat ");
        assertThat(run.lastLine()).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void aFailureShowsExpectedAndActualSideBySideAndExitsWithOne() throws Exception {
        Path scenario = Files.writeString(temp.resolve("wrong.yaml"), """
                name: Expects the wrong stage
                case:
                  mobility: [{ movement: FLEXION, status: RESTRICTED }]
                expect:
                  stage: MOTOR_CONTROL
                  clearances: { STABILITY: ALLOW }
                """);

        Run run = CommandLineRuns.run("test", "--rules", "rules-drl", scenario.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).containsSubsequence(
                "FAIL  " + scenario + " (Expects the wrong stage)",
                "                            expected                          actual",
                "      stage                 MOTOR_CONTROL                     MOBILITY",
                "      clearances.STABILITY  ALLOW                             DEFER");
        assertThat(run.lastLine()).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void rulesNoScenarioOfAFolderFiredAreListed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("scenarios"));
        Files.writeString(folder.resolve("one.yaml"), "name: Only mobility\ncase: {}\nexpect: { stage: MOTOR_CONTROL }\n");

        Run run = CommandLineRuns.run("test", "--rules", "rules-drl", folder.toString());

        assertThat(run.out()).containsPattern("rule coverage: \\d+/\\d+ rules fired")
                .contains("  not fired: \"Emergency red flag: possible cauda equina, seek emergency care today\"");
        assertThat(run.lastLine()).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void aScenarioFileRunAloneGivesTheCoverageCountWithoutListingEveryRuleItDidNotFire() throws Exception {
        Path scenario = Files.writeString(temp.resolve("one.yaml"),
                "name: Only mobility\ncase: {}\nexpect: { stage: MOTOR_CONTROL }\n");

        Run run = CommandLineRuns.run("test", "--rules", "rules-drl", scenario.toString());

        assertThat(run.out()).containsPattern("rule coverage: \\d+/\\d+ rules fired").doesNotContain("not fired:")
                .contains("(the rules not fired are listed when a folder of scenarios runs");
        assertThat(run.lines()).hasSizeLessThan(6);
    }

    @Test
    void rulesNotFiredAreNotListedWhileAScenarioDidNotRunSoTheMistakeStaysInSight() throws Exception {
        Path scenario = Files.writeString(temp.resolve("typo.yaml"), "name: n\ncase: {}\nexpect: { stag: MOBILITY }\n");

        Run run = CommandLineRuns.run("test", "--rules", "rules-drl", scenario.toString());

        assertThat(run.out()).doesNotContain("not fired:")
                .containsPattern("rule coverage: \\d+/\\d+ rules fired by the scenarios that ran \\(1 could not run\\)")
                .contains("(the rules not fired are listed once every scenario runs)");
        assertThat(run.lines()).hasSizeLessThan(6);
    }

    @Test
    void anUnreadableScenarioIsAFailureThatSaysWhy() throws Exception {
        Path scenario = Files.writeString(temp.resolve("typo.yaml"), "name: n\ncase: {}\nexpect: { stag: MOBILITY }\n");

        Run run = CommandLineRuns.run("test", "--rules", "rules-drl", scenario.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("expect.stag: unknown key 'stag' (did you mean stage?); allowed keys in expect: referral,"
                + " stage");
    }

    @Test
    void brokenRulesAreReportedAndNoScenarioRuns() {
        Path rules = RuleFixtures.brokenCopy(temp, "forbidden-call");

        Run run = CommandLineRuns.run("test", "--rules", rules.toString(), rules.resolve("scenarios").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("breathing.drl:18: System is not allowed").contains("no scenario was run");
    }

    @Test
    void theRulesWarningsArePrintedBeforeTheScenariosAsValidatePrintsThem() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules-drl"));
        Path german = rules.resolve("texts/de.yaml");
        Files.writeString(german, Files.readString(german).replaceFirst("(?m)^breathe-with-the-effort:\\n(  .*\\n)+", ""));

        Run run = CommandLineRuns.run("test", "--rules", rules.toString(), rules.resolve("scenarios").toString());

        assertThat(run.status()).isZero();
        assertThat(run.lines().get(0)).startsWith(german + ": warning: advice breathe-with-the-effort is not translated");
    }

    @Test
    void scenariosInAnotherRulesFolderRunOnThatFoldersRulesNotTheProjects() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("clinic-rules"));
        Files.writeString(rules.resolve("thresholds.yaml"), "painLogWindowDays: -5\n");

        Run run = CommandLineRuns.run("test", rules.resolve("scenarios").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(rules.resolve("thresholds.yaml").toString())
                .contains("the rules in " + rules + " do not validate; no scenario was run");
    }

    @Test
    void scenariosOfTwoRulesFoldersAtOnceAreACommandLineMistake() throws Exception {
        Path one = RuleFixtures.copyOfProjectRules(temp.resolve("one"));
        Path two = RuleFixtures.copyOfProjectRules(temp.resolve("two"));

        Run run = CommandLineRuns.run("test", one.resolve("scenarios").toString(), two.resolve("scenarios").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("the scenarios belong to 2 rules folders (" + one + ", " + two + ")");
    }

    @Test
    void aRulesFolderWithItsRulesInSubfoldersIsTheRulesOfItsScenarios() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("sorted-rules"));
        Files.createDirectories(rules.resolve("topics"));
        try (var files = Files.list(rules)) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.move(drl, rules.resolve("topics").resolve(drl.getFileName()));
            }
        }
        Files.writeString(rules.resolve("thresholds.yaml"), "painLogWindowDays: -5\n");

        Run run = CommandLineRuns.run("test", rules.resolve("scenarios").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("the rules in " + rules + " do not validate; no scenario was run");
    }
}
