package org.backpainkb.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.backpainkb.Assessment;

/** Writes assessments as JSON in the result format of the case format's contract. */
public final class AssessmentWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AssessmentWriter() {
    }

    /**
     * One assessment as one line of JSON.
     *
     * @param assessment the assessment
     * @return JSON without line breaks
     */
    public static String toJson(Assessment assessment) {
        try {
            return JSON.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment is always writable as JSON", e);
        }
    }
}
