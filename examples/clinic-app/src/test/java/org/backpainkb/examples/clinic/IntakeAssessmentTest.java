package org.backpainkb.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.backpainkb.Assessment;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A one-shot assessment at intake, from a case built in code and from a case file. */
class IntakeAssessmentTest {

    private static Clinic clinic;

    @BeforeAll
    static void openClinic() {
        clinic = Clinic.withBundledRules();
    }

    @Test
    void walking_that_hurts_is_modified_not_stopped() {
        Case walkingHurts = Case.builder().id("p-walk")
                .symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING))
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE))
                .build();

        Assessment a = clinic.intake(walkingHurts);

        assertThat(a.caseId()).isEqualTo("p-walk");
        assertThat(a.reasons()).containsExactly(ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isEqualTo(Decision.MODIFY);
        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
    }

    @Test
    void a_case_file_from_the_repository_is_read_and_assessed() throws IOException {
        Case fromFile = CaseReader.read(Path.of(System.getProperty("backpainkb.rules.dir"), "..", "examples",
                "stability-too-early.yaml"));

        Assessment a = clinic.intake(fromFile);

        assertThat(a.caseId()).isEqualTo("stability-too-early");
        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
        assertThat(a.recommendation("restore-mobility-before-stability")).isPresent();
        assertThat(a.clearance(ExerciseCategory.STABILITY).reason()).isEqualTo(ReasonCode.STABILITY_TOO_EARLY);
    }
}
