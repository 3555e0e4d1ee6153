package org.backpainkb.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /assessments} over real HTTP, on Spring Boot's own Jackson. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** The status, content type and parsed body of one POST. */
    record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                JSON.readTree(response.body()));
    }

    @Test
    void aCaseIsAnsweredWithItsAssessmentInTheResultFormat() throws Exception {
        Answer a = post("""
                {"id": "walking-hurts", "symptoms": [{"region": "LOW_BACK", "intensity": 5, "aggravatedBy": ["WALKING"]}]}
                """);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.body().get("caseId").asText()).isEqualTo("walking-hurts");
        assertThat(a.body().get("reasons").toString()).contains("WRONG_EXERCISE");
        assertThat(a.body().get("clearances")).hasSize(7);
        assertThat(a.body().at("/knowledgeBase/rulesHash").asText()).hasSize(64);
    }

    @Test
    void anEmergencyRedFlagStopsEveryCategory() throws Exception {
        Answer a = post("{\"redFlags\": [\"SADDLE_NUMBNESS\"]}");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().at("/referral/urgency").asText()).isEqualTo("EMERGENCY");
        assertThat(a.body().get("clearances")).allSatisfy(c -> assertThat(c.get("decision").asText()).isEqualTo("STOP"));
    }

    @Test
    void aMisspelledRedFlagFieldIsRefusedNotDropped() throws Exception {
        Answer a = post("{\"redFlag\": [\"SADDLE_NUMBNESS\"]}");

        assertRefused(a, "redFlag", "UNKNOWN_FIELD");
    }

    @Test
    void anIntensityOf14IsRefusedWithItsFullPathAndRange() throws Exception {
        Answer a = post("{\"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": 14}]}");

        JsonNode problem = assertRefused(a, "symptoms[0].intensity", "OUT_OF_RANGE");
        assertThat(problem.get("min").asInt()).isZero();
        assertThat(problem.get("max").asInt()).isEqualTo(10);
    }

    @Test
    void anUnknownRedFlagCodeIsRefusedWithTheAllowedCodes() throws Exception {
        Answer a = post("{\"redFlags\": [\"HEADACHE\"]}");

        JsonNode problem = assertRefused(a, "redFlags[0]", "UNKNOWN_CODE");
        assertThat(problem.get("allowed").toString()).contains("SADDLE_NUMBNESS");
    }

    @Test
    void aBodyThatIsNotJsonIsAnsweredWithProblemDetailsToo() throws Exception {
        Answer a = post("{\"symptoms\": [");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().get("status").asInt()).isEqualTo(400);
    }

    private static JsonNode assertRefused(Answer a, String path, String code) {
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().get("status").asInt()).isEqualTo(400);
        assertThat(a.body().get("detail").asText()).contains(path);
        JsonNode problem = a.body().get("problems").get(0);
        assertThat(problem.get("path").asText()).isEqualTo(path);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        return problem;
    }
}
