package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void theProjectScenariosPassWithFullRuleCoverage() {
        int status = run("test", "--rules", "rules-drl", "rules-drl/scenarios");

        assertThat(status).isZero();
        List<String> lines = lines();
        long scenarios = lines.stream().filter(l -> l.startsWith("ok ")).count();
        assertThat(scenarios).isGreaterThanOrEqualTo(20);
        assertThat(lines).noneMatch(l -> l.startsWith("FAIL"));
        assertThat(lines.get(lines.size() - 2)).matches("rule coverage: (\\d+)/\\1 rules fired");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(scenarios + " passed, 0 failed");
    }

    @Test
    void withoutPathsTheScenariosOfTheRulesDirectoryRun() {
        assertThat(run("test")).isZero();
        assertThat(lines().get(lines().size() - 1)).endsWith(" passed, 0 failed");
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

        int status = run("test", "--rules", "rules-drl", scenario.toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines()).containsSubsequence(
                "FAIL  " + scenario + " (Expects the wrong stage)",
                "                            expected                          actual",
                "      stage                 MOTOR_CONTROL                     MOBILITY",
                "      clearances.STABILITY  ALLOW                             DEFER");
        assertThat(lines().get(lines().size() - 1)).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void rulesNoScenarioFiredAreListed() throws Exception {
        Path scenario = Files.writeString(temp.resolve("one.yaml"),
                "name: Only mobility\ncase: {}\nexpect: { stage: MOTOR_CONTROL }\n");

        run("test", "--rules", "rules-drl", scenario.toString());

        assertThat(out.toString()).containsPattern("rule coverage: \\d+/\\d+ rules fired")
                .contains("  not fired: \"Emergency red flag: possible cauda equina, seek emergency care today\"");
        assertThat(lines().get(lines().size() - 1)).isEqualTo("1 passed, 0 failed");
    }

    @Test
    void anUnreadableScenarioIsAFailureThatSaysWhy() throws Exception {
        Path scenario = Files.writeString(temp.resolve("typo.yaml"), "name: n\ncase: {}\nexpect: { stag: MOBILITY }\n");

        assertThat(run("test", "--rules", "rules-drl", scenario.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("expect.stag: unknown key 'stag'; allowed keys in expect: referral, stage");
    }

    @Test
    void brokenRulesAreReportedAndNoScenarioRuns() {
        Path rules = RuleFixtures.brokenCopy(temp, "forbidden-call");

        assertThat(run("test", "--rules", rules.toString(), rules.resolve("scenarios").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("breathing.drl:19: System is not allowed").contains("no scenario was run");
    }
}
