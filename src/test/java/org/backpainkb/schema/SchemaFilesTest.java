package org.backpainkb.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.io.AssessmentWriter;
import org.backpainkb.io.CaseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case, result and scenario file of the project validates against the schemas the jar ships,
 * and every result the knowledge base gives for them does too.
 */
class SchemaFilesTest {

    private static final Path SCHEMA_FOLDER = Path.of("docs/schema");
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> caseFiles() {
        return Stream.concat(
                Schemas.files(Path.of("examples"), ".yaml", ".json").stream(),
                Schemas.files(golden(), ".yaml").stream());
    }

    static List<Path> expectedResults() {
        return Schemas.files(golden(), ".expected.json");
    }

    static List<Path> scenarioFiles() {
        return Schemas.files(Path.of("rules-drl/scenarios"), ".yaml", ".yml", ".json");
    }

    private static Path golden() {
        try {
            return Path.of(SchemaFilesTest.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theJarShipsTheSchemasOfTheRepositoryUnchanged() throws IOException {
        for (String name : List.of("case.schema.json", "result.schema.json", "scenario.schema.json")) {
            try (InputStream shipped = getClass().getClassLoader().getResourceAsStream(Schemas.RESOURCE_FOLDER + name)) {
                assertThat(shipped).as(name).isNotNull();
                assertThat(shipped.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(SCHEMA_FOLDER.resolve(name)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFiles")
    void everyExampleAndGoldenCaseValidatesAsACase(Path file) {
        assertThat(Schemas.problems(Schemas.CASE, Schemas.tree(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseFiles")
    void theResultOfEveryExampleAndGoldenCaseValidatesAsAResult(Path file) throws IOException {
        JsonNode result = JSON.readTree(AssessmentWriter.toJson(KB.assess(CaseReader.read(file))));

        assertThat(Schemas.problems(Schemas.RESULT, result)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedResults")
    void everyGoldenExpectedResultIsAValidPartOfAResult(Path file) {
        assertThat(Schemas.problemsOfAPart(Schemas.RESULT, Schemas.tree(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyScenarioFileValidatesAsAScenario(Path file) {
        assertThat(Schemas.problems(Schemas.SCENARIO, Schemas.tree(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void aScenarioFileThatNamesASchemaForEditorsNamesTheRepositorys(Path file) throws IOException {
        // the line helps an editor; a clinician's scenario without it is still a scenario
        assertThat(Files.readAllLines(file)).filteredOn(line -> line.startsWith("# yaml-language-server:"))
                .allSatisfy(line -> assertThat(line)
                        .isEqualTo("# yaml-language-server: $schema=../../docs/schema/scenario.schema.json"));
    }

    @Test
    void theProjectsScenarioFilesNameTheSchemaForEditors() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules-drl/scenarios"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".yaml")).toList()).isNotEmpty()
                    .anySatisfy(f -> assertThat(Files.readAllLines(f).get(0)).startsWith("# yaml-language-server: $schema="));
        }
    }

    @Test
    void theResultSchemaRefusesAnUnknownFieldAndAWrongDecision() throws IOException {
        JsonNode result = JSON.readTree(AssessmentWriter.toJson(KB.assess(CaseReader.read(Path.of("examples/all-clear.yaml")))));
        ((ObjectNode) result).put("verdict", "fine");
        ((ObjectNode) result.get("clearances").get(0)).put("decision", "MAYBE");

        assertThat(Schemas.problems(Schemas.RESULT, result)).hasSize(2);
    }

    @Test
    void theResultSchemaAcceptsTheSecondVersionsFieldsWithTheirShapes() throws IOException {
        var result = (ObjectNode) JSON.readTree(
                AssessmentWriter.toJson(KB.assess(CaseReader.read(Path.of("examples/all-clear.yaml")))));
        result.set("risk", JSON.readTree("{\"tool\":\"STARTBACK\",\"total\":5,\"psychosocial\":4,\"group\":\"HIGH\"}"));
        result.put("directionalPreference", "FLEXION");
        result.set("suggestedExercises", JSON.readTree("[{\"id\":\"knees-to-chest\",\"name\":\"Knees to chest\","
                + "\"category\":\"MOBILITY\",\"direction\":\"FLEXION\",\"amount\":\"10 times, twice a day\",\"why\":\"eases it\"}]"));
        ((ObjectNode) result.get("clearances").get(0)).put("dose", "KEEP");
        ((ObjectNode) result.get("clearances").get(1)).putNull("dose");

        assertThat(Schemas.problems(Schemas.RESULT, result)).isEmpty();

        result.set("risk", JSON.readTree("{\"tool\":\"STARTBACK\",\"total\":10,\"psychosocial\":4,\"group\":\"HIGH\"}"));
        assertThat(Schemas.problems(Schemas.RESULT, result)).isNotEmpty();
    }
}
