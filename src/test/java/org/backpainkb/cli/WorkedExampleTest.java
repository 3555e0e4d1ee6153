package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Decision;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.Stage;
import org.junit.jupiter.api.Test;

/** The README's worked example, intake to week four, says what the knowledge base concludes. */
class WorkedExampleTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static Assessment week(int n) throws Exception {
        return KB.assess(CaseReader.read(Path.of("examples/walking-hurts-week-" + n + ".yaml")));
    }

    private static List<String> ids(Assessment a) {
        return a.suggestedExercises().stream().map(SuggestedExercise::id).toList();
    }

    @Test
    void atIntakeTheRiskIsMediumThePreferenceFlexionAndCyclingComesInsteadOfWalking() throws Exception {
        Assessment a = week(0);

        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
        assertThat(a.risk().group()).isEqualTo(RiskGroup.MEDIUM);
        assertThat(a.reasons()).containsExactly(ReasonCode.WRONG_EXERCISE, ReasonCode.PERSISTENCE_RISK);
        assertThat(a.directionalPreference()).isEqualTo(DirectionalPreference.FLEXION);
        assertThat(ids(a)).contains("stationary-cycling", "knee-to-chest-stretch", "lying-knee-rolls");
        assertThat(a.suggestedExercises()).noneMatch(e -> e.category() == ExerciseCategory.WALKING);
    }

    @Test
    void inWeekTwoThePainfulRideReducesAerobicWorkAndOtherAerobicExercisesAreSuggestedInsteadOfIt() throws Exception {
        Assessment a = week(2);

        assertThat(a.clearance(ExerciseCategory.AEROBIC).decision()).isEqualTo(Decision.MODIFY);
        assertThat(a.clearance(ExerciseCategory.AEROBIC).dose()).isEqualTo(Dose.REDUCE);
        assertThat(a.clearance(ExerciseCategory.MOBILITY).dose()).isEqualTo(Dose.INCREASE);
        assertThat(ids(a)).doesNotContain("stationary-cycling").contains("cross-trainer", "recumbent-bike");
        assertThat(a.suggestedExercises()).filteredOn(e -> e.category() == ExerciseCategory.AEROBIC)
                .allSatisfy(e -> assertThat(e.amount()).contains("for now: Keep the dose low"));
    }

    @Test
    void inWeekFourThePainfulRideHasLeftTheWindowAndCyclingIsReadyToProgress() throws Exception {
        Assessment a = week(4);

        assertThat(a.stage()).isEqualTo(Stage.MOTOR_CONTROL);
        assertThat(a.risk().group()).isEqualTo(RiskGroup.LOW);
        assertThat(a.reasons()).containsExactly(ReasonCode.CORE_NOT_ACTIVATED);
        assertThat(a.clearance(ExerciseCategory.AEROBIC).dose()).isEqualTo(Dose.INCREASE);
        assertThat(a.clearance(ExerciseCategory.MOBILITY).dose()).isEqualTo(Dose.KEEP);
        assertThat(ids(a)).contains("stationary-cycling", "abdominal-drawing-in");
    }
}
