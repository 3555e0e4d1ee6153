package org.backpainkb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.backpainkb.model.InvalidCaseException;
import org.junit.jupiter.api.Test;

/** A refused case as problem details: every problem's path, code, allowed values and range as data. */
class ProblemDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachProblemCarriesItsPathCodeAndWhatIsAllowedAsData() throws Exception {
        InvalidCaseException refusal = catchThrowableOfType(InvalidCaseException.class, () -> CaseReader.parse(
                "{\"redFlag\": [], \"redFlags\": [\"SADLE_NUMBNESS\"],"
                        + " \"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": 14}]}"));

        JsonNode doc = JSON.readTree(ProblemDetails.toJson(refusal));

        assertThat(doc.get("type").asText()).isEqualTo(ProblemDetails.INVALID_CASE_TYPE);
        assertThat(doc.get("status").asInt()).isEqualTo(400);
        JsonNode problems = doc.get("problems");
        assertThat(problems).hasSize(3);
        assertThat(byPath(problems, "redFlag").get("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(byPath(problems, "redFlag").get("allowed").toString()).contains("\"redFlags\"");
        assertThat(byPath(problems, "redFlags[0]").get("code").asText()).isEqualTo("UNKNOWN_CODE");
        assertThat(byPath(problems, "redFlags[0]").get("allowed").toString()).contains("\"SADDLE_NUMBNESS\"");
        JsonNode range = byPath(problems, "symptoms[0].intensity");
        assertThat(range.get("code").asText()).isEqualTo("OUT_OF_RANGE");
        assertThat(range.get("min").asInt()).isZero();
        assertThat(range.get("max").asInt()).isEqualTo(10);
    }

    @Test
    void aFieldGivenTwiceIsADuplicateAndAnEmptyBodyIsMalformed() {
        assertThat(catchThrowableOfType(InvalidCaseException.class,
                () -> CaseReader.parse("{\"id\": \"a\", \"id\": \"b\"}")).problems().get(0).code())
                .isEqualTo(InvalidCaseException.ProblemCode.DUPLICATE);
        assertThat(catchThrowableOfType(InvalidCaseException.class, () -> CaseReader.parse("")).problems().get(0).code())
                .isEqualTo(InvalidCaseException.ProblemCode.MALFORMED);
    }

    private static JsonNode byPath(JsonNode problems, String path) {
        for (JsonNode p : problems) {
            if (p.get("path").asText().equals(path)) {
                return p;
            }
        }
        throw new AssertionError("no problem at " + path + " in " + problems);
    }
}
