package org.backpainkb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.Person;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A case bound by an application's own Jackson mapper (a framework's request body) is read as strictly
 * as CaseReader reads it, whatever the mapper's settings: nothing misspelled is silently dropped.
 */
class CaseBindingTest {

    static Stream<ObjectMapper> mappers() {
        return Stream.of(new ObjectMapper(),
                // as Spring Boot configures its mapper
                new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
                // and more lenient still: codes read whatever their case
                JsonMapper.builder().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build());
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aMisspelledRedFlagFieldIsRefusedNotDropped(ObjectMapper mapper) {
        assertThat(refusal(() -> mapper.readValue("{\"redFlag\": [\"SADDLE_NUMBNESS\"]}", Case.class)))
                .hasMessageContaining("redFlag");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aFieldGivenTwiceIsRefusedNotReadAsItsLastValue(ObjectMapper mapper) {
        assertThat(refusal(() -> mapper.readValue("{\"redFlags\": [\"FEVER\"], \"redFlags\": []}", Case.class)))
                .hasMessageContaining("redFlags is given twice: keep one");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void anUnknownCodeIsRefusedWithItsPathAndTheCodesThereAre(ObjectMapper mapper) {
        assertThat(refusal(() -> mapper.readValue("{\"redFlags\": [\"SADLE_NUMBNESS\"]}", Case.class)))
                .hasMessageContaining("redFlags[0]").hasMessageContaining("SADDLE_NUMBNESS");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aValueOutOfRangeNamesItsFullPath(ObjectMapper mapper) {
        assertThat(refusal(() -> mapper.readValue(
                "{\"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": 14}]}", Case.class)))
                .hasMessageContaining("symptoms[0].intensity");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aGoodCaseBindsToWhatCaseReaderReads(ObjectMapper mapper) throws Exception {
        String json = "{\"id\": \"c1\", \"redFlags\": [\"SADDLE_NUMBNESS\"],"
                + " \"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": 4, \"aggravatedBy\": [\"WALKING\"]}]}";

        assertThat(mapper.readValue(json, Case.class)).isEqualTo(CaseReader.parse(json));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aCaseInsideAnApplicationsOwnRequestIsStrictToo(ObjectMapper mapper) {
        assertThat(refusal(() -> mapper.readValue("{\"person\": \"p1\", \"intake\": {\"redFlag\": [\"FEVER\"]}}",
                Request.class))).hasMessageContaining("redFlag");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aFactBoundOnItsOwnForASessionIsReadAsStrictlyAsInACase(ObjectMapper mapper) {
        assertThat(refusal(() -> mapper.readValue("{\"region\": \"LOW_BACK\", \"intensty\": 4}", Symptom.class)))
                .hasMessageContaining("intensty: unknown field");
        assertThat(refusal(() -> mapper.readValue("{\"legPain\": true, \"bothersomeness\": \"VERY_MUCH\"}",
                StartBack.class))).hasMessageContaining("shoulderOrNeckPain");
        assertThat(refusal(() -> mapper.readValue("{}", CoreActivation.class)))
                .hasMessageContaining("canActivateOnCue");
        assertThat(refusal(() -> mapper.readValue("\"fever\"", RedFlag.class)))
                .hasMessageContaining("unknown code \"fever\"");
        assertThat(refusal(() -> mapper.readValue("{\"age\": 40, \"age\": 41}", Person.class)))
                .hasMessageContaining("age is given twice");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aGoodFactBoundOnItsOwnIsTheFactACaseHolds(ObjectMapper mapper) throws Exception {
        String symptom = "{\"region\": \"LOW_BACK\", \"intensity\": 4, \"aggravatedBy\": [\"WALKING\"]}";

        assertThat(mapper.readValue(symptom, Symptom.class))
                .isEqualTo(CaseReader.parse("{\"symptoms\": [" + symptom + "]}").symptoms().get(0));
        assertThat(mapper.readValue("\"FEVER\"", RedFlag.class)).isEqualTo(RedFlag.FEVER);
        assertThat(mapper.readValue("{\"date\": \"2026-11-02\", \"exercise\": \"Walk\", \"category\": \"WALKING\","
                + " \"painBefore\": 2, \"painDuring\": 3}", ExerciseSession.class).date()).hasToString("2026-11-02");
    }

    /** The library's refusal, thrown as is or as the cause of the mapper's own exception. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"symptoms\":[{\"region\":\"LOW_BACK\",\"intensity\":NaN}]}",
        "{\"person\":{\"age\":Infinity}}", "{\"person\":{\"age\":-Infinity}}"})
    void notANumberThatAMapperAllowsIsRefusedAtItsPathNotThrownAsAParsersError(String json) {
        ObjectMapper lenient = JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

        assertThat(refusal(() -> lenient.readValue(json, Case.class)).problems()).singleElement()
                .satisfies(p -> assertThat(p.path()).isIn("symptoms[0].intensity", "person.age"));
    }

    private static InvalidCaseException refusal(ThrowingCallable binding) {
        Throwable thrown = catchThrowable(binding);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidCaseException refused) {
                return refused;
            }
        }
        throw new AssertionError("expected the case to be refused, got " + thrown);
    }

    /** An application's request body holding a case. */
    record Request(String person, Case intake) {
    }
}
