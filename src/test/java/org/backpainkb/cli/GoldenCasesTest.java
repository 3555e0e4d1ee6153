package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpainkb.cli.CommandLineRuns.JSON;
import static org.backpainkb.cli.CommandLineRuns.assessJson;
import static org.backpainkb.cli.CommandLineRuns.clearance;
import static org.backpainkb.cli.CommandLineRuns.decision;
import static org.backpainkb.cli.CommandLineRuns.golden;
import static org.backpainkb.cli.CommandLineRuns.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden case files through {@code assess --format json}: each gives at least the conclusions
 * stored beside it, and every statement of the contract has one.
 */
class GoldenCasesTest {

    static Stream<String> goldenCases() throws IOException {
        return CommandLineRuns.goldenCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void eachGoldenCaseGivesTheConclusionsStoredBesideIt(String name) throws IOException {
        JsonNode expected = JSON.readTree(golden().resolve(name + ".expected.json").toFile());

        JsonNode result = assessJson(name);

        assertThat(result.get("caseId").asText()).isEqualTo(name);
        if (name.startsWith("statement-10-")) {
            // nothing wrong, nothing said: the one place the contract says the rules conclude nothing more
            assertThat(conclusions(result, expected)).isEqualTo(expected);
        } else {
            assertConcludesAtLeast(conclusions(result, expected), expected);
        }
        assertThat(texts(result.at("/clearances")).size()).isEqualTo(7);
        assertThat(result.at("/knowledgeBase/rulesHash").asText()).matches("[0-9a-f]{64}");
        assertThat(result.at("/knowledgeBase/version").asText()).isEqualTo(KnowledgeBase.libraryVersion());
        assertThat(result.at("/knowledgeBase/thresholds/maxPainDuring").asInt()).isEqualTo(5);
        assertThat(result.get("firedRules").isArray()).isTrue();
        for (JsonNode r : result.get("recommendations")) {
            assertThat(r.get("id").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.get("advice").asText()).isNotBlank();
            assertThat(r.get("rule").asText()).isNotBlank();
            assertThat(r.get("source").asText()).isNotBlank();
            assertThat(r.get("because").isArray()).isTrue();
            assertThat(r.get("because")).isNotEmpty();
        }
    }

    /**
     * A golden file is a floor, as the contract is: the same stage and referral, each expected reason
     * and recommendation (id, reason, severity, priority), and each category at least as strict. A rule
     * a clinician adds may conclude more.
     */
    static void assertConcludesAtLeast(JsonNode actual, JsonNode expected) {
        assertThat(actual.get("stage")).isEqualTo(expected.get("stage"));
        assertThat(actual.at("/referral/urgency")).isEqualTo(expected.at("/referral/urgency"));
        assertThat(texts(actual.get("reasons"))).containsAll(texts(expected.get("reasons")));
        List<JsonNode> recommendations = new ArrayList<>();
        actual.get("recommendations").forEach(recommendations::add);
        assertThat(recommendations).containsAll(expected.get("recommendations"));
        for (JsonNode clearance : expected.get("clearances")) {
            String category = clearance.get("category").asText();
            assertThat(Decision.valueOf(decision(actual, category))).as(category)
                    .isGreaterThanOrEqualTo(Decision.valueOf(clearance.get("decision").asText()));
            if (clearance.has("dose")) {
                assertThat(clearance(actual, category).get("dose")).as(category + " dose").isEqualTo(clearance.get("dose"));
            }
        }
        // statements 11, 12 and 14 fix risk, preference and dose; suggestions are a floor like the rest
        for (String field : List.of("risk", "directionalPreference")) {
            if (expected.has(field)) {
                assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
            }
        }
        if (expected.has("suggestedExercises")) {
            List<JsonNode> suggestions = new ArrayList<>();
            actual.get("suggestedExercises").forEach(suggestions::add);
            assertThat(suggestions).containsAll(expected.get("suggestedExercises"));
        }
    }

    @Test
    void thereIsAGoldenCaseForEachOfTheFourteenStatements() throws IOException {
        List<String> names = goldenCases().toList();
        for (int statement = 1; statement <= 14; statement++) {
            String prefix = String.format("statement-%02d-", statement);
            assertThat(names).as(prefix).anyMatch(n -> n.startsWith(prefix));
        }
    }

    /**
     * The parts of a result a golden file fixes: the contract's conclusions, not the wording; the
     * second version's findings (risk, preference, suggestions, doses) where the golden file states them.
     */
    static ObjectNode conclusions(JsonNode result, JsonNode expected) {
        ObjectNode c = conclusions(result);
        if (expected.has("risk")) {
            c.set("risk", result.get("risk"));
        }
        if (expected.has("directionalPreference")) {
            c.set("directionalPreference", result.get("directionalPreference"));
        }
        if (expected.has("suggestedExercises")) {
            ArrayNode suggestions = c.putArray("suggestedExercises");
            for (JsonNode e : result.get("suggestedExercises")) {
                ObjectNode o = suggestions.addObject();
                for (String field : List.of("id", "category", "direction")) {
                    o.set(field, e.get(field));
                }
            }
        }
        boolean doses = false;
        for (JsonNode cl : expected.path("clearances")) {
            doses |= cl.has("dose");
        }
        if (doses) {
            for (int i = 0; i < result.get("clearances").size(); i++) {
                ((ObjectNode) c.get("clearances").get(i)).set("dose", result.get("clearances").get(i).get("dose"));
            }
        }
        return c;
    }

    /** The parts of a result every golden file fixes: the first version's conclusions. */
    static ObjectNode conclusions(JsonNode result) {
        ObjectNode c = JSON.createObjectNode();
        c.set("stage", result.get("stage"));
        c.set("referral", result.get("referral"));
        c.set("reasons", result.get("reasons"));
        ArrayNode recommendations = c.putArray("recommendations");
        for (JsonNode r : result.get("recommendations")) {
            ObjectNode o = recommendations.addObject();
            for (String field : List.of("id", "reason", "severity", "priority")) {
                o.set(field, r.get(field));
            }
        }
        ArrayNode clearances = c.putArray("clearances");
        for (JsonNode cl : result.get("clearances")) {
            ObjectNode o = clearances.addObject();
            for (String field : List.of("category", "decision", "reason")) {
                o.set(field, cl.get(field));
            }
        }
        return c;
    }
}
