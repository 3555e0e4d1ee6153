package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.backpainkb.model.Urgency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * stages-and-clearances.drl: statements 2 (stages, in order), 3 (gates) and 10 (nothing wrong,
 * nothing said) of the contract, and the most restrictive decision winning for a category.
 */
class StagesAndClearancesTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    // Statement 2: stages, in order.

    @Test
    void everyMovementFullAndMotorControlInPlaceIsTheStabilityAndStrengthStage() {
        assertThat(kb.assess(Cases.healthy().build()).stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
    }

    @Test
    void oneRestrictedFindingAmongFullOnesKeepsTheStageAtMobility() {
        Assessment a = kb.assess(Cases.healthy()
                .mobility(new MobilityFinding(Movement.SIDE_BENDING, MobilityStatus.RESTRICTED, 90, false)).build());

        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
    }

    @Test
    void aPainfulOrPartlyMeasuredFindingJudgedFullDoesNotRestrictMobility() {
        Assessment a = kb.assess(Cases.healthy()
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL, 70, true)).build());

        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
    }

    @Test
    void noMobilityFindingsMeansNoneIsRestricted() {
        Assessment a = kb.assess(Case.builder().core(new CoreActivation(true, true, CoreStrength.WEAK)).build());

        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
    }

    @Test
    void mobilityRestoredButTheCoreNotSwitchedOnIsTheMotorControlStage() {
        assertThat(kb.assess(Cases.motorControlMissing().build()).stage()).isEqualTo(Stage.MOTOR_CONTROL);
        assertThat(kb.assess(Cases.healthy().core(new CoreActivation(false, true, CoreStrength.STRONG)).build())
                .stage()).isEqualTo(Stage.MOTOR_CONTROL);
    }

    @ParameterizedTest(name = "{0} keeps the stage at motor control")
    @EnumSource(value = BreathingPattern.class, names = {"BREATH_HOLDING", "CHEST_BREATHING", "PARADOXICAL"})
    void mobilityRestoredButImproperBreathingIsTheMotorControlStage(BreathingPattern pattern) {
        Assessment a = kb.assess(Cases.healthy().breathing(new BreathingObservation(pattern, BreathingContext.REST))
                .build());

        assertThat(a.stage()).isEqualTo(Stage.MOTOR_CONTROL);
    }

    @Test
    void mobilityComesFirstEvenWhenMotorControlIsAlsoMissing() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .core(new CoreActivation(false, false, CoreStrength.WEAK))
                .breathing(new BreathingObservation(BreathingPattern.PARADOXICAL, BreathingContext.LIFTING)).build());

        assertThat(a.stage()).isEqualTo(Stage.MOBILITY);
    }

    // Statement 3: gates.

    @ParameterizedTest(name = "at the {0} stage stability, core strength and strength are deferred")
    @EnumSource(value = Stage.class, names = {"MOBILITY", "MOTOR_CONTROL"})
    void beforeStabilityAndStrengthTheGatedCategoriesAreDeferred(Stage stage) {
        Case c = (stage == Stage.MOBILITY ? Cases.mobilityRestricted()
                : Cases.healthy().breathing(new BreathingObservation(BreathingPattern.CHEST_BREATHING,
                        BreathingContext.EXERCISE))).build();

        Assessment a = kb.assess(c);

        assertThat(a.stage()).isEqualTo(stage);
        for (ExerciseCategory gated : Cases.GATED_BY_STAGE) {
            assertThat(a.clearance(gated).decision()).as(gated.name()).isGreaterThanOrEqualTo(Decision.DEFER);
        }
        for (ExerciseCategory open : Cases.NEVER_DEFERRED_BY_STAGE) {
            assertThat(a.clearance(open).decision()).as(open.name()).isNotIn(Decision.DEFER, Decision.STOP);
        }
    }

    @Test
    void atTheStabilityAndStrengthStageNothingIsDeferred() {
        Assessment a = kb.assess(Cases.healthy().build());

        assertThat(a.clearances()).noneMatch(c -> c.decision() == Decision.DEFER);
    }

    @Test
    void walkingAerobicMobilityAndMotorControlAreNeverDeferredEvenWithEverythingMissing() {
        Assessment a = kb.assess(Case.builder()
                .mobility(new MobilityFinding(Movement.ROTATION, MobilityStatus.RESTRICTED))
                .core(new CoreActivation(false, false, null))
                .breathing(new BreathingObservation(BreathingPattern.BREATH_HOLDING, BreathingContext.LIFTING))
                .exercise(new Exercise("Deadlift", ExerciseCategory.STRENGTH, Load.EXTERNAL),
                        new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT),
                        new Exercise("Crunches", ExerciseCategory.CORE_STRENGTH, Load.BODYWEIGHT))
                .build());

        for (ExerciseCategory open : Cases.NEVER_DEFERRED_BY_STAGE) {
            assertThat(a.clearance(open).decision()).as(open.name()).isNotIn(Decision.DEFER, Decision.STOP);
        }
    }

    // Clearances: always seven, and the most restrictive wins.

    @Test
    void everyAssessmentClearsAllSevenCategoriesInTheContractsOrder() {
        Assessment a = kb.assess(Case.builder().build());

        assertThat(a.clearances()).extracting(Clearance::category).containsExactly(ExerciseCategory.values());
        assertThat(ExerciseCategory.values()).hasSize(7);
    }

    @Test
    void aCategoryRestrictedBySeveralRulesShowsTheStrictestDecision() {
        // STABILITY: MODIFY for form and for pain, DEFER for the stage and for stability too early.
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .exercise(new Exercise("Weighted plank", ExerciseCategory.STABILITY, Load.EXTERNAL))
                .formError(new FormError("Weighted plank", ExerciseCategory.STABILITY, FormFault.EXCESSIVE_ARCH,
                        Load.EXTERNAL))
                .session(Cases.session(ExerciseCategory.STABILITY, 2, 8, 5))
                .build());

        assertThat(a.reasons()).contains(ReasonCode.POOR_FORM, ReasonCode.PAIN_RESPONSE,
                ReasonCode.STABILITY_TOO_EARLY);
        assertThat(a.clearance(ExerciseCategory.STABILITY).decision()).isGreaterThanOrEqualTo(Decision.DEFER);
    }

    @Test
    void aStopBeatsDeferAndModifyOnTheSameCategory() {
        Assessment a = kb.assess(Cases.mobilityRestricted()
                .redFlag(RedFlag.SIGNIFICANT_TRAUMA)
                .symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING))
                .exercise(new Exercise("Weighted plank", ExerciseCategory.STABILITY, Load.EXTERNAL))
                .build());

        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isEqualTo(Decision.STOP);
        assertThat(a.clearance(ExerciseCategory.STABILITY).decision()).isEqualTo(Decision.STOP);
        assertThat(a.clearance(ExerciseCategory.STABILITY).reason()).isEqualTo(ReasonCode.RED_FLAG);
    }

    @Test
    void anAllowedCategoryHasNoReason() {
        Assessment a = kb.assess(Cases.healthy().build());

        assertThat(a.clearances()).allSatisfy(c -> {
            assertThat(c.decision()).isEqualTo(Decision.ALLOW);
            assertThat(c.reason()).isNull();
            assertThat(c.note()).isNotBlank();
        });
    }

    // Statement 10: nothing wrong, nothing said.

    private static Case.Builder allClear() {
        return Cases.healthy()
                .symptom(new Symptom(Region.LOW_BACK, 2, List.of(), List.of(Activity.WALKING), false))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.LIFTING))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE))
                .exercise(new Exercise("Brisk walk", ExerciseCategory.WALKING, Load.BODYWEIGHT, 5),
                        new Exercise("Side plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT, 3),
                        new Exercise("Goblet squat", ExerciseCategory.STRENGTH, Load.EXTERNAL, 2))
                // pain that settles: at most 5/10 during, next morning no worse than before
                .session(new ExerciseSession(LocalDate.of(2026, 11, 2), "Side plank", ExerciseCategory.STABILITY,
                        2, 5, 2), new ExerciseSession(LocalDate.of(2026, 11, 4), "Goblet squat",
                        ExerciseCategory.STRENGTH, 3, 4, 1));
    }

    @Test
    void aCaseWithNothingWrongHasNoReasonsNoReferralTheLastStageAndEveryCategoryAllowed() {
        Assessment a = kb.assess(allClear().id("all-clear").build());

        assertThat(a.caseId()).isEqualTo("all-clear");
        assertThat(a.reasons()).isEmpty();
        assertThat(a.recommendations()).isEmpty();
        assertThat(a.referral().urgency()).isEqualTo(Urgency.NONE);
        assertThat(a.referral().redFlags()).isEmpty();
        assertThat(a.stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);
        assertThat(Cases.decisions(a)).isEqualTo(Cases.allAllowed());
    }

    @Test
    void oneThingWrongInAnOtherwiseClearCaseIsNoLongerAllClear() {
        List<Case> oneThingWrong = List.of(
                allClear().redFlag(RedFlag.NIGHT_PAIN).build(),
                allClear().mobility(new MobilityFinding(Movement.EXTENSION, MobilityStatus.RESTRICTED)).build(),
                allClear().core(new CoreActivation(true, false, CoreStrength.STRONG)).build(),
                allClear().breathing(new BreathingObservation(BreathingPattern.BREATH_HOLDING,
                        BreathingContext.LIFTING)).build(),
                allClear().formError(new FormError("Side plank", ExerciseCategory.STABILITY,
                        FormFault.LOSS_OF_NEUTRAL_SPINE, Load.BODYWEIGHT)).build(),
                allClear().session(Cases.session(ExerciseCategory.STABILITY, 2, 6, 2)).build(),
                allClear().session(Cases.session(ExerciseCategory.STABILITY, 2, 4, 3)).build());

        for (Case c : oneThingWrong) {
            Assessment a = kb.assess(c);
            assertThat(a.reasons()).as(c.toString()).isNotEmpty();
        }
    }

    @Test
    void theResultNamesTheKnowledgeBaseAndTheRulesThatFired() {
        Assessment a = kb.assess(Cases.healthy().build());

        assertThat(a.knowledgeBase()).isEqualTo(kb.id());
        assertThat(a.knowledgeBase().rulesHash()).matches("[0-9a-f]{64}");
        assertThat(a.knowledgeBase().version()).isNotBlank();
        assertThat(a.firedRules()).isNotEmpty().isSubsetOf(kb.ruleNames());
    }

    @Test
    void theHoldWhileMotorControlIsLearnedSaysWhatMustBeInPlaceNotThatTheCoreFailsWhenOnlyBreathingDoes() {
        Assessment a = kb.assess(Cases.healthy()
                .breathing(new BreathingObservation(BreathingPattern.CHEST_BREATHING, BreathingContext.REST)).build());

        assertThat(a.reasons()).doesNotContain(ReasonCode.CORE_NOT_ACTIVATED);
        Clearance stability = a.clearances().stream().filter(c -> c.category() == ExerciseCategory.STABILITY).findFirst().orElseThrow();
        assertThat(stability.decision()).isEqualTo(Decision.DEFER);
        assertThat(stability.note()).contains("once motor control is in place").doesNotContain("needs to switch on");
    }
}
