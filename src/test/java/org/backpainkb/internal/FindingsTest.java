package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.backpainkb.Clearance;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Stage;
import org.backpainkb.rules.Suggestion;
import org.junit.jupiter.api.Test;

/** What the suggestions make of the library, once every rule has fired. */
class FindingsTest {

    @Test
    void aSuggestedExerciseGivesAtMostFiveWhysTheFirstInOrder() throws Exception {
        Findings findings = new Findings(ExerciseLibraryFile.parse(Files.readString(Path.of("rules-drl", "exercises.yaml"))));
        for (int i = 7; i >= 1; i--) {
            findings.take(new Suggestion(ExerciseCategory.AEROBIC, null, Stage.MOBILITY, "Why " + i + "."));
        }
        List<Clearance> allowed = Arrays.stream(ExerciseCategory.values())
                .map(c -> new Clearance(c, Decision.ALLOW, null, "", null)).toList();

        List<SuggestedExercise> suggested = findings.suggestions(allowed, "for now", Stage.MOBILITY);

        assertThat(suggested).isNotEmpty().allSatisfy(e -> assertThat(e.why())
                .isEqualTo("Why 1. Why 2. Why 3. Why 4. Why 5."));
    }
}
