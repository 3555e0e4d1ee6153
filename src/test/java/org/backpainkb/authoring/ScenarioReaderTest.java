package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioReaderTest {

    @TempDir
    Path temp;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text);
    }

    @Test
    void aYamlScenarioIsReadWithEveryKindOfExpectation() throws Exception {
        Path file = write("s.yaml", """
                name: Walking hurts
                description: a test
                case:
                  symptoms:
                    - { region: LOW_BACK, intensity: 5, aggravatedBy: [WALKING] }
                expect:
                  referral: NONE
                  stage: MOBILITY
                  reasons: [WRONG_EXERCISE]
                  notReasons: [RED_FLAG]
                  clearances: { WALKING: MODIFY }
                  recommendations: [find-an-exercise-that-gets-you-back-to-walking]
                """);

        Scenario s = ScenarioReader.read(file);

        assertThat(s.name()).isEqualTo("Walking hurts");
        assertThat(s.description()).isEqualTo("a test");
        assertThat(s.input().symptoms()).hasSize(1);
        assertThat(s.expect()).isEqualTo(new Expectation(Urgency.NONE, Stage.MOBILITY, List.of(ReasonCode.WRONG_EXERCISE),
                List.of(ReasonCode.RED_FLAG), Map.of(ExerciseCategory.WALKING, Decision.MODIFY),
                List.of("find-an-exercise-that-gets-you-back-to-walking")));
    }

    @Test
    void aJsonScenarioIsReadTheSameWay() throws Exception {
        Path file = write("s.json", """
                {"name": "n", "case": {"redFlags": ["FEVER"]}, "expect": {"referral": "URGENT"}}
                """);

        assertThat(ScenarioReader.read(file).expect().referral()).isEqualTo(Urgency.URGENT);
    }

    @Test
    void anUnknownKeyInExpectIsRefusedNamingTheKeyAndTheAllowedOnes() throws Exception {
        Path file = write("s.yaml", "name: n\ncase: {}\nexpect:\n  referal: NONE\n");

        assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(InvalidCaseException.class)
                .hasMessage("expect.referal: unknown key 'referal' (did you mean referral?); allowed keys in expect:"
                        + " referral, stage, reasons, notReasons, clearances, recommendations, notRecommendations, risk,"
                        + " directionalPreference, doses, suggestions, notSuggestions");
    }

    @Test
    void everyProblemInAScenarioIsReportedWithItsPath() throws Exception {
        Path file = write("s.yaml", """
                name: n
                case:
                  symptoms: [{ region: LOW_BAK, intensity: 4 }, { region: LEG, intensity: 14 }]
                expect:
                  stage: STABILITY
                  reasons: [bad form]
                  clearances: { WALKING: MAYBE, SWIMMING: ALLOW }
                """);

        assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOfSatisfying(InvalidCaseException.class, e ->
                assertThat(e.problems()).extracting(InvalidCaseException.Problem::path).containsExactlyInAnyOrder(
                        "case.symptoms[0].region", "case.symptoms[1].intensity", "expect.stage", "expect.reasons[0]",
                        "expect.clearances.WALKING", "expect.clearances.SWIMMING"));
    }

    @Test
    void aScenarioNeedsANameACaseAndAnExpectation() throws Exception {
        Path file = write("s.yaml", "description: nothing else\n");

        assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOfSatisfying(InvalidCaseException.class, e ->
                assertThat(e.problems()).extracting(InvalidCaseException.Problem::path)
                        .containsExactlyInAnyOrder("name", "case", "expect"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{reasons: [], notReasons: [], clearances: {}, recommendations: [], suggestions: [], doses: {}}"})
    void anEmptyExpectationIsRefusedSinceItWouldPassWhateverTheRulesSay(String expect) throws Exception {
        Path file = write("s.yaml", "name: n\ncase: {}\nexpect: " + expect + "\n");

        assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOfSatisfying(InvalidCaseException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("expect");
                    assertThat(p.message()).startsWith("is empty, so the scenario would pass whatever the rules say");
                }));
    }

    @Test
    void foldersAreSearchedForScenarioFilesInNameOrder() throws Exception {
        Files.createDirectories(temp.resolve("sub"));
        write("b.yaml", "");
        write("a.json", "");
        write("sub/c.yml", "");
        write("notes.txt", "");

        assertThat(ScenarioReader.scenarioFiles(List.of(temp))).extracting(p -> temp.relativize(p).toString())
                .containsExactly("a.json", "b.yaml", "sub/c.yml");
    }
}
