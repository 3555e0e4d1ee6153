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
import org.backpainkb.rules.Unsuitable;
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

    private static Findings fromTheLibrary() throws Exception {
        return new Findings(ExerciseLibraryFile.parse(Files.readString(Path.of("rules-drl", "exercises.yaml"))));
    }

    private static List<String> suggestedIds(Findings findings) {
        List<Clearance> allowed = Arrays.stream(ExerciseCategory.values())
                .map(c -> new Clearance(c, Decision.ALLOW, null, "", null)).toList();
        return findings.suggestions(allowed, "for now", Stage.MOBILITY).stream().map(SuggestedExercise::id).toList();
    }

    @Test
    void anExerciseThatHurtIsLeftOutWhenEverySuggestionPickingItHasAnother() throws Exception {
        Findings findings = fromTheLibrary();
        findings.take(new Suggestion(ExerciseCategory.AEROBIC, null, Stage.MOBILITY, "Aerobic."));
        findings.take(Unsuitable.hurt("Stationary cycling"));

        assertThat(suggestedIds(findings)).doesNotContain("stationary-cycling").contains("recumbent-bike");
    }

    @Test
    void anExerciseThatHurtStaysWhenASuggestionWouldOtherwiseOfferNothing() throws Exception {
        Findings findings = fromTheLibrary();
        findings.take(new Suggestion(ExerciseCategory.AEROBIC, null, Stage.MOBILITY, "Aerobic."));
        findings.take(new Suggestion(null, null, "stationary-cycling", Stage.MOBILITY, "This one."));
        findings.take(Unsuitable.hurt("stationary-cycling"));

        assertThat(suggestedIds(findings)).contains("stationary-cycling", "recumbent-bike");
    }

    @Test
    void twoExercisesThatHurtStayWhenTheyAreAllASuggestionOffers() throws Exception {
        Findings findings = fromTheLibrary();
        // the only FLEXION aerobic exercises fitting the mobility stage: both hurt, both stay
        findings.take(new Suggestion(ExerciseCategory.AEROBIC, org.backpainkb.model.Direction.FLEXION, Stage.MOBILITY,
                "Flexion."));
        List<String> before = suggestedIds(findings);
        before.forEach(id -> findings.take(Unsuitable.hurt(id)));

        assertThat(before).hasSizeGreaterThan(1);
        assertThat(suggestedIds(findings)).containsExactlyElementsOf(before);
    }
}
