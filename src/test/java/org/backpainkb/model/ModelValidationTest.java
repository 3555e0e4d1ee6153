package org.backpainkb.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each record of the fact model refuses what the case format does not allow, naming the field. */
class ModelValidationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static void refused(ThrowingCallable make, String path, String... inMessage) {
        assertThatThrownBy(make).isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> {
                    InvalidCaseException ice = (InvalidCaseException) e;
                    assertThat(ice.problems()).extracting(InvalidCaseException.Problem::path).contains(path);
                    assertThat(ice.getMessage()).startsWith(path + ": ").contains(inMessage);
                });
    }

    @Test
    void aSymptomIntensityOutsideZeroToTenIsRefusedNamingTheFieldAndRange() {
        refused(() -> new Symptom(Region.LOW_BACK, 11), "intensity", "11 is out of range 0..10");
        refused(() -> new Symptom(Region.LOW_BACK, -1), "intensity", "-1 is out of range 0..10");
    }

    @Test
    void aCaseWithAListLongerThanAReaderTakesIsRefusedAsTheReaderRefusesIt() {
        Symptom[] symptoms = new Symptom[Case.MAX_LIST_ELEMENTS + 1];
        Arrays.fill(symptoms, new Symptom(Region.LOW_BACK, 3));
        ExerciseSession[] log = new ExerciseSession[Case.MAX_LIST_ELEMENTS + 1];
        Arrays.fill(log, new ExerciseSession(LocalDate.of(2026, 3, 1), "Walk", ExerciseCategory.WALKING, 2, 2, 2));

        refused(() -> Case.builder().symptom(symptoms).build(), "symptoms", "has 1001 elements; the most a list may hold is 1000");
        refused(() -> Case.builder().session(log).build(), "sessions", "has 1001 elements; the most a list may hold is 1000");
        assertThatCode(() -> Case.builder().session(Arrays.copyOf(log, Case.MAX_LIST_ELEMENTS)).build()).doesNotThrowAnyException();
    }

    @Test
    void aSymptomIntensityAtTheEndsOfTheRangeIsAccepted() {
        assertThatCode(() -> new Symptom(Region.LOW_BACK, 0)).doesNotThrowAnyException();
        assertThatCode(() -> new Symptom(Region.LOW_BACK, 10)).doesNotThrowAnyException();
    }

    @Test
    void anActivityGivenTwiceInASymptomIsKeptOnceAndTheOrderGivenSaysNothing() {
        Symptom twice = new Symptom(Region.LOW_BACK, 4,
                List.of(Activity.STANDING, Activity.WALKING, Activity.STANDING, Activity.STANDING),
                List.of(Activity.SITTING, Activity.SITTING), false);
        Symptom otherOrder = new Symptom(Region.LOW_BACK, 4, List.of(Activity.WALKING, Activity.STANDING),
                List.of(Activity.SITTING), false);

        assertThat(twice.aggravatedBy()).containsExactly(Activity.WALKING, Activity.STANDING);
        assertThat(twice.relievedBy()).containsExactly(Activity.SITTING);
        assertThat(twice).isEqualTo(otherOrder);
        // what a rule can do with the list itself (compare it, write it out) is the same whatever the order
        assertThat(twice.aggravatedBy()).isEqualTo(otherOrder.aggravatedBy());
        assertThat(twice.aggravatedBy().toString()).isEqualTo(otherOrder.aggravatedBy().toString());
    }

    @Test
    void aSymptomWithoutRegionIsRefusedListingTheAllowedRegions() {
        refused(() -> new Symptom(null, 3), "region", "is required", "LOW_BACK, MID_BACK, UPPER_BACK, BUTTOCK, LEG");
    }

    @Test
    void aSymptomWithAMissingActivityIsRefusedWithItsIndex() {
        refused(() -> new Symptom(Region.LEG, 3, Arrays.asList(Activity.WALKING, null), List.of(), false),
                "aggravatedBy[1]", "is required");
    }

    @Test
    void anAgeOutsideZeroTo120IsRefused() {
        refused(() -> new Person(121), "age", "121 is out of range 0..120");
        refused(() -> new Person(-1), "age", "0..120");
        assertThatCode(() -> new Person(null)).doesNotThrowAnyException();
        assertThatCode(() -> new Person(120)).doesNotThrowAnyException();
    }

    @Test
    void aPercentOfNormalOutsideZeroTo100IsRefused() {
        refused(() -> new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 101, false),
                "percentOfNormal", "101 is out of range 0..100");
        assertThatCode(() -> new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL, 100, false))
                .doesNotThrowAnyException();
    }

    @Test
    void aMobilityFindingWithoutMovementOrStatusIsRefused() {
        refused(() -> new MobilityFinding(null, MobilityStatus.FULL), "movement",
                "FLEXION, EXTENSION, ROTATION, SIDE_BENDING");
        refused(() -> new MobilityFinding(Movement.ROTATION, null), "status", "FULL, RESTRICTED");
    }

    @Test
    void sessionsPerWeekOutsideZeroTo21IsRefused() {
        refused(() -> new Exercise("Walk", ExerciseCategory.WALKING, Load.BODYWEIGHT, 22), "sessionsPerWeek",
                "22 is out of range 0..21");
        assertThatCode(() -> new Exercise("Walk", ExerciseCategory.WALKING, Load.BODYWEIGHT, 21))
                .doesNotThrowAnyException();
    }

    @Test
    void anExerciseWithoutNameCategoryOrLoadIsRefused() {
        refused(() -> new Exercise(" ", ExerciseCategory.WALKING, Load.NONE), "name", "is required");
        refused(() -> new Exercise("Walk", null, Load.NONE), "category", "WALKING, AEROBIC, MOBILITY");
        refused(() -> new Exercise("Walk", ExerciseCategory.WALKING, null), "load", "NONE, BODYWEIGHT, EXTERNAL");
    }

    @Test
    void negativeRepetitionsPerWeekAreRefused() {
        refused(() -> new FormError("Squat", ExerciseCategory.STRENGTH, FormFault.EXCESSIVE_ARCH, Load.EXTERNAL, -1),
                "repetitionsPerWeek", "-1", "0 or more");
        assertThatCode(() -> new FormError("Squat", ExerciseCategory.STRENGTH, FormFault.EXCESSIVE_ARCH,
                Load.EXTERNAL, 0)).doesNotThrowAnyException();
    }

    @Test
    void aFormErrorWithoutFaultIsRefusedListingTheFaults() {
        refused(() -> new FormError("Squat", ExerciseCategory.STRENGTH, null, Load.EXTERNAL), "fault",
                "ROUNDED_BACK_UNDER_LOAD", "MOMENTUM_INSTEAD_OF_CONTROL");
    }

    @Test
    void painRatingsOutsideZeroToTenAreRefusedEachNamingItsField() {
        refused(() -> new ExerciseSession(DAY, "Squat", ExerciseCategory.STRENGTH, 11, 2, 2), "painBefore",
                "11 is out of range 0..10");
        refused(() -> new ExerciseSession(DAY, "Squat", ExerciseCategory.STRENGTH, 2, 11, 2), "painDuring",
                "11 is out of range 0..10");
        refused(() -> new ExerciseSession(DAY, "Squat", ExerciseCategory.STRENGTH, 2, 2, -1), "painNextMorning",
                "-1 is out of range 0..10");
        assertThatCode(() -> new ExerciseSession(DAY, "Squat", ExerciseCategory.STRENGTH, 0, 10, null))
                .doesNotThrowAnyException();
    }

    @Test
    void aSessionWithoutDateIsRefused() {
        refused(() -> new ExerciseSession(null, "Squat", ExerciseCategory.STRENGTH, 1, 2, 2), "date", "is required");
    }

    @Test
    void aRecordWithSeveralBadValuesReportsEveryOne() {
        assertThatThrownBy(() -> new ExerciseSession(DAY, "Squat", ExerciseCategory.STRENGTH, -1, 11, 12))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problems())
                        .extracting(InvalidCaseException.Problem::path)
                        .containsExactly("painBefore", "painDuring", "painNextMorning"));
    }

    @Test
    void aBreathingObservationNeedsPatternAndDuring() {
        refused(() -> new BreathingObservation(null, BreathingContext.REST), "pattern",
                "DIAPHRAGMATIC, BREATH_HOLDING, CHEST_BREATHING, PARADOXICAL");
        refused(() -> new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, null), "during",
                "REST, EXERCISE, LIFTING");
    }

    @Test
    void aCaseRefusesAMissingElementOfAListWithItsIndex() {
        List<Symptom> symptoms = new ArrayList<>();
        symptoms.add(new Symptom(Region.LOW_BACK, 2));
        symptoms.add(null);

        refused(() -> new Case(null, null, symptoms, null, null, null, null, null, null, null), "symptoms[1]",
                "is required");
    }

    @Test
    void aCaseIsImmutableAndAMissingListIsEmpty() {
        List<RedFlag> flags = new ArrayList<>(List.of(RedFlag.FEVER));
        Case c = new Case("x", null, null, flags, null, null, null, null, null, null);
        flags.add(RedFlag.NIGHT_PAIN);

        assertThat(c.redFlags()).containsExactly(RedFlag.FEVER);
        assertThat(c.symptoms()).isEmpty();
        assertThatThrownBy(() -> c.redFlags().add(RedFlag.IV_DRUG_USE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theDecisionsOrderFromLeastToMostRestrictive() {
        assertThat(Decision.ALLOW.orStricter(Decision.MODIFY)).isEqualTo(Decision.MODIFY);
        assertThat(Decision.STOP.orStricter(Decision.DEFER)).isEqualTo(Decision.STOP);
        assertThat(Decision.DEFER.orStricter(Decision.MODIFY)).isEqualTo(Decision.DEFER);
        assertThat(Decision.values()).containsExactly(Decision.ALLOW, Decision.MODIFY, Decision.DEFER, Decision.STOP);
    }

    @Test
    void aRestrictionOrAStopOfAllExerciseThatAllowsIsRefused() {
        assertThatThrownBy(() -> new org.backpainkb.rules.Restriction(ExerciseCategory.WALKING, Decision.ALLOW,
                ReasonCode.WRONG_EXERCISE, "fine")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a restriction limits a category, with MODIFY, DEFER or STOP");
        assertThatThrownBy(() -> new org.backpainkb.rules.AllExercise(Decision.ALLOW, ReasonCode.RED_FLAG, "fine"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullActivityGivenOneByOneIsRefusedAtItsIndexLikeOneInAList() {
        assertThatThrownBy(() -> new Symptom(Region.LOW_BACK, 5, Activity.WALKING, null))
                .isInstanceOf(InvalidCaseException.class).hasMessage("aggravatedBy[1]: is required");
    }

    @Test
    void aNullGivenWhereTheApiNeedsAValueIsRefusedByItsName() {
        assertThatThrownBy(() -> Case.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("case");
        assertThatThrownBy(() -> org.backpainkb.KnowledgeBase.bundled().assess(Case.builder().build()).clearance(null))
                .isInstanceOf(NullPointerException.class).hasMessage("category");
        assertThatThrownBy(() -> org.backpainkb.io.ProblemDetails.toJson(null))
                .isInstanceOf(NullPointerException.class).hasMessage("refusal");
    }

    @Test
    void aRefusalNamesAtLeastOneProblem() {
        assertThatThrownBy(() -> new InvalidCaseException(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a refusal names at least one problem");
    }
}
