package org.backpainkb.examples.kafka;

import java.time.LocalDate;
import java.util.List;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.RedFlag;

/**
 * The library's story (its PersonSessionStoryTest): one person followed over seven weeks, as person
 * events, each step with the events the library's story test expects of it.
 */
final class Story {

    static final String PERSON = "person-17";

    static final Exercise CAT_CAMEL = new Exercise("Cat-camel", ExerciseCategory.MOBILITY, Load.NONE, 7);
    static final Exercise PLANK = new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT, 3);
    static final LocalDate MONDAY_WEEK_4 = LocalDate.of(2026, 3, 23);
    static final ExerciseSession MONDAY = new ExerciseSession(MONDAY_WEEK_4, "Plank", ExerciseCategory.STABILITY, 2, 7, null);
    static final ExerciseSession MONDAY_NEXT_MORNING =
            new ExerciseSession(MONDAY_WEEK_4, "Plank", ExerciseCategory.STABILITY, 2, 7, 4);
    static final ExerciseSession THURSDAY =
            new ExerciseSession(MONDAY_WEEK_4.plusDays(3), "Plank", ExerciseCategory.STABILITY, 2, 6, null);

    /** One event and the changes it must cause. */
    record Step(String name, String event, List<String> expected) {
    }

    private Story() {
    }

    /** At the first visit: bending forward is restricted; core and breathing are fine. */
    static Case intake() {
        return Case.builder().id(PERSON)
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true),
                        new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .exercise(CAT_CAMEL)
                .build();
    }

    /** Intake (week 0) to week 4: the first part, before a restart in the restart test. */
    static List<Step> weeks0To2() {
        return List.of(
                new Step("week 0: the intake, told as changes from a person of whom nothing is known",
                        Events.intake(intake()), List.of(
                                "stage MOTOR_CONTROL -> MOBILITY",
                                "note STABILITY DEFER -> DEFER",
                                "note CORE_STRENGTH DEFER -> DEFER",
                                "note STRENGTH DEFER -> DEFER")),
                new Step("week 1: a plank is added while flexion is still restricted", Events.add(PLANK), List.of(
                        "added restore-mobility-before-stability (STABILITY_TOO_EARLY)",
                        "note STABILITY DEFER -> DEFER STABILITY_TOO_EARLY")),
                new Step("week 2: a pain-free walk is logged", Events.add(new ExerciseSession(LocalDate.of(2026, 3, 12),
                        "Walk", ExerciseCategory.WALKING, 3, 2, 2)), List.of("dose WALKING none -> KEEP")));
    }

    /** Weeks 3 to 6, after {@link #weeks0To2()}. */
    static List<Step> weeks3To6() {
        return List.of(
                new Step("week 3: flexion is restored on reassessment",
                        Events.reassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL, 95, false)),
                        List.of(
                                "stage MOBILITY -> STABILITY_AND_STRENGTH",
                                "withdrawn restore-mobility-before-stability",
                                "clearance STABILITY DEFER STABILITY_TOO_EARLY -> ALLOW",
                                "clearance CORE_STRENGTH DEFER -> ALLOW",
                                "clearance STRENGTH DEFER -> ALLOW")),
                new Step("week 4, Monday: the plank hurt, 7/10 during", Events.add(MONDAY), List.of(
                        "added lower-the-dose-pain-during (PAIN_RESPONSE)",
                        "clearance STABILITY ALLOW -> MODIFY PAIN_RESPONSE dose REDUCE",
                        "dose STABILITY none -> REDUCE")),
                new Step("Tuesday: Monday's next-morning pain is filled in, worse than before",
                        Events.replace(MONDAY, MONDAY_NEXT_MORNING),
                        List.of("added lower-the-dose-pain-next-morning (PAIN_RESPONSE)")),
                new Step("Thursday: the plank hurts again", Events.add(THURSDAY),
                        List.of("changed lower-the-dose-pain-during")),
                new Step("week 5: numbness in the saddle area", Events.add(RedFlag.SADDLE_NUMBNESS), List.of(
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
                        "clearance STRENGTH ALLOW -> STOP RED_FLAG")),
                new Step("week 6: the doctor rules out the cause", Events.remove(RedFlag.SADDLE_NUMBNESS), List.of(
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
                        "clearance STRENGTH STOP RED_FLAG -> ALLOW")));
    }

    /**
     * Week 7: the painful entries leave the log and a settled plank is logged. The library's story
     * makes these three changes in one update; here they are three events, so each has its own
     * changes: the last one's are those of the whole week.
     */
    static List<String> week7() {
        return List.of(Events.remove(MONDAY_NEXT_MORNING), Events.remove(THURSDAY),
                Events.add(new ExerciseSession(LocalDate.of(2026, 4, 13), "Plank", ExerciseCategory.STABILITY, 1, 3, 1)));
    }
}
