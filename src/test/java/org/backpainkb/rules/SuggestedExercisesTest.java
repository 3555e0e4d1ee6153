package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** suggested-exercises.drl: statement 13 of the contract, what to do instead. */
class SuggestedExercisesTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    private static Symptom worseWith(List<Activity> worse, List<Activity> better) {
        return new Symptom(Region.LOW_BACK, 5, worse, better, false);
    }

    private static List<ExerciseCategory> categories(Assessment a) {
        return a.suggestedExercises().stream().map(SuggestedExercise::category).toList();
    }

    private static List<Direction> directions(Assessment a) {
        return a.suggestedExercises().stream().map(SuggestedExercise::direction).toList();
    }

    @Test
    void eachStageGetsAtLeastOneSuggestionOfItsWork() {
        Assessment mobility = kb.assess(Cases.mobilityRestricted().build());
        Assessment motorControl = kb.assess(Cases.motorControlMissing().build());
        Assessment stability = kb.assess(Cases.healthy().build());

        assertThat(mobility.stage()).isEqualTo(Stage.MOBILITY);
        assertThat(categories(mobility)).contains(ExerciseCategory.MOBILITY);
        assertThat(motorControl.stage()).isEqualTo(Stage.MOTOR_CONTROL);
        assertThat(categories(motorControl)).contains(ExerciseCategory.MOTOR_CONTROL);
        assertThat(stability.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
        assertThat(categories(stability)).contains(ExerciseCategory.STABILITY);
    }

    @Test
    void noSuggestionIsInADeferredOrStoppedCategory() {
        for (Case c : List.of(Cases.mobilityRestricted().build(), Cases.motorControlMissing().build(),
                Cases.healthy().redFlag(RedFlag.NIGHT_PAIN).build())) {
            Assessment a = kb.assess(c);
            assertThat(a.suggestedExercises()).allSatisfy(e -> assertThat(a.clearance(e.category()).decision())
                    .isIn(Decision.ALLOW, Decision.MODIFY));
        }
    }

    private static List<String> ids(Assessment a) {
        return a.suggestedExercises().stream().map(SuggestedExercise::id).toList();
    }

    @ParameterizedTest(name = "pain worse {0} rules out every exercise moving the spine in {1}")
    @CsvSource({"BENDING_FORWARD, FLEXION", "BENDING_BACKWARD, EXTENSION"})
    void painWorseWithAMovementRulesOutEveryExerciseMovingTheSpineThatWay(Activity worse, Direction direction) {
        Assessment a = kb.assess(Cases.mobilityRestricted().symptom(worseWith(List.of(worse), List.of())).build());

        assertThat(a.suggestedExercises()).isNotEmpty();
        assertThat(directions(a)).doesNotContain(direction);
    }

    @Test
    void aPreferenceForTheDirectionThatAlsoHurtsStillGetsItsExercisesAsStatementTwelveAsks() {
        // worse bending forward, but also worse walking and eased sitting: the symptoms point to flexion
        Assessment a = kb.assess(Cases.mobilityRestricted().symptom(worseWith(List.of(Activity.BENDING_FORWARD,
                Activity.WALKING), List.of(Activity.SITTING))).build());

        assertThat(a.directionalPreference()).isEqualTo(org.backpainkb.model.DirectionalPreference.FLEXION);
        assertThat(directions(a)).contains(Direction.FLEXION).doesNotContain(Direction.EXTENSION);
    }

    @Test
    void painWorseSittingRulesOutWhatIsDoneSeatedAndWalkingThatHurtsStillGetsAerobicExercise() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .symptom(worseWith(List.of(Activity.SITTING, Activity.WALKING), List.of())).build());

        assertThat(ids(a)).doesNotContain("stationary-cycling", "recumbent-bike", "seated-forward-bend")
                .contains("cross-trainer");
        assertThat(categories(a)).contains(ExerciseCategory.AEROBIC);
    }

    @Test
    void anEmergencyOrUrgentReferralLeavesNoSuggestion() {
        assertThat(kb.assess(Cases.healthy().redFlag(RedFlag.BLADDER_DYSFUNCTION).build()).suggestedExercises()).isEmpty();
        assertThat(kb.assess(Cases.healthy().redFlag(RedFlag.FEVER)
                .symptom(worseWith(List.of(Activity.WALKING), List.of(Activity.SITTING))).build()).suggestedExercises())
                .isEmpty();
    }

    @Test
    void aFlexionPreferenceGetsAFlexionExerciseAndNoExtension() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .symptom(worseWith(List.of(Activity.STANDING), List.of(Activity.SITTING))).build());

        assertThat(directions(a)).contains(Direction.FLEXION).doesNotContain(Direction.EXTENSION);
    }

    @Test
    void anExtensionPreferenceGetsAnExtensionExerciseAndNoFlexion() {
        Assessment a = kb.assess(Cases.healthy()
                .symptom(worseWith(List.of(Activity.SITTING), List.of(Activity.WALKING))).build());

        assertThat(directions(a)).contains(Direction.EXTENSION).doesNotContain(Direction.FLEXION);
    }

    @Test
    void walkingThatHurtsGetsAnAerobicSuggestionAndNoWalkingOne() {
        Assessment a = kb.assess(Cases.motorControlMissing()
                .symptom(worseWith(List.of(Activity.WALKING), List.of())).build());

        assertThat(categories(a)).contains(ExerciseCategory.AEROBIC, ExerciseCategory.MOTOR_CONTROL)
                .doesNotContain(ExerciseCategory.WALKING);
        assertThat(a.suggestedExercises()).filteredOn(e -> e.category() == ExerciseCategory.AEROBIC)
                .allSatisfy(e -> assertThat(e.why()).containsIgnoringCase("walking"));
    }

    @Test
    void painBelowTheKneeWithPainfulFlexionRulesOutLoadedForwardBending() {
        Assessment a = kb.assess(Cases.healthy()
                .symptom(new Symptom(Region.LEG, 5, List.of(Activity.STANDING), List.of(Activity.SITTING), true))
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL, null, true)).build());

        assertThat(a.suggestedExercises()).extracting(SuggestedExercise::id)
                .doesNotContain("romanian-deadlift", "seated-forward-bend", "knee-to-chest-stretch", "childs-pose")
                .contains("lying-with-legs-on-a-chair");
        assertThat(directions(a)).contains(Direction.FLEXION);
    }

    @Test
    void painfulBendingBackwardRulesOutLyingOnTheElbowsAndAnExtensionPreferenceStillGetsLyingFaceDown() {
        Assessment a = kb.assess(Cases.healthy()
                .symptom(worseWith(List.of(Activity.SITTING), List.of(Activity.WALKING)))
                .mobility(new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL, null, true)).build());

        assertThat(ids(a)).doesNotContain("prone-lying-on-elbows", "prone-press-up", "standing-back-bend")
                .contains("lying-face-down");
        assertThat(directions(a)).contains(Direction.EXTENSION);
    }

    @Test
    void painfulBendingBackwardWithoutAPreferenceForItRulesOutEveryExerciseThatBendsBackward() {
        Assessment a = kb.assess(Cases.healthy()
                .mobility(new MobilityFinding(Movement.EXTENSION, MobilityStatus.RESTRICTED, 60, true)).build());

        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
        assertThat(directions(a)).isNotEmpty().doesNotContain(Direction.EXTENSION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"twisting makes the pain worse, TWISTING, false", "twisting hurts on assessment, , true"})
    void painfulTwistingRulesOutKneeRollsAndTheStageStillGetsItsWork(String what, Activity worse, boolean painful) {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .symptom(worseWith(worse == null ? List.of() : List.of(worse), List.of()))
                .mobility(new MobilityFinding(Movement.ROTATION, MobilityStatus.FULL, null, painful)).build());

        assertThat(ids(a)).doesNotContain("lying-knee-rolls").contains("pelvic-tilts");
    }

    @Test
    void comfortableStabilitySessionsInTheLastStageAddStrengthWorkButNotRightAfterAStrengthSessionThatHurt() {
        Case.Builder ready = Cases.healthy();
        for (int day = 1; day <= 3; day++) {
            ready.session(new org.backpainkb.model.ExerciseSession(LocalDate.of(2026, 11, day * 2), "Dead bug",
                    ExerciseCategory.STABILITY, 2, 2, 2));
        }
        Assessment a = kb.assess(ready.build());
        Assessment hurt = kb.assess(ready.session(new org.backpainkb.model.ExerciseSession(LocalDate.of(2026, 11, 7),
                "Goblet squat", ExerciseCategory.STRENGTH, 2, 7, 2)).build());

        assertThat(a.suggestedExercises()).filteredOn(e -> e.category() == ExerciseCategory.STRENGTH).isNotEmpty()
                .allSatisfy(e -> assertThat(e.why()).contains("ready to add strength work"));
        assertThat(categories(hurt)).doesNotContain(ExerciseCategory.STRENGTH);
    }

    @Test
    void whileAFractureIsNotRuledOutNoExerciseBendsOrTwistsTheSpineOverAndOverAndAFlexionPreferenceStillGetsOne() {
        Assessment a = kb.assess(Cases.mobilityRestricted().person(new org.backpainkb.model.Person(78))
                .redFlag(RedFlag.PROLONGED_STEROID_USE)
                .symptom(worseWith(List.of(Activity.STANDING, Activity.SITTING), List.of(Activity.BENDING_FORWARD))).build());

        assertThat(a.directionalPreference()).isEqualTo(org.backpainkb.model.DirectionalPreference.FLEXION);
        assertThat(ids(a)).doesNotContain("knee-to-chest-stretch", "childs-pose", "seated-forward-bend", "lying-knee-rolls")
                .contains("lying-with-legs-on-a-chair");
    }

    @Test
    void whatIsRuledOutIsConcludedOnceHoweverManySymptomsAndFindingsMatch() {
        Case.Builder many = Cases.healthy();
        for (int i = 0; i < 30; i++) {
            many.symptom(new Symptom(Region.LEG, i % 11, List.of(Activity.WALKING, Activity.LIFTING),
                    List.of(Activity.SITTING), true));
            many.mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, i, true));
        }

        Assessment a = kb.assess(many.build());

        // 30 symptoms and 30 findings were 900 firings of the first rule, and 10,000 at 100 of each
        assertThat(a.firedRules()).filteredOn(r -> r.endsWith("rules out what the library marks so")
                || r.startsWith("No walking exercise") || r.startsWith("Walking makes the pain worse: suggest"))
                .doesNotHaveDuplicates()
                .contains("Pain below the knee with painful forward bending rules out what the library marks so");
    }

    @Test
    void aSuggestionInAModifiedCategorySaysTheModification() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .session(Cases.session(LocalDate.of(2026, 11, 2), ExerciseCategory.MOBILITY, 2, 8, 2)).build());

        assertThat(a.clearance(ExerciseCategory.MOBILITY).decision()).isEqualTo(Decision.MODIFY);
        assertThat(a.suggestedExercises()).filteredOn(e -> e.category() == ExerciseCategory.MOBILITY).isNotEmpty()
                .allSatisfy(e -> assertThat(e.amount() + " " + e.why())
                        .contains(a.clearance(ExerciseCategory.MOBILITY).note()));
    }

    @Test
    void aModifiedSuggestionsAmountIsWordedInTheLanguageOfTheRest() {
        KnowledgeBase german = KnowledgeBase.builder().locale(java.util.Locale.GERMAN).build();
        Assessment a = german.assess(Cases.mobilityRestricted()
                .session(Cases.session(LocalDate.of(2026, 11, 2), ExerciseCategory.MOBILITY, 2, 8, 2)).build());

        assertThat(a.suggestedExercises()).filteredOn(e -> e.category() == ExerciseCategory.MOBILITY).isNotEmpty()
                .allSatisfy(e -> assertThat(e.amount()).contains("; vorerst: " + a.clearance(ExerciseCategory.MOBILITY).note())
                        .doesNotContain("for now"));
    }

    @Test
    void everySuggestionSaysWhyAndHowMuch() {
        Assessment a = kb.assess(Cases.healthy().symptom(worseWith(List.of(Activity.WALKING), List.of(Activity.SITTING)))
                .build());

        assertThat(a.suggestedExercises()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(e.why()).isNotBlank();
            assertThat(e.amount()).isNotBlank();
        });
    }
}
