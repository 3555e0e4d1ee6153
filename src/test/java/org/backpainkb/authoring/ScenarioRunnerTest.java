package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backpainkb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's expectations compared with what the rules conclude, slips in the scenario said as such. */
class ScenarioRunnerTest {

    private static final String WALKING_HURTS = """
            name: Walking hurts, sitting eases
            case:
              symptoms:
                - { region: LOW_BACK, intensity: 5, aggravatedBy: [WALKING], relievedBy: [SITTING] }
            expect:
              suggestions: [%s]
            """;

    private static ScenarioResult run(Path dir, String suggestions) throws IOException {
        Path file = Files.writeString(dir.resolve("walking.yaml"), WALKING_HURTS.formatted(suggestions));
        return new ScenarioRunner(KnowledgeBase.bundled()).runFile(file);
    }

    @Test
    void anExpectedSuggestionTheLibraryHasNoExerciseOfIsSaidToBeUnknownWithTheClosestId(@TempDir Path dir)
            throws IOException {
        ScenarioResult result = run(dir, "stationary-cyclin");

        assertThat(result.mismatches()).singleElement().isEqualTo(new Mismatch("suggestions",
                "includes stationary-cyclin", "no exercise of that id in the library (did you mean stationary-cycling?)"));
    }

    @Test
    void anExpectedSuggestionOfTheLibraryThatIsNotSuggestedListsWhatWas(@TempDir Path dir) throws IOException {
        ScenarioResult result = run(dir, "prone-press-up");

        assertThat(result.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.expected()).isEqualTo("includes prone-press-up");
            assertThat(m.actual()).contains("stationary-cycling").doesNotContain("prone-press-up");
        });
    }

    @Test
    void aRunOfNoScenarioFileIsRefusedRatherThanPassingWhateverTheRulesSay(@TempDir Path dir) {
        assertThatThrownBy(() -> new ScenarioRunner(KnowledgeBase.bundled()).run(List.of(dir)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no scenario file in [" + dir + "]");
    }

    @Test
    void eachScenarioFileIsToldBeforeItRunsSoATimeLimitCanNameTheOneRunning(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.yaml"), WALKING_HURTS.formatted("stationary-cycling"));
        Path second = Files.writeString(dir.resolve("b.yaml"), WALKING_HURTS.formatted("stationary-cycling"));
        List<Path> started = new ArrayList<>();

        ScenarioRunner.TestReport report = new ScenarioRunner(KnowledgeBase.bundled()).run(List.of(dir), started::add);

        assertThat(started).containsExactly(first, second);
        assertThat(report.results()).hasSize(2);
    }

    @Test
    void anExerciseExpectedNotToBeSuggestedFailsWhenItIsAndPassesWhenItIsNot(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("walking.yaml"), WALKING_HURTS.formatted("stationary-cycling")
                .replace("expect:\n", "expect:\n  notSuggestions: [%s]\n"));
        ScenarioRunner runner = new ScenarioRunner(KnowledgeBase.bundled());

        assertThat(runner.runFile(Files.writeString(file, Files.readString(file).formatted("prone-press-up")))
                .mismatches()).isEmpty();
        assertThat(runner.runFile(Files.writeString(file, WALKING_HURTS.formatted("stationary-cycling")
                .replace("expect:\n", "expect:\n  notSuggestions: [stationary-cycling]\n"))).mismatches())
                .singleElement().satisfies(m -> {
                    assertThat(m.expected()).isEqualTo("not stationary-cycling");
                    assertThat(m.actual()).contains("stationary-cycling");
                });
        assertThat(runner.runFile(Files.writeString(file, WALKING_HURTS.formatted("stationary-cycling")
                .replace("expect:\n", "expect:\n  notSuggestions: [prone-press-upp]\n"))).mismatches())
                .singleElement().isEqualTo(new Mismatch("notSuggestions", "not prone-press-upp",
                        "no exercise of that id in the library (did you mean prone-press-up?)"));
    }

    @Test
    void aRecommendationExpectedNotToBeGivenFailsWhenItIsAndPassesWhenItIsNot(@TempDir Path dir) throws IOException {
        String walking = WALKING_HURTS.formatted("stationary-cycling");
        ScenarioRunner runner = new ScenarioRunner(KnowledgeBase.bundled());

        assertThat(runner.runFile(Files.writeString(dir.resolve("a.yaml"), walking.replace("expect:\n",
                "expect:\n  notRecommendations: [get-checked-by-a-doctor]\n"))).mismatches()).isEmpty();
        assertThat(runner.runFile(Files.writeString(dir.resolve("b.yaml"), walking.replace("expect:\n",
                "expect:\n  notRecommendations: [find-an-exercise-that-gets-you-back-to-walking]\n"))).mismatches())
                .singleElement().satisfies(m -> {
                    assertThat(m.field()).isEqualTo("notRecommendations");
                    assertThat(m.expected()).isEqualTo("not find-an-exercise-that-gets-you-back-to-walking");
                });
    }

    @Test
    void aRecommendationExpectedNotToBeGivenWithAnIdTheTextsLackFailsNamingTheClosestId(@TempDir Path dir)
            throws IOException {
        // such an id is never given, so the expectation would pass whatever the rules say
        ScenarioResult result = new ScenarioRunner(KnowledgeBase.bundled()).runFile(Files.writeString(dir.resolve("a.yaml"),
                WALKING_HURTS.formatted("stationary-cycling").replace("expect:\n",
                        "expect:\n  notRecommendations: [get-checked-by-a-docter]\n")));

        assertThat(result.mismatches()).singleElement().isEqualTo(new Mismatch("notRecommendations",
                "not get-checked-by-a-docter", "no advice of that id in the texts file (did you mean get-checked-by-a-doctor?)"));
    }

    @Test
    void anExpectedRecommendationMisspeltIsToldTheClosestIdGiven(@TempDir Path dir) throws IOException {
        ScenarioResult result = new ScenarioRunner(KnowledgeBase.bundled()).runFile(Files.writeString(dir.resolve("a.yaml"),
                WALKING_HURTS.formatted("stationary-cycling").replace("expect:\n",
                        "expect:\n  recommendations: [find-an-exercise-that-gets-you-back-to-walkin]\n")));

        assertThat(result.mismatches()).singleElement().satisfies(m -> assertThat(m.actual())
                .endsWith("(did you mean find-an-exercise-that-gets-you-back-to-walking?)"));
    }

    @Test
    void anExpectedSuggestionThatIsMadePasses(@TempDir Path dir) throws IOException {
        assertThat(run(dir, "stationary-cycling").mismatches()).isEmpty();
    }

    private static ScenarioResult runExpecting(Path dir, String expect) throws IOException {
        Path file = Files.writeString(dir.resolve("reasons.yaml"), """
                name: Walking hurts
                case:
                  symptoms:
                    - { region: LOW_BACK, intensity: 5, aggravatedBy: [WALKING] }
                expect:
                  %s
                """.formatted(expect));
        return new ScenarioRunner(KnowledgeBase.bundled()).runFile(file);
    }

    @Test
    void anExpectedReasonTheRulesDoNotDeclareIsSaidToBeUnknownWithTheClosestCode(@TempDir Path dir)
            throws IOException {
        assertThat(runExpecting(dir, "reasons: [WRONG_EXERCISES]").mismatches()).singleElement().isEqualTo(
                new Mismatch("reasons", "includes WRONG_EXERCISES",
                        "no reason code WRONG_EXERCISES in reason-codes.yaml (did you mean WRONG_EXERCISE?)"));
    }

    @Test
    void aReasonThatNoRuleCanConcludeFailsInNotReasonsInsteadOfPassingWhateverTheRulesSay(@TempDir Path dir)
            throws IOException {
        assertThat(runExpecting(dir, "notReasons: [RED_FLAGS]").mismatches()).singleElement().isEqualTo(
                new Mismatch("notReasons", "not RED_FLAGS", "no reason code RED_FLAGS in reason-codes.yaml (did you mean RED_FLAG?)"));
    }

    @Test
    void aReasonGivenThoughNotExpectedIsSaidWithTheRulesWhoseAdviceGaveIt(@TempDir Path dir) throws IOException {
        assertThat(runExpecting(dir, "notReasons: [WRONG_EXERCISE]").mismatches()).singleElement().isEqualTo(
                new Mismatch("notReasons", "not WRONG_EXERCISE", "WRONG_EXERCISE (from rule \"Walking makes the pain worse:"
                        + " first an exercise that gets them back to normal walking\")"));
    }

    @Test
    void declaredReasonsAreComparedWithWhatTheRulesConclude(@TempDir Path dir) throws IOException {
        assertThat(runExpecting(dir, "{ reasons: [WRONG_EXERCISE], notReasons: [RED_FLAG] }").mismatches()).isEmpty();
    }

    @Test
    void aMisspelledExpectationIsSaidWithTheMismatchesOfTheRestOfTheScenarioInOneRun(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("two-mistakes.yaml"), """
                name: Walking hurts, sitting eases
                case:
                  symptoms:
                    - { region: LOW_BACK, intensity: 5, aggravatedBy: [WALKING], relievedBy: [SITTING] }
                expect:
                  referral: URGENT
                  clearances: { WALKING: MODIFY, STRENGHT: DEFER }
                """);

        ScenarioResult result = new ScenarioRunner(KnowledgeBase.bundled()).runFile(file);

        assertThat(result.passed()).isFalse();
        assertThat(result.error()).startsWith("expect.clearances.STRENGHT: unknown exercise category (did you mean STRENGTH?)");
        assertThat(result.assessment()).isNotNull();
        assertThat(result.mismatches()).singleElement().isEqualTo(new Mismatch("referral", "URGENT", "NONE"));
    }

    @Test
    void aScenarioWhoseEveryExpectationIsMisspelledDoesNotRunSinceItWouldCheckNothing(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("typo.yaml"), "name: n\ncase: {}\nexpect: { stag: MOBILITY }\n");

        ScenarioResult result = new ScenarioRunner(KnowledgeBase.bundled()).runFile(file);

        assertThat(result.assessment()).isNull();
        assertThat(result.error()).startsWith("expect.stag: unknown key 'stag' (did you mean stage?)");
    }
}
