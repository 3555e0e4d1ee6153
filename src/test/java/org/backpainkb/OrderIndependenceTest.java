package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Person;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order in which a case lists its facts never changes what the knowledge base concludes. */
class OrderIndependenceTest {

    private static final int SHUFFLES = 60;

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    /** Several reasons at once, restricting some categories more than once. */
    private static Case richCase(RedFlag... flags) {
        return Case.builder()
                .id("rich")
                .person(new Person(52))
                .symptom(new Symptom(Region.LOW_BACK, 6, List.of(Activity.WALKING, Activity.LIFTING),
                        List.of(Activity.SITTING), false),
                        new Symptom(Region.LEG, 4, List.of(Activity.WALKING), List.of(), true),
                        new Symptom(Region.BUTTOCK, 3, Activity.BENDING_FORWARD))
                .redFlag(flags)
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true),
                        new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL),
                        new MobilityFinding(Movement.ROTATION, MobilityStatus.RESTRICTED, 80, false),
                        new MobilityFinding(Movement.SIDE_BENDING, MobilityStatus.FULL))
                .breathing(new BreathingObservation(BreathingPattern.BREATH_HOLDING, BreathingContext.LIFTING),
                        new BreathingObservation(BreathingPattern.CHEST_BREATHING, BreathingContext.EXERCISE),
                        new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.REST))
                .core(new CoreActivation(false, false, CoreStrength.STRONG))
                .exercise(new Exercise("Weighted plank", ExerciseCategory.STABILITY, Load.EXTERNAL, 3),
                        new Exercise("Deadlift", ExerciseCategory.STRENGTH, Load.EXTERNAL, 2),
                        new Exercise("Sit-ups", ExerciseCategory.CORE_STRENGTH, Load.BODYWEIGHT, 4),
                        new Exercise("Brisk walk", ExerciseCategory.WALKING, Load.BODYWEIGHT, 5),
                        new Exercise("Cat-camel", ExerciseCategory.MOBILITY, Load.NONE, 7))
                .formError(new FormError("Deadlift", ExerciseCategory.STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD,
                        Load.EXTERNAL, 30),
                        new FormError("Weighted plank", ExerciseCategory.STABILITY, FormFault.EXCESSIVE_ARCH,
                                Load.EXTERNAL),
                        new FormError("Brisk walk", ExerciseCategory.WALKING, FormFault.LOSS_OF_NEUTRAL_SPINE,
                                Load.BODYWEIGHT, 100),
                        new FormError("Cat-camel", ExerciseCategory.MOBILITY, FormFault.MOMENTUM_INSTEAD_OF_CONTROL,
                                Load.NONE, 5))
                .session(new ExerciseSession(LocalDate.of(2026, 11, 2), "Deadlift", ExerciseCategory.STRENGTH, 2, 7, 3),
                        new ExerciseSession(LocalDate.of(2026, 11, 3), "Brisk walk", ExerciseCategory.WALKING, 3, 4, 5),
                        new ExerciseSession(LocalDate.of(2026, 11, 4), "Cat-camel", ExerciseCategory.MOBILITY, 4, 6, null),
                        new ExerciseSession(LocalDate.of(2026, 11, 5), "Weighted plank", ExerciseCategory.STABILITY, 2, 5,
                                2))
                .build();
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static Case shuffled(Case c, Random random) {
        List<Symptom> symptoms = new ArrayList<>();
        for (Symptom s : shuffled(c.symptoms(), random)) {
            symptoms.add(new Symptom(s.region(), s.intensity(), shuffled(s.aggravatedBy(), random),
                    shuffled(s.relievedBy(), random), s.belowKnee()));
        }
        return new Case(c.id(), c.person(), symptoms, shuffled(c.redFlags(), random), shuffled(c.mobility(), random),
                shuffled(c.breathing(), random), c.core(), shuffled(c.exercises(), random),
                shuffled(c.formErrors(), random), shuffled(c.sessions(), random), c.asOf(), c.startBack());
    }

    private static void assertSameConclusions(Assessment actual, Assessment expected) {
        assertThat(actual.caseId()).isEqualTo(expected.caseId());
        assertThat(actual.knowledgeBase()).isEqualTo(expected.knowledgeBase());
        assertThat(actual.stage()).isEqualTo(expected.stage());
        assertThat(actual.referral()).isEqualTo(expected.referral());
        assertThat(actual.reasons()).isEqualTo(expected.reasons());
        assertThat(actual.recommendations()).isEqualTo(expected.recommendations());
        assertThat(actual.clearances()).isEqualTo(expected.clearances());
        assertThat(actual.risk()).isEqualTo(expected.risk());
        assertThat(actual.directionalPreference()).isEqualTo(expected.directionalPreference());
        assertThat(actual.suggestedExercises()).isEqualTo(expected.suggestedExercises());
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        Collections.sort(copy);
        return copy;
    }

    @Test
    void shufflingEveryListOfARichCaseNeverChangesTheConclusions() {
        Case original = richCase(RedFlag.NIGHT_PAIN);
        Assessment expected = kb.assess(original);
        assertThat(expected.reasons()).hasSizeGreaterThanOrEqualTo(6);

        Random random = new Random(20_261_123L);
        for (int i = 0; i < SHUFFLES; i++) {
            Case shuffled = shuffled(original, random);
            Assessment actual = kb.assess(shuffled);

            assertSameConclusions(actual, expected);
            assertThat(sorted(actual.firedRules())).isEqualTo(sorted(expected.firedRules()));
        }
    }

    @Test
    void shufflingACaseWithSeveralRedFlagsNeverChangesTheReferralOrTheStops() {
        Case original = richCase(RedFlag.NIGHT_PAIN, RedFlag.FEVER, RedFlag.SADDLE_NUMBNESS,
                RedFlag.PROLONGED_STEROID_USE);
        Assessment expected = kb.assess(original);

        Random random = new Random(42L);
        for (int i = 0; i < SHUFFLES; i++) {
            Assessment actual = kb.assess(shuffled(original, random));
            assertSameConclusions(actual, expected);
            assertThat(sorted(actual.firedRules())).isEqualTo(sorted(expected.firedRules()));
        }
    }

    @Test
    void assessingTheSameCaseTwiceGivesTheSameResult() {
        Case c = richCase();

        assertThat(kb.assess(c)).isEqualTo(kb.assess(c));
    }
}
