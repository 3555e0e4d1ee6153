package org.backpainkb.examples.spring;

import org.backpainkb.io.ProblemDetails;
import org.backpainkb.model.InvalidCaseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A body that cannot be read as a case answers 400 with RFC 9457 problem details: for a refused
 * case, the library's own document naming every refused field's path, code and allowed values.
 */
@RestControllerAdvice
class CaseRefusals {

    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(ProblemDetails.MEDIA_TYPE);

    /** The library's deserializer refused the case; Jackson lets its exception through as it is. */
    @ExceptionHandler(InvalidCaseException.class)
    ResponseEntity<String> refused(InvalidCaseException refusal) {
        return badRequest(refusal);
    }

    /** The body is not JSON, or a framework wrapped the refusal. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
        InvalidCaseException refusal = refusalIn(e);
        return badRequest(refusal != null ? refusal
                : new InvalidCaseException("", InvalidCaseException.ProblemCode.MALFORMED, "the body is not a JSON document"));
    }

    private static ResponseEntity<String> badRequest(InvalidCaseException refusal) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(PROBLEM_JSON).body(ProblemDetails.toJson(refusal));
    }

    /** The library's refusal, wherever the mapper and the framework wrapped it. */
    private static InvalidCaseException refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidCaseException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
