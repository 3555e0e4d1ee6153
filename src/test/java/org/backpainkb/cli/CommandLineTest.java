package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line, {@code assess --format json}: each golden case file gives the conclusions
 * stored beside it, and each normative statement of the contract holds through it.
 */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run of the command line gave. */
    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        String lastLine() {
            List<String> lines = lines();
            return lines.get(lines.size() - 1);
        }

        List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        }

        JsonNode onlyJson() throws IOException {
            List<JsonNode> lines = jsonLines();
            assertThat(lines).hasSize(1);
            return lines.get(0);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    static Path golden() {
        try {
            return Path.of(CommandLineTest.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String golden(String name) {
        return golden().resolve(name + ".yaml").toString();
    }

    static Stream<String> goldenCases() throws IOException {
        try (Stream<Path> files = Files.list(golden())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    static JsonNode assessJson(String name) throws IOException {
        Run run = run("assess", "--format", "json", golden(name));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.onlyJson();
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

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.isNull() ? null : n.asText()));
        return values;
    }

    static String decision(JsonNode result, String category) {
        for (JsonNode c : result.get("clearances")) {
            if (c.get("category").asText().equals(category)) {
                return c.get("decision").asText();
            }
        }
        throw new AssertionError("no clearance for " + category);
    }

    static String clearanceReason(JsonNode result, String category) {
        for (JsonNode c : result.get("clearances")) {
            if (c.get("category").asText().equals(category)) {
                return c.get("reason").isNull() ? null : c.get("reason").asText();
            }
        }
        throw new AssertionError("no clearance for " + category);
    }

    /** The advice texts of the recommendations given for a reason. */
    static List<String> adviceFor(JsonNode result, String reason) {
        List<String> advice = new ArrayList<>();
        result.get("recommendations").forEach(r -> {
            if (r.get("reason").asText().equals(reason)) {
                advice.add(r.get("advice").asText());
            }
        });
        return advice;
    }

    /** The best (lowest) priority of the POOR_FORM recommendations whose because names an exercise. */
    static int formPriority(JsonNode result, String exercise) {
        int best = Integer.MAX_VALUE;
        for (JsonNode r : result.get("recommendations")) {
            if (r.get("reason").asText().equals("POOR_FORM")
                    && texts(r.get("because")).stream().anyMatch(b -> b.contains(exercise))) {
                best = Math.min(best, r.get("priority").asInt());
            }
        }
        assertThat(best).as("a POOR_FORM recommendation names " + exercise).isNotEqualTo(Integer.MAX_VALUE);
        return best;
    }

    static final List<String> CATEGORIES = List.of("WALKING", "AEROBIC", "MOBILITY", "MOTOR_CONTROL", "STABILITY",
            "CORE_STRENGTH", "STRENGTH");

    // Golden files: every case file gives the conclusions stored beside it.

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
                assertThat(clearanceOf(actual, category).get("dose")).as(category + " dose").isEqualTo(clearance.get("dose"));
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

    private static JsonNode clearanceOf(JsonNode actual, String category) {
        for (JsonNode c : actual.get("clearances")) {
            if (c.get("category").asText().equals(category)) {
                return c;
            }
        }
        throw new AssertionError("no clearance for " + category);
    }

    @Test
    void thereIsAGoldenCaseForEachOfTheFourteenStatements() throws IOException {
        List<String> names = goldenCases().toList();
        for (int statement = 1; statement <= 14; statement++) {
            String prefix = String.format("statement-%02d-", statement);
            assertThat(names).as(prefix).anyMatch(n -> n.startsWith(prefix));
        }
    }

    // Each statement through the command line.

    @Test
    void statement1EmergencyFlagStopsEveryCategoryAndAsksForCareTheSameDay() throws IOException {
        JsonNode r = assessJson("statement-01-emergency-red-flag");

        assertThat(r.at("/referral/urgency").asText()).isEqualTo("EMERGENCY");
        for (String category : CATEGORIES) {
            assertThat(decision(r, category)).isEqualTo("STOP");
            assertThat(clearanceReason(r, category)).isEqualTo("RED_FLAG");
        }
        assertThat(r.get("recommendations")).anySatisfy(rec -> {
            assertThat(rec.get("severity").asText()).isEqualTo("CRITICAL");
            assertThat(rec.get("advice").asText()).containsIgnoringCase("emergency").containsIgnoringCase("today");
        });
    }

    @Test
    void statement1UrgentFlagStopsEveryCategoryWithACriticalRecommendation() throws IOException {
        JsonNode r = assessJson("statement-01-urgent-red-flag");

        assertThat(r.at("/referral/urgency").asText()).isEqualTo("URGENT");
        for (String category : CATEGORIES) {
            assertThat(decision(r, category)).isEqualTo("STOP");
        }
        assertThat(r.get("recommendations")).anySatisfy(rec -> assertThat(rec.get("severity").asText())
                .isEqualTo("CRITICAL"));
    }

    @Test
    void statement1RoutineFlagWarnsAndTheExerciseAdviceGoesOn() throws IOException {
        JsonNode r = assessJson("statement-01-routine-red-flag");

        assertThat(r.at("/referral/urgency").asText()).isEqualTo("ROUTINE");
        assertThat(texts(r.get("reasons"))).contains("RED_FLAG", "WRONG_EXERCISE");
        assertThat(r.get("recommendations")).noneSatisfy(rec -> assertThat(rec.get("severity").asText())
                .isEqualTo("CRITICAL"));
        assertThat(r.get("recommendations")).anySatisfy(rec -> {
            assertThat(rec.get("reason").asText()).isEqualTo("RED_FLAG");
            assertThat(rec.get("severity").asText()).isEqualTo("WARNING");
        });
        for (String category : CATEGORIES) {
            assertThat(decision(r, category)).isNotEqualTo("STOP");
        }
    }

    @Test
    void statement2MobilityComesBeforeMotorControlWhichComesBeforeStabilityAndStrength() throws IOException {
        assertThat(assessJson("statement-02-stages-mobility-first").get("stage").asText()).isEqualTo("MOBILITY");
        assertThat(assessJson("statement-02-stages-motor-control-next").get("stage").asText())
                .isEqualTo("MOTOR_CONTROL");
        assertThat(assessJson("statement-10-all-clear").get("stage").asText()).isEqualTo("STABILITY_AND_STRENGTH");
    }

    @Test
    void statement3BeforeTheLastStageTheGatedCategoriesAreDeferredAndTheOthersNot() throws IOException {
        JsonNode r = assessJson("statement-03-gates");

        assertThat(r.get("stage").asText()).isEqualTo("MOBILITY");
        for (String gated : List.of("STABILITY", "CORE_STRENGTH", "STRENGTH")) {
            assertThat(decision(r, gated)).isEqualTo("DEFER");
        }
        for (String open : List.of("WALKING", "AEROBIC", "MOBILITY", "MOTOR_CONTROL")) {
            assertThat(decision(r, open)).isEqualTo("ALLOW");
        }
    }

    @Test
    void statement4WalkingThatHurtsIsModifiedAndDeferredWorkIsWrongExerciseButStabilityIsTooEarly()
            throws IOException {
        JsonNode r = assessJson("statement-04-wrong-exercise");

        assertThat(texts(r.get("reasons"))).contains("WRONG_EXERCISE", "STABILITY_TOO_EARLY");
        assertThat(decision(r, "WALKING")).isEqualTo("MODIFY");
        assertThat(clearanceReason(r, "WALKING")).isEqualTo("WRONG_EXERCISE");
        assertThat(clearanceReason(r, "STRENGTH")).isEqualTo("WRONG_EXERCISE");
        assertThat(clearanceReason(r, "STABILITY")).isEqualTo("STABILITY_TOO_EARLY");
        assertThat(r.get("recommendations")).anySatisfy(rec -> assertThat(rec.get("advice").asText())
                .containsIgnoringCase("different exercise").containsIgnoringCase("normal walking"));
    }

    @Test
    void statement5StabilityBeforeMobilityIsTooEarlyWithAdviceToRestoreMobilityAndAddNoLoad() throws IOException {
        JsonNode r = assessJson("statement-05-stability-too-early");

        assertThat(texts(r.get("reasons"))).contains("STABILITY_TOO_EARLY");
        assertThat(decision(r, "STABILITY")).isEqualTo("DEFER");
        assertThat(adviceFor(r, "STABILITY_TOO_EARLY")).anySatisfy(a -> assertThat(a)
                .containsIgnoringCase("no load").containsIgnoringCase("moving fully"));
    }

    @Test
    void statement6AStrongCoreNotSwitchedOnIsCoreNotActivatedWithMotorControlTraining() throws IOException {
        JsonNode r = assessJson("statement-06-core-not-activated");

        assertThat(texts(r.get("reasons"))).contains("CORE_NOT_ACTIVATED");
        assertThat(adviceFor(r, "CORE_NOT_ACTIVATED"))
                .anySatisfy(a -> assertThat(a).containsIgnoringCase("motor control training"));
    }

    @Test
    void statement7HeldBreathIsImproperBreathingWithBreathingTraining() throws IOException {
        JsonNode r = assessJson("statement-07-improper-breathing");

        assertThat(texts(r.get("reasons"))).contains("IMPROPER_BREATHING");
        assertThat(adviceFor(r, "IMPROPER_BREATHING")).anySatisfy(a -> assertThat(a)
                .containsIgnoringCase("breathing training").containsIgnoringCase("effort"));
    }

    @Test
    void statement8PoorFormModifiesItsCategoryAndALoadedFaultRanksFirst() throws IOException {
        JsonNode r = assessJson("statement-08-poor-form");

        assertThat(texts(r.get("reasons"))).contains("POOR_FORM");
        assertThat(List.of("STRENGTH", "STABILITY")).allSatisfy(c -> assertThat(decision(r, c)).isIn("MODIFY", "DEFER", "STOP"));
        assertThat(formPriority(r, "Deadlift")).as("the loaded fault ranks higher (a lower priority number)")
                .isLessThan(formPriority(r, "Bird dog"));
    }

    @Test
    void statement9PainAboveFiveDuringOrWorseNextMorningPutsThatCategoryAtLeastAtModify() throws IOException {
        JsonNode r = assessJson("statement-09-pain-response");

        assertThat(texts(r.get("reasons"))).contains("PAIN_RESPONSE");
        assertThat(List.of("STRENGTH", "MOBILITY")).allSatisfy(c -> assertThat(decision(r, c)).isIn("MODIFY", "DEFER", "STOP"));
    }

    @Test
    void statement10NothingWrongMeansNothingSaid() throws IOException {
        JsonNode r = assessJson("statement-10-all-clear");

        assertThat(r.get("reasons")).isEmpty();
        assertThat(r.get("recommendations")).isEmpty();
        assertThat(r.at("/referral/urgency").asText()).isEqualTo("NONE");
        assertThat(r.at("/referral/redFlags")).isEmpty();
        assertThat(r.get("stage").asText()).isEqualTo("STABILITY_AND_STRENGTH");
        for (String category : CATEGORIES) {
            assertThat(decision(r, category)).isEqualTo("ALLOW");
        }
    }

    // Several files, text format, help and version.

    @Test
    void severalFilesGiveOneJsonLineEachInArgumentOrder() throws IOException {
        List<String> order = List.of("statement-09-pain-response", "statement-01-emergency-red-flag",
                "statement-10-all-clear", "statement-04-wrong-exercise");

        Run run = run(Stream.concat(Stream.of("assess", "--format", "json"), order.stream().map(CommandLineTest::golden))
                .toArray(String[]::new));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.jsonLines()).extracting(n -> n.get("caseId").asText()).containsExactlyElementsOf(order);
    }

    @Test
    void theSameFileTwiceGivesTwoEqualLines() throws IOException {
        Run run = run("assess", "--format", "json", golden("statement-08-poor-form"), golden("statement-08-poor-form"));

        assertThat(run.status()).isZero();
        List<JsonNode> lines = run.jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(lines.get(1));
    }

    @Test
    void jsonCaseFilesAreReadAsWellAsYaml(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("pain.json");
        Files.writeString(json, """
                {"id": "from-json",
                 "mobility": [{"movement": "FLEXION", "status": "FULL"}],
                 "core": {"canActivateOnCue": true, "activatesDuringExercise": true},
                 "sessions": [{"date": "2026-11-02", "exercise": "Squat", "category": "STRENGTH",
                               "painBefore": 2, "painDuring": 6}]}
                """);

        Run run = run("assess", "--format", "json", json.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode r = run.onlyJson();
        assertThat(r.get("caseId").asText()).isEqualTo("from-json");
        assertThat(texts(r.get("reasons"))).containsExactly("PAIN_RESPONSE");
    }

    @Test
    void textFormatIsTheDefaultAndShowsStageReferralRecommendationsAndTheClearanceTable() {
        Run run = run("assess", golden("statement-04-wrong-exercise"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("statement-04-wrong-exercise")
                .contains("Stage:").contains("MOBILITY")
                .contains("Referral:").contains("NONE")
                .contains("Recommendations")
                .contains("do-the-exercises-in-the-right-order")
                .contains("restore-mobility-before-stability")
                .contains("find-an-exercise-that-gets-you-back-to-walking")
                .contains("source:")
                .contains("Clearances");
        assertThat(run.out().indexOf("do-the-exercises-in-the-right-order"))
                .isLessThan(run.out().indexOf("find-an-exercise-that-gets-you-back-to-walking"));
        assertThat(run.out().lines().filter(l -> l.matches("\\s+(WALKING|AEROBIC|MOBILITY|MOTOR_CONTROL|STABILITY"
                + "|CORE_STRENGTH|STRENGTH)\\s+(ALLOW|MODIFY|DEFER|STOP)\\b.*"))).hasSize(7);
        assertThat(run.out()).containsPattern("WALKING\\s+MODIFY\\s+WRONG_EXERCISE");
        assertThat(run.out()).containsPattern("STABILITY\\s+DEFER\\s+STABILITY_TOO_EARLY");
    }

    @Test
    void textFormatShowsAnEmergencyReferralWithItsFlags() {
        Run run = run("assess", "--format", "text", golden("statement-01-emergency-red-flag"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("EMERGENCY").contains("SADDLE_NUMBNESS").contains("[CRITICAL]");
        assertThat(run.out()).containsPattern("STRENGTH\\s+STOP\\s+RED_FLAG");
    }

    @Test
    void textFormatReportsEachFileInArgumentOrder() {
        Run run = run("assess", golden("statement-10-all-clear"), golden("statement-06-core-not-activated"));

        assertThat(run.status()).isZero();
        assertThat(run.out().indexOf("statement-10-all-clear")).isNotNegative()
                .isLessThan(run.out().indexOf("statement-06-core-not-activated"));
        assertThat(run.out().lines().filter(l -> l.startsWith("Clearances"))).hasSize(2);
    }

    @Test
    void helpExitsZeroAndDescribesTheAssessCommand() {
        Run run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("assess");
    }

    @Test
    void assessHelpExitsZeroAndNamesItsOptions() {
        Run run = run("assess", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--format").contains("--rules").contains("FILE");
    }

    @Test
    void versionExitsZeroAndPrintsTheLibraryVersion() {
        Run run = run("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains(KnowledgeBase.libraryVersion());
    }
}
