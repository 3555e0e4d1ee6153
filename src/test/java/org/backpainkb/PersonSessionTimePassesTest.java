package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.StartBack;
import org.junit.jupiter.api.Test;

/** A live session as time passes: moving its date lets sessions leave the pain log's window. */
class PersonSessionTimePassesTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 2);

    private static Case.Builder readyForStrength() {
        return Case.builder()
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL))
                .core(new CoreActivation(true, true, null));
    }

    private static ExerciseSession mobility(LocalDate date, int during) {
        return new ExerciseSession(date, "Knee rolls", ExerciseCategory.MOBILITY, 2, during, 2);
    }

    @Test
    void aPainfulSessionLeavesTheWindowAndTheDoseAndClearanceChangeWithEvents() {
        EventRecorder events = new EventRecorder();
        try (PersonSession session = SharedKnowledgeBase.BUNDLED.openSession(readyForStrength()
                .session(mobility(DAY_ONE, 8)).build(), events)) {
            assertThat(session.assessment().clearance(ExerciseCategory.MOBILITY).dose()).isEqualTo(Dose.REDUCE);
            assertThat(session.assessment().reasons()).contains(ReasonCode.PAIN_RESPONSE);
            events.take();

            session.setAsOf(DAY_ONE.plusDays(14));
            Assessment stillCounted = session.update();
            session.setAsOf(DAY_ONE.plusDays(15));
            Assessment later = session.update();

            assertThat(stillCounted.clearance(ExerciseCategory.MOBILITY).dose()).isEqualTo(Dose.REDUCE);
            assertThat(later.clearance(ExerciseCategory.MOBILITY).dose()).isNull();
            assertThat(later.clearance(ExerciseCategory.MOBILITY).decision()).isEqualTo(Decision.ALLOW);
            assertThat(later.reasons()).doesNotContain(ReasonCode.PAIN_RESPONSE);
            assertThat(events.take()).containsExactly("withdrawn lower-the-dose-pain-during",
                    "clearance MOBILITY MODIFY PAIN_RESPONSE dose REDUCE -> ALLOW", "dose MOBILITY REDUCE -> none");
        }
    }

    @Test
    void comfortableSessionsAddedOverTimeMakeTheCategoryReadyToProgress() {
        try (PersonSession session = SharedKnowledgeBase.BUNDLED.openSession(readyForStrength().build())) {
            session.add(mobility(DAY_ONE, 2));
            session.add(mobility(DAY_ONE.plusDays(2), 2));
            assertThat(session.update().clearance(ExerciseCategory.MOBILITY).dose()).isEqualTo(Dose.KEEP);

            session.add(mobility(DAY_ONE.plusDays(4), 3));
            assertThat(session.update().clearance(ExerciseCategory.MOBILITY).dose()).isEqualTo(Dose.INCREASE);

            session.setAsOf(DAY_ONE.plusDays(20));
            Assessment twoLeft = session.update();
            assertThat(twoLeft.clearance(ExerciseCategory.MOBILITY).dose()).isNull();
            assertThat(session.currentCase().asOf()).isEqualTo(DAY_ONE.plusDays(20));
        }
    }

    @Test
    void aNewScreeningReplacesTheOldOne() {
        try (PersonSession session = SharedKnowledgeBase.BUNDLED.openSession(readyForStrength().build())) {
            session.setStartBack(new StartBack(true, true, true, true, false, false, false, false,
                    Bothersomeness.MODERATELY));
            assertThat(session.update().risk().group()).isEqualTo(RiskGroup.MEDIUM);

            session.setStartBack(new StartBack(false, false, false, false, false, false, false, false,
                    Bothersomeness.SLIGHTLY));
            assertThat(session.update().risk().group()).isEqualTo(RiskGroup.LOW);
            session.setStartBack(null);
            assertThat(session.update().risk()).isNull();
        }
    }
}
