package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Urgency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One person followed over seven weeks in a live session: each step's events, exactly and in
 * order, and nothing else.
 */
class PersonSessionStoryTest {

    private static final Exercise CAT_CAMEL = new Exercise("Cat-camel", ExerciseCategory.MOBILITY, Load.NONE, 7);
    private static final Exercise PLANK = new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT, 3);
    private static final LocalDate MONDAY_WEEK_4 = LocalDate.of(2026, 3, 23);

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    /** At the first visit: bending forward is restricted; core and breathing are fine. */
    private static Case intake() {
        return Case.builder().id("person-17")
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true),
                        new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .exercise(CAT_CAMEL)
                .build();
    }

    @Test
    void the_session_reports_each_weeks_changes_in_order_and_nothing_else() {
        EventRecorder events = new EventRecorder();
        try (PersonSession session = kb.openSession(intake(), events)) {
            assertThat(session.assessment().stage()).isEqualTo(Stage.MOBILITY);
            assertThat(session.assessment().recommendations()).isEmpty();
            // the intake, told as changes from a person of whom nothing is known: with the core
            // assessed the stage is mobility, and the deferred categories wait for it instead
            assertThat(events.take()).containsExactly(
                    "stage MOTOR_CONTROL -> MOBILITY",
                    "note STABILITY DEFER -> DEFER",
                    "note CORE_STRENGTH DEFER -> DEFER",
                    "note STRENGTH DEFER -> DEFER");

            // week 1: a plank is added to the programme while flexion is still restricted
            session.add(PLANK);
            session.update();
            assertThat(events.take()).containsExactly(
                    "added restore-mobility-before-stability (STABILITY_TOO_EARLY)",
                    "note STABILITY DEFER -> DEFER STABILITY_TOO_EARLY");

            // week 2: a pain-free walk is logged: no advice, only the walking dose from the pain log
            session.add(new ExerciseSession(LocalDate.of(2026, 3, 12), "Walk", ExerciseCategory.WALKING,
                    3, 2, 2));
            session.update();
            assertThat(events.take()).containsExactly("dose WALKING none -> KEEP");

            // week 3: flexion is restored on reassessment
            assertThat(session.reassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL, 95, false)))
                    .containsExactly(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true));
            session.update();
            assertThat(events.take()).containsExactly(
                    "stage MOBILITY -> STABILITY_AND_STRENGTH",
                    "withdrawn restore-mobility-before-stability",
                    "clearance STABILITY DEFER STABILITY_TOO_EARLY -> ALLOW",
                    "clearance CORE_STRENGTH DEFER -> ALLOW",
                    "clearance STRENGTH DEFER -> ALLOW");

            // week 4, Monday: the plank hurt, 7/10 during
            ExerciseSession monday = new ExerciseSession(MONDAY_WEEK_4, "Plank", ExerciseCategory.STABILITY, 2, 7, null);
            session.add(monday);
            session.update();
            assertThat(events.take()).containsExactly(
                    "added lower-the-dose-pain-during (PAIN_RESPONSE)",
                    "clearance STABILITY ALLOW -> MODIFY PAIN_RESPONSE dose REDUCE",
                    "dose STABILITY none -> REDUCE");

            // Tuesday: Monday's next-morning pain is filled in, worse than before the session.
            // Replacing the entry withdraws and re-derives the pain-during advice within one
            // update, which is therefore not reported; only the new advice is.
            session.replace(monday,
                    new ExerciseSession(MONDAY_WEEK_4, "Plank", ExerciseCategory.STABILITY, 2, 7, 4));
            session.update();
            assertThat(events.take()).containsExactly(
                    "added lower-the-dose-pain-next-morning (PAIN_RESPONSE)");

            // Thursday: the plank hurts again: the same advice, with one more matched fact
            session.add(new ExerciseSession(MONDAY_WEEK_4.plusDays(3), "Plank", ExerciseCategory.STABILITY,
                    2, 6, null));
            session.update();
            assertThat(events.take()).containsExactly("changed lower-the-dose-pain-during");

            // week 5: numbness in the saddle area: stop everything, emergency referral; the pain
            // advice stays, for after the doctor's visit, and says so first
            session.add(RedFlag.SADDLE_NUMBNESS);
            Assessment emergency = session.update();
            assertThat(events.take()).containsExactly(
                    "referral NONE -> EMERGENCY [SADDLE_NUMBNESS]",
                    "added seek-emergency-care-today (RED_FLAG)",
                    "changed lower-the-dose-pain-during",
                    "changed lower-the-dose-pain-next-morning",
                    "clearance WALKING ALLOW dose KEEP -> STOP RED_FLAG dose KEEP",
                    "clearance AEROBIC ALLOW -> STOP RED_FLAG",
                    "clearance MOBILITY ALLOW -> STOP RED_FLAG",
                    "clearance MOTOR_CONTROL ALLOW -> STOP RED_FLAG",
                    "clearance STABILITY MODIFY PAIN_RESPONSE dose REDUCE -> STOP RED_FLAG dose REDUCE",
                    "clearance CORE_STRENGTH ALLOW -> STOP RED_FLAG",
                    "clearance STRENGTH ALLOW -> STOP RED_FLAG");
            assertThat(emergency.clearances()).extracting(Clearance::decision).containsOnly(Decision.STOP);
            assertThat(emergency.recommendations()).first().extracting(r -> r.id()).isEqualTo("seek-emergency-care-today");

            // week 6: the doctor rules out the cause; the flag is removed and exercise resumes
            session.remove(RedFlag.SADDLE_NUMBNESS);
            session.update();
            assertThat(events.take()).containsExactly(
                    "referral EMERGENCY -> NONE []",
                    "withdrawn seek-emergency-care-today",
                    "changed lower-the-dose-pain-during",
                    "changed lower-the-dose-pain-next-morning",
                    "clearance WALKING STOP RED_FLAG dose KEEP -> ALLOW dose KEEP",
                    "clearance AEROBIC STOP RED_FLAG -> ALLOW",
                    "clearance MOBILITY STOP RED_FLAG -> ALLOW",
                    "clearance MOTOR_CONTROL STOP RED_FLAG -> ALLOW",
                    "clearance STABILITY STOP RED_FLAG dose REDUCE -> MODIFY PAIN_RESPONSE dose REDUCE",
                    "clearance CORE_STRENGTH STOP RED_FLAG -> ALLOW",
                    "clearance STRENGTH STOP RED_FLAG -> ALLOW");

            // week 7: the dose was lowered and the painful entries leave the log the app assesses; the
            // week-2 walk is now older than the pain log's window, so walking has no dose any more
            session.remove(new ExerciseSession(MONDAY_WEEK_4, "Plank", ExerciseCategory.STABILITY, 2, 7, 4));
            session.remove(new ExerciseSession(MONDAY_WEEK_4.plusDays(3), "Plank",
                    ExerciseCategory.STABILITY, 2, 6, null));
            session.add(new ExerciseSession(LocalDate.of(2026, 4, 13), "Plank", ExerciseCategory.STABILITY,
                    1, 3, 1));
            Assessment settled = session.update();
            assertThat(events.take()).containsExactly(
                    "withdrawn lower-the-dose-pain-during",
                    "withdrawn lower-the-dose-pain-next-morning",
                    "dose WALKING KEEP -> none",
                    "clearance STABILITY MODIFY PAIN_RESPONSE dose REDUCE -> ALLOW dose KEEP",
                    "dose STABILITY REDUCE -> KEEP");
            assertThat(settled.referral().urgency()).isEqualTo(Urgency.NONE);
            assertThat(settled.reasons()).isEmpty();
            assertThat(settled.clearances()).extracting(Clearance::decision).containsOnly(Decision.ALLOW);
        }
    }

    @Test
    void after_any_history_the_live_assessment_is_the_one_shot_assessment_of_the_same_facts() {
        try (PersonSession session = kb.openSession(intake())) {
            assertSameAsOneShot(session, session.assessment());

            session.add(PLANK);
            session.add(RedFlag.FEVER);
            assertSameAsOneShot(session, session.update());

            session.reassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL));
            session.add(new ExerciseSession(MONDAY_WEEK_4, "Plank", ExerciseCategory.STABILITY, 2, 8, 5));
            assertSameAsOneShot(session, session.update());

            session.remove(RedFlag.FEVER);
            session.replace(PLANK, new Exercise("Plank", ExerciseCategory.STABILITY, Load.EXTERNAL, 2));
            assertSameAsOneShot(session, session.update());

            session.setCore(null);
            session.reassessMobility(new MobilityFinding(Movement.EXTENSION, MobilityStatus.RESTRICTED));
            Assessment last = session.update();
            assertSameAsOneShot(session, last);
            assertThat(last.caseId()).isEqualTo("person-17");
        }
    }

    @Test
    void theClassDocumentationsExampleTellsWhatItsCommentsSay() {
        Case intake = Case.builder()
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE))
                .build();
        EventRecorder events = new EventRecorder();
        try (PersonSession session = kb.openSession(intake, events)) {
            events.take();
            session.add(new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT));
            session.update();
            assertThat(events.take()).filteredOn(e -> e.startsWith("added") || e.startsWith("withdrawn"))
                    .containsExactly("added restore-mobility-before-stability (STABILITY_TOO_EARLY)");

            session.reassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL));
            session.update();
            assertThat(events.take()).filteredOn(e -> e.startsWith("added") || e.startsWith("withdrawn"))
                    .containsExactly("withdrawn restore-mobility-before-stability");
        }
    }

    private static void assertSameAsOneShot(PersonSession session, Assessment live) {
        Assessment oneShot = kb.assess(session.currentCase());
        assertThat(live).usingRecursiveComparison().ignoringFields("firedRules").isEqualTo(oneShot);
    }
}
