package org.backpainkb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;
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
                new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
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

    /** The library's refusal, thrown as is or as the cause of the mapper's own exception. */
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
