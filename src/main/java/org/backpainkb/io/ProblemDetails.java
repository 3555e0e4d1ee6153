package org.backpainkb.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.backpainkb.model.InvalidCaseException;

/**
 * A refused case as an RFC 9457 problem details document, for a service to answer with (status 400,
 * content type {@code application/problem+json}). Besides the standard members it has
 * {@code problems}: each refused value's {@code path}, {@code code}, {@code message}, and where they
 * apply its {@code allowed} values and its {@code min} and {@code max}.
 */
public final class ProblemDetails {

    /** The problem type of a refused case. */
    public static final String INVALID_CASE_TYPE = "https://backpainkb.org/problems/invalid-case";
    /** The media type of the document. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemDetails() {
    }

    /**
     * The problem details of a refused case.
     *
     * @param refusal the refusal
     * @return a JSON document on one line
     */
    public static String toJson(InvalidCaseException refusal) {
        Objects.requireNonNull(refusal, "refusal");
        ObjectNode doc = JSON.createObjectNode();
        doc.put("type", INVALID_CASE_TYPE);
        doc.put("title", "The case was refused");
        doc.put("status", 400);
        doc.put("detail", refusal.getMessage());
        ArrayNode problems = doc.putArray("problems");
        for (InvalidCaseException.Problem p : refusal.problems()) {
            ObjectNode problem = problems.addObject();
            problem.put("path", p.path());
            problem.put("code", p.code().name());
            problem.put("message", p.message());
            if (!p.allowed().isEmpty()) {
                p.allowed().forEach(problem.putArray("allowed")::add);
            }
            if (p.min() != null) {
                problem.put("min", p.min());
            }
            if (p.max() != null) {
                problem.put("max", p.max());
            }
        }
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of text and numbers is always writable as JSON", e);
        }
    }
}
