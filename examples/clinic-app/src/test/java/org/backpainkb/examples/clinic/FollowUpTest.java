package org.backpainkb.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backpainkb.Clearance;
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
import org.backpainkb.model.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A patient followed through four weeks of exercise logs, as mobility returns and pain settles. */
class FollowUpTest {

    private static final Exercise CAT_CAMEL = new Exercise("Cat-camel", ExerciseCategory.MOBILITY, Load.NONE, 7);
    private static final Exercise PLANK = new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT, 3);

    private static Clinic clinic;

    @BeforeAll
    static void openClinic() {
        clinic = Clinic.withBundledRules();
    }

    private static Case intake() {
        return Case.builder().id("p-42")
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 50, true),
                        new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .exercise(CAT_CAMEL)
                .build();
    }

    @Test
    void the_advice_changes_as_mobility_returns_and_pain_settles() {
        try (FollowUp patient = clinic.follow(intake())) {
            assertThat(patient.advice().stage()).isEqualTo(Stage.MOBILITY);

            // week 1: a gym adds a plank; the cat-camel hurts
            ExerciseSession painfulCatCamel = new ExerciseSession(LocalDate.of(2026, 5, 4), "Cat-camel",
                    ExerciseCategory.MOBILITY, 3, 6, 3);
            patient.prescribe(PLANK);
            patient.log(painfulCatCamel);
            assertThat(patient.endOfWeek()).containsExactly(
                    "new advice lower-the-dose-pain-during: That exercise hurt more than it should. When you do it"
                            + " again, lower the dose: fewer repetitions, less load or a smaller range, so pain stays at or"
                            + " below 5 out of 10.",
                    "new advice restore-mobility-before-stability: Put the stability exercises aside for now and add"
                            + " no load to your spine. Get your back moving fully first: a back that moves well takes load"
                            + " far better, and the stability work will then do what it should.",
                    "MOBILITY ALLOW -> MODIFY (PAIN_RESPONSE), dose REDUCE",
                    "MOBILITY dose none -> REDUCE",
                    "STABILITY DEFER -> DEFER (STABILITY_TOO_EARLY)");

            // week 2: flexion improves but is still restricted; the lower dose is comfortable
            patient.reassess(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 80, false));
            patient.log(new ExerciseSession(LocalDate.of(2026, 5, 11), "Cat-camel", ExerciseCategory.MOBILITY, 2, 3, 2));
            assertThat(patient.endOfWeek()).isEmpty();

            // week 3: flexion is full again; the clinic reviews the last two weeks, so week 1's log goes
            patient.reassess(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL, 100, false));
            patient.forget(painfulCatCamel);
            assertThat(patient.endOfWeek()).containsExactly(
                    "stage MOBILITY -> STABILITY_AND_STRENGTH",
                    "advice withdrawn lower-the-dose-pain-during",
                    "advice withdrawn restore-mobility-before-stability",
                    "MOBILITY MODIFY (PAIN_RESPONSE), dose REDUCE -> ALLOW, dose KEEP",
                    "MOBILITY dose REDUCE -> KEEP",
                    "STABILITY DEFER (STABILITY_TOO_EARLY) -> ALLOW",
                    "CORE_STRENGTH DEFER -> ALLOW",
                    "STRENGTH DEFER -> ALLOW");

            // week 4: the plank is comfortable and settles by the morning: no advice, only its dose
            patient.log(new ExerciseSession(LocalDate.of(2026, 5, 25), "Plank", ExerciseCategory.STABILITY, 1, 3, 1));
            assertThat(patient.endOfWeek()).containsExactly("STABILITY dose none -> KEEP");
            assertThat(patient.advice().recommendations()).isEmpty();
            assertThat(patient.advice().clearances()).extracting(Clearance::decision).containsOnly(Decision.ALLOW);
        }
    }
}
