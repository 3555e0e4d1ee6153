package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinician's rule may suggest one exercise of the library by its id, or the exercises of a
 * category that move the spine in one direction; the id is checked against the library when the
 * rules load.
 */
class SuggestionByIdAndDirectionTest {

    private static final String WHY = "builds-the-legs-you-lift-with";

    @TempDir
    Path dir;

    /** A copy of the rules with the clinic's rule, and the why it gives in texts/en.yaml. */
    private Path withRule(String then) throws IOException {
        Path rules = RuleFixtures.withClinicRule(dir, "Ready for strength: the clinic's pick", "seed-right-order",
                "CurrentStage(stage == Stage.STABILITY_AND_STRENGTH)", then);
        Files.writeString(rules.resolve("texts/en.yaml"), "\n" + WHY + ": \"It builds the legs you lift with.\"\n",
                StandardOpenOption.APPEND);
        return rules;
    }

    /** Mobility full, the core switching on, breathing with the effort: stability and strength work now. */
    private static Case.Builder readyForStrength() {
        return Case.builder().id("ready")
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL),
                        new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE));
    }

    private static List<SuggestedExercise> pickedFor(KnowledgeBase kb, Case c, String why) {
        return kb.assess(c).suggestedExercises().stream().filter(e -> e.why().contains(why)).toList();
    }

    @Test
    void aRuleSuggestsOneExerciseOfTheLibraryByItsIdWithItsWhy() throws IOException {
        KnowledgeBase kb = KnowledgeBase.fromDirectory(withRule(
                "insertLogical(Suggestion.exercise(\"goblet-squat\", Stage.STABILITY_AND_STRENGTH).why(\"" + WHY + "\"));"));

        assertThat(pickedFor(kb, readyForStrength().build(), "It builds the legs you lift with."))
                .extracting(SuggestedExercise::id).containsExactly("goblet-squat");
    }

    @Test
    void anExerciseSuggestedByIdIsStillRuledOutByWhatTheLibraryMarks() throws IOException {
        KnowledgeBase kb = KnowledgeBase.fromDirectory(withRule(
                "insertLogical(Suggestion.exercise(\"goblet-squat\", Stage.STABILITY_AND_STRENGTH).why(\"" + WHY + "\"));"));
        Case liftingHurts = readyForStrength()
                .symptom(new Symptom(Region.LOW_BACK, 3, List.of(Activity.LIFTING), List.of(), false)).build();

        assertThat(kb.assess(liftingHurts).suggestedExercises()).extracting(SuggestedExercise::id)
                .doesNotContain("goblet-squat");
    }

    @Test
    void aRuleSuggestsTheExercisesOfACategoryInOneDirection() throws IOException {
        KnowledgeBase kb = KnowledgeBase.fromDirectory(withRule("insertLogical(Suggestion.of(ExerciseCategory.STRENGTH,"
                + " Stage.STABILITY_AND_STRENGTH).inDirection(Direction.EXTENSION).why(\"" + WHY + "\"));"));

        assertThat(pickedFor(kb, readyForStrength().build(), "It builds the legs you lift with.")).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.category()).isEqualTo(ExerciseCategory.STRENGTH);
                    assertThat(e.direction()).isEqualTo(Direction.EXTENSION);
                });
    }

    @Test
    void anIdTheLibraryLacksIsRefusedWithTheClosestId() throws IOException {
        Path rules = withRule(
                "insertLogical(Suggestion.exercise(\"goblet-squats\", Stage.STABILITY_AND_STRENGTH).why(\"" + WHY + "\"));");

        List<RuleProblem> problems = catchThrowableOfType(RulesException.class, () -> KnowledgeBase.fromDirectory(rules))
                .problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("clinic.drl");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("no exercise \"goblet-squats\" in the exercise library", "did you mean goblet-squat?");
        });
    }

    @Test
    void anIdMadeWhileTheRuleRunsIsRefused() throws IOException {
        Path rules = withRule("String id = \"goblet\" + \"-squat\";\n    insertLogical(Suggestion.exercise(id,"
                + " Stage.STABILITY_AND_STRENGTH).why(\"" + WHY + "\"));");

        List<RuleProblem> problems = catchThrowableOfType(RulesException.class, () -> KnowledgeBase.fromDirectory(rules))
                .problems();

        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .startsWith("Suggestion.exercise(...) takes the exercise's id as a text in quotes"));
    }

    @Test
    void anExerciseIsSuggestedOnlyWhenItFitsThePersonsStageWhateverStageTheRuleNamed() throws IOException {
        Path rules = RuleFixtures.withClinicRule(dir, "Bird dog whatever the stage", "seed-right-order", "exists CurrentStage()",
                "insertLogical(Suggestion.exercise(\"bird-dog\", Stage.STABILITY_AND_STRENGTH).why(\"" + WHY + "\"));");
        Files.writeString(rules.resolve("texts/en.yaml"), "\n" + WHY + ": \"It builds the legs you lift with.\"\n",
                StandardOpenOption.APPEND);
        KnowledgeBase kb = KnowledgeBase.fromDirectory(rules);
        Case restricted = readyForStrength().mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED)).build();

        assertThat(kb.assess(restricted).suggestedExercises()).extracting(SuggestedExercise::id).doesNotContain("bird-dog");
        assertThat(kb.assess(readyForStrength().build()).suggestedExercises()).extracting(SuggestedExercise::id)
                .contains("bird-dog");
    }

    @Test
    void aStageTheExerciseDoesNotListIsWarnedOfSinceTheSuggestionWouldNeverPickIt() throws IOException {
        Path rules = withRule("insertLogical(Suggestion.exercise(\"bird-dog\", Stage.MOBILITY).why(\"" + WHY + "\"));");

        assertThat(RulesValidator.validate(rules)).filteredOn(p -> p.file().equals("clinic.drl")).singleElement().satisfies(p -> {
            assertThat(p.blocking()).isFalse();
            assertThat(p.file()).isEqualTo("clinic.drl");
            assertThat(p.message()).isEqualTo("exercise \"bird-dog\" is for stages [STABILITY_AND_STRENGTH] in exercises.yaml,"
                    + " not MOBILITY: this suggestion never picks it; name a stage it lists, or the current one ($stage of"
                    + " CurrentStage)");
        });
    }
}
