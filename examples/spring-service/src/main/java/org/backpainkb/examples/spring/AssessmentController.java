package org.backpainkb.examples.spring;

import org.backpainkb.Assessor;
import org.backpainkb.io.AssessmentWriter;
import org.backpainkb.model.Case;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /assessments}: a case in the case format in, its assessment in the result format out.
 * Spring binds the body with its own Jackson mapper, which ignores unknown fields; {@link Case} is
 * read strictly all the same, because it names the library's deserializer: a misspelled field, an
 * unknown code or a value out of range is refused (see {@link CaseRefusals}), never dropped.
 */
@RestController
class AssessmentController {

    private final Assessor assessor;

    AssessmentController(Assessor assessor) {
        this.assessor = assessor;
    }

    @PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> assess(@RequestBody Case c) {
        // the library's writer, so the result has the contract's shape whatever the app's mapper settings
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(AssessmentWriter.toJson(assessor.assess(c)));
    }
}
