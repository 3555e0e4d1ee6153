package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Dose;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.Load;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * dose.drl, with pain-response.drl's window: statement 14 of the contract, the dose from the pain
 * log, and statement 9 read over counted sessions only.
 */
class DoseTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final ExerciseCategory MOBILITY = ExerciseCategory.MOBILITY;

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    private static ExerciseSession comfortable(int daysBefore) {
        return Cases.session(AS_OF.minusDays(daysBefore), MOBILITY, 2, 2, 2);
    }

    private static Assessment assess(Case.Builder b) {
        return kb.assess(b.asOf(AS_OF).build());
    }

    @Test
    void aCategoryWithNoCountedSessionHasNoDose() {
        Assessment a = assess(Cases.healthy());

        assertThat(a.clearances()).allSatisfy(c -> assertThat(c.dose()).isNull());
    }

    @Test
    void threeComfortableSessionsInAnAllowedCategoryAreReadyToProgressButTwoAreNot() {
        Assessment two = assess(Cases.healthy().session(comfortable(1), comfortable(2)));
        Assessment three = assess(Cases.healthy().session(comfortable(1), comfortable(2), comfortable(3)));

        assertThat(two.clearance(MOBILITY).dose()).isEqualTo(Dose.KEEP);
        assertThat(three.clearance(MOBILITY).dose()).isEqualTo(Dose.INCREASE);
        assertThat(three.clearance(ExerciseCategory.WALKING).dose()).isNull();
    }

    @Test
    void painDuringThreeIsComfortableButFourIsNot() {
        Assessment three = assess(Cases.healthy().session(comfortable(1), comfortable(2),
                Cases.session(AS_OF.minusDays(3), MOBILITY, 2, 3, 2)));
        Assessment four = assess(Cases.healthy().session(comfortable(1), comfortable(2),
                Cases.session(AS_OF.minusDays(3), MOBILITY, 2, 4, 2)));

        assertThat(three.clearance(MOBILITY).dose()).isEqualTo(Dose.INCREASE);
        assertThat(four.clearance(MOBILITY).dose()).isEqualTo(Dose.KEEP);
        assertThat(four.clearance(MOBILITY).decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void theWindowsFirstDayCountsAndTheDayBeforeItDoesNot() {
        ExerciseSession onTheEdge = Cases.session(AS_OF.minusDays(14), ExerciseCategory.AEROBIC, 2, 8, 2);
        ExerciseSession dayBefore = Cases.session(AS_OF.minusDays(15), ExerciseCategory.AEROBIC, 2, 8, 2);

        Assessment edge = assess(Cases.healthy().session(onTheEdge));
        Assessment old = assess(Cases.healthy().session(dayBefore));

        assertThat(edge.clearance(ExerciseCategory.AEROBIC).dose()).isEqualTo(Dose.REDUCE);
        assertThat(edge.clearance(ExerciseCategory.AEROBIC).decision()).isEqualTo(Decision.MODIFY);
        assertThat(edge.reasons()).contains(ReasonCode.PAIN_RESPONSE);
        assertThat(old.clearance(ExerciseCategory.AEROBIC).dose()).isNull();
        assertThat(old.clearance(ExerciseCategory.AEROBIC).decision()).isEqualTo(Decision.ALLOW);
        assertThat(old.reasons()).doesNotContain(ReasonCode.PAIN_RESPONSE);
    }

    @Test
    void sessionsAfterTheCasesDateAreNotCounted() {
        Assessment a = assess(Cases.healthy().session(Cases.session(AS_OF.plusDays(1), MOBILITY, 2, 9, 2)));

        assertThat(a.clearance(MOBILITY).dose()).isNull();
        assertThat(a.reasons()).doesNotContain(ReasonCode.PAIN_RESPONSE);
    }

    @Test
    void withoutAsOfTheLatestSessionOfAnyCategoryStandsForIt() {
        Case c = Cases.healthy().session(
                Cases.session(LocalDate.of(2026, 11, 1), MOBILITY, 2, 9, 2),
                Cases.session(LocalDate.of(2026, 11, 16), ExerciseCategory.WALKING, 2, 2, 2)).build();

        Assessment a = kb.assess(c);

        assertThat(a.clearance(MOBILITY).dose()).isNull();
        assertThat(a.clearance(ExerciseCategory.WALKING).dose()).isEqualTo(Dose.KEEP);
    }

    @Test
    void aPainfulCountedSessionReducesTheDoseWhateverTheOthers() {
        Assessment a = assess(Cases.healthy().session(comfortable(1), comfortable(2), comfortable(3),
                Cases.session(AS_OF.minusDays(10), MOBILITY, 2, 2, 5)));

        assertThat(a.clearance(MOBILITY).dose()).isEqualTo(Dose.REDUCE);
    }

    @Test
    void aSessionOnTheThirdLatestDateBlocksProgressWhenItTiesWithAComfortableOne() {
        Assessment a = assess(Cases.healthy().session(comfortable(1), comfortable(2), comfortable(3),
                Cases.session(AS_OF.minusDays(3), MOBILITY, 2, 4, 2)));

        assertThat(a.clearance(MOBILITY).dose()).isEqualTo(Dose.KEEP);
    }

    @Test
    void anOlderUncomfortableSessionDoesNotBlockProgress() {
        Assessment a = assess(Cases.healthy().session(comfortable(1), comfortable(2), comfortable(3),
                Cases.session(AS_OF.minusDays(4), MOBILITY, 2, 5, 2)));

        assertThat(a.clearance(MOBILITY).dose()).isEqualTo(Dose.INCREASE);
    }

    @Test
    void nextMorningPainAboveBeforeAmongTheLatestBlocksProgressAndAMissingOneDoesNot() {
        Assessment missing = assess(Cases.healthy().session(comfortable(1), comfortable(2),
                Cases.session(AS_OF.minusDays(3), MOBILITY, 2, 2, null)));

        KnowledgeBase tolerant = KnowledgeBase.builder().thresholds(new Thresholds(5, 1, 50)).build();
        Assessment risen = tolerant.assess(Cases.healthy().asOf(AS_OF).session(comfortable(1), comfortable(2),
                Cases.session(AS_OF.minusDays(3), MOBILITY, 2, 2, 3)).build());

        assertThat(missing.clearance(MOBILITY).dose()).isEqualTo(Dose.INCREASE);
        assertThat(risen.reasons()).doesNotContain(ReasonCode.PAIN_RESPONSE);
        assertThat(risen.clearance(MOBILITY).dose()).isEqualTo(Dose.KEEP);
    }

    @Test
    void theWindowAndTheNumberOfSessionsAreParameters() {
        KnowledgeBase shortWindow = KnowledgeBase.builder().thresholds(new Thresholds(5, 0, 50, 2, 2, 3)).build();

        Assessment a = shortWindow.assess(Cases.healthy().asOf(AS_OF).session(comfortable(1), comfortable(2),
                Cases.session(AS_OF.minusDays(3), MOBILITY, 2, 9, 2)).build());

        assertThat(a.clearance(MOBILITY).dose()).isEqualTo(Dose.INCREASE);
        assertThat(a.reasons()).doesNotContain(ReasonCode.PAIN_RESPONSE);
    }

    @Test
    void aCategoryNotAllowedNeverIncreases() {
        Assessment deferred = assess(Cases.mobilityRestricted()
                .session(Cases.session(AS_OF.minusDays(1), ExerciseCategory.STRENGTH, 1, 1, 1),
                        Cases.session(AS_OF.minusDays(2), ExerciseCategory.STRENGTH, 1, 1, 1),
                        Cases.session(AS_OF.minusDays(3), ExerciseCategory.STRENGTH, 1, 1, 1)));
        Assessment walkingModified = assess(Cases.healthy()
                .symptom(new org.backpainkb.model.Symptom(org.backpainkb.model.Region.LOW_BACK, 3,
                        java.util.List.of(org.backpainkb.model.Activity.WALKING), java.util.List.of(), false))
                .session(Cases.session(AS_OF.minusDays(1), ExerciseCategory.WALKING, 1, 1, 1),
                        Cases.session(AS_OF.minusDays(2), ExerciseCategory.WALKING, 1, 1, 1),
                        Cases.session(AS_OF.minusDays(3), ExerciseCategory.WALKING, 1, 1, 1)));
        Assessment stopped = assess(Cases.healthy().redFlag(RedFlag.FEVER)
                .session(comfortable(1), comfortable(2), comfortable(3)));

        assertThat(deferred.clearance(ExerciseCategory.STRENGTH).decision()).isEqualTo(Decision.DEFER);
        assertThat(deferred.clearance(ExerciseCategory.STRENGTH).dose()).isEqualTo(Dose.KEEP);
        assertThat(walkingModified.clearance(ExerciseCategory.WALKING).dose()).isEqualTo(Dose.KEEP);
        assertThat(stopped.clearance(MOBILITY).dose()).isEqualTo(Dose.KEEP);
    }

    @Test
    void aProgrammeExerciseIsNotPartOfThePainLog() {
        Assessment a = assess(Cases.healthy().exercise(new Exercise("Cat-camel", MOBILITY, Load.NONE, 3)));

        assertThat(a.clearance(MOBILITY).dose()).isNull();
    }
}
