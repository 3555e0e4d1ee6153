package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.Recommendation;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.Load;
import org.backpainkb.model.Person;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Severity;
import org.backpainkb.model.Symptom;
import org.backpainkb.model.Urgency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** red-flags.drl: statement 1 of the contract, red flags come first. */
class RedFlagsTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    private static Assessment assessWith(RedFlag... flags) {
        return kb.assess(Cases.healthy().redFlag(flags).build());
    }

    /** An emergency flag beside a restricted movement, walking that hurts, poor form and a painful session. */
    private static Case withEveryOtherKindOfTrouble(RedFlag emergency) {
        return Cases.mobilityRestricted()
                .redFlag(emergency)
                .symptom(new Symptom(Region.LOW_BACK, 7, Activity.WALKING))
                .formError(new FormError("Deadlift", ExerciseCategory.STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD,
                        Load.EXTERNAL, 80))
                .session(Cases.session(ExerciseCategory.WALKING, 2, 9, 6))
                .build();
    }

    @Test
    void underAnUrgentReferralEveryOtherAdviceIsForAfterADoctorHasSeenThePerson() {
        Assessment a = kb.assess(withEveryOtherKindOfTrouble(RedFlag.SADDLE_NUMBNESS));

        assertThat(a.recommendations()).filteredOn(r -> r.reason() != ReasonCode.RED_FLAG).isNotEmpty()
                .allSatisfy(r -> assertThat(r.advice()).startsWith("Once a doctor has seen you and cleared you to exercise: "));
        assertThat(a.recommendations()).filteredOn(r -> r.reason() == ReasonCode.RED_FLAG)
                .allSatisfy(r -> assertThat(r.advice()).startsWith("Stop exercising"));
    }

    @Test
    void aRoutineReferralLeavesTheOtherAdviceAsItIs() {
        Assessment a = kb.assess(Cases.healthy().redFlag(RedFlag.NIGHT_PAIN)
                .symptom(new Symptom(Region.LOW_BACK, 7, Activity.WALKING)).build());

        assertThat(a.recommendation("find-an-exercise-that-gets-you-back-to-walking"))
                .hasValueSatisfying(r -> assertThat(r.advice()).startsWith("Walking is not bad for your back"));
    }

    @ParameterizedTest(name = "{0} gives an EMERGENCY referral")
    @EnumSource(value = RedFlag.class, names = {"SADDLE_NUMBNESS", "BLADDER_DYSFUNCTION", "BOWEL_DYSFUNCTION",
        "BILATERAL_LEG_WEAKNESS"})
    void everyEmergencyFlagGivesAnEmergencyReferral(RedFlag flag) {
        Assessment a = assessWith(flag);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(a.referral().redFlags()).containsExactly(flag);
        assertThat(a.reasons()).contains(ReasonCode.RED_FLAG);
    }

    @ParameterizedTest(name = "{0} gives an URGENT referral")
    @EnumSource(value = RedFlag.class, names = {"PROGRESSIVE_LEG_WEAKNESS", "FEVER", "SIGNIFICANT_TRAUMA",
        "HISTORY_OF_CANCER", "UNEXPLAINED_WEIGHT_LOSS", "IMMUNOSUPPRESSION", "IV_DRUG_USE"})
    void everyUrgentFlagGivesAnUrgentReferral(RedFlag flag) {
        Assessment a = assessWith(flag);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.URGENT);
        assertThat(a.referral().redFlags()).containsExactly(flag);
        assertThat(a.reasons()).contains(ReasonCode.RED_FLAG);
    }

    @ParameterizedTest(name = "{0} gives a ROUTINE referral")
    @EnumSource(value = RedFlag.class, names = {"NIGHT_PAIN", "PAIN_UNRELIEVED_BY_REST", "PROLONGED_STEROID_USE"})
    void everyRoutineFlagGivesARoutineReferral(RedFlag flag) {
        Assessment a = assessWith(flag);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(a.referral().redFlags()).containsExactly(flag);
        assertThat(a.reasons()).contains(ReasonCode.RED_FLAG);
    }

    @Test
    void noRedFlagMeansNoReferralAndNoRedFlagReason() {
        Assessment a = kb.assess(Cases.healthy().build());

        assertThat(a.referral().urgency()).isEqualTo(Urgency.NONE);
        assertThat(a.referral().redFlags()).isEmpty();
        assertThat(a.reasons()).doesNotContain(ReasonCode.RED_FLAG);
    }

    @ParameterizedTest(name = "{0} stops every category with reason RED_FLAG")
    @EnumSource(value = RedFlag.class, names = {"SADDLE_NUMBNESS", "BLADDER_DYSFUNCTION", "BOWEL_DYSFUNCTION",
        "BILATERAL_LEG_WEAKNESS", "PROGRESSIVE_LEG_WEAKNESS", "FEVER", "SIGNIFICANT_TRAUMA", "HISTORY_OF_CANCER",
        "UNEXPLAINED_WEIGHT_LOSS", "IMMUNOSUPPRESSION", "IV_DRUG_USE"})
    void emergencyOrUrgentFlagStopsEveryCategoryWithRedFlagReason(RedFlag flag) {
        Assessment a = assessWith(flag);

        assertThat(a.clearances()).hasSize(ExerciseCategory.values().length);
        assertThat(a.clearances()).allSatisfy(c -> {
            assertThat(c.decision()).isEqualTo(Decision.STOP);
            assertThat(c.reason()).isEqualTo(ReasonCode.RED_FLAG);
        });
    }

    @Test
    void emergencyFlagGivesACriticalRecommendationToSeekCareTheSameDay() {
        Assessment a = assessWith(RedFlag.SADDLE_NUMBNESS);

        // which advice, in which words, is the rule authors' (scenarios/red-flag-emergency.yaml)
        assertThat(a.recommendations()).first().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(r.reason()).isEqualTo(ReasonCode.RED_FLAG);
            assertThat(r.source()).isNotBlank();
            assertThat(r.rule()).isNotBlank();
        });
    }

    @Test
    void urgentFlagGivesACriticalRecommendationToSeeADoctor() {
        Assessment a = assessWith(RedFlag.FEVER);

        assertThat(a.recommendations()).anySatisfy(r -> {
            assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(r.reason()).isEqualTo(ReasonCode.RED_FLAG);
        });
    }

    @ParameterizedTest(name = "{0} asks for a doctor today, not today or tomorrow")
    @EnumSource(value = RedFlag.class, names = {"FEVER", "PROGRESSIVE_LEG_WEAKNESS"})
    void aFeverOrALegGettingWeakerAsksForADoctorTodayWhateverUrgentFlagIsBesideIt(RedFlag sameDay) {
        Assessment a = assessWith(sameDay, RedFlag.IMMUNOSUPPRESSION);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.URGENT);
        assertThat(a.recommendation("see-a-doctor-today")).hasValueSatisfying(r -> {
            assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(r.reason()).isEqualTo(ReasonCode.RED_FLAG);
            assertThat(r.advice()).contains("today").doesNotContain("tomorrow");
            assertThat(r.because()).hasSize(2);
        });
        assertThat(a.recommendation("see-a-doctor-promptly")).isEmpty();
    }

    @Test
    void anotherUrgentFlagAsksForADoctorTodayOrTomorrowAndBesideAnEmergencyOnlyTheEmergencyIsSaid() {
        assertThat(assessWith(RedFlag.HISTORY_OF_CANCER).recommendation("see-a-doctor-promptly")).isPresent();
        assertThat(assessWith(RedFlag.HISTORY_OF_CANCER).recommendation("see-a-doctor-today")).isEmpty();

        Assessment emergency = assessWith(RedFlag.FEVER, RedFlag.SADDLE_NUMBNESS);
        assertThat(emergency.recommendation("seek-emergency-care-today")).isPresent();
        assertThat(emergency.recommendation("see-a-doctor-today")).isEmpty();
    }

    @Test
    void routineFlagAsksForACheckWithAWarning() {
        Assessment a = assessWith(RedFlag.NIGHT_PAIN);

        // that it stops nothing and says nothing critical is in scenarios/red-flag-routine.yaml
        assertThat(a.recommendations()).anySatisfy(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.RED_FLAG);
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void routineFlagLetsTheExerciseAdviceGoOn() {
        Case c = Cases.healthy()
                .redFlag(RedFlag.PROLONGED_STEROID_USE)
                .symptom(new Symptom(Region.LOW_BACK, 4, Activity.WALKING))
                .build();

        Assessment a = kb.assess(c);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(a.reasons()).contains(ReasonCode.RED_FLAG, ReasonCode.WRONG_EXERCISE);
        assertThat(a.clearance(ExerciseCategory.WALKING).decision()).isGreaterThanOrEqualTo(Decision.MODIFY)
                .isNotEqualTo(Decision.STOP);
        assertThat(a.recommendations()).anyMatch(r -> r.reason() == ReasonCode.WRONG_EXERCISE);
    }

    @Test
    void theMostUrgentOfSeveralFlagsWinsAndEveryFlagIsListed() {
        Assessment a = assessWith(RedFlag.NIGHT_PAIN, RedFlag.FEVER, RedFlag.BLADDER_DYSFUNCTION);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(a.referral().redFlags())
                .containsExactlyInAnyOrder(RedFlag.NIGHT_PAIN, RedFlag.FEVER, RedFlag.BLADDER_DYSFUNCTION);
        assertThat(a.clearances()).allSatisfy(c -> assertThat(c.decision()).isEqualTo(Decision.STOP));
        assertThat(a.recommendations()).anySatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.CRITICAL));
    }

    @ParameterizedTest(name = "beside {0}, a routine flag still stops every category")
    @EnumSource(value = RedFlag.class, names = {"SADDLE_NUMBNESS", "PROGRESSIVE_LEG_WEAKNESS", "IV_DRUG_USE"})
    void aRoutineFlagBesideAnEmergencyOrUrgentOneStopsEverythingWithCriticalAdvice(RedFlag stopping) {
        Assessment a = assessWith(RedFlag.PAIN_UNRELIEVED_BY_REST, stopping);

        assertThat(a.referral().redFlags()).contains(RedFlag.PAIN_UNRELIEVED_BY_REST, stopping);
        assertThat(a.clearances()).allSatisfy(c -> assertThat(c.decision()).isEqualTo(Decision.STOP));
        assertThat(a.recommendations()).anySatisfy(r -> assertThat(r.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void anUrgentFlagOutranksARoutineOne() {
        Assessment a = assessWith(RedFlag.PAIN_UNRELIEVED_BY_REST, RedFlag.HISTORY_OF_CANCER);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.URGENT);
        assertThat(a.referral().redFlags())
                .containsExactlyInAnyOrder(RedFlag.PAIN_UNRELIEVED_BY_REST, RedFlag.HISTORY_OF_CANCER);
        assertThat(a.clearances()).allSatisfy(c -> assertThat(c.decision()).isEqualTo(Decision.STOP));
    }

    @Test
    void theSameFlagReportedTwiceIsListedOnce() {
        Assessment a = assessWith(RedFlag.FEVER, RedFlag.FEVER);

        assertThat(a.referral().redFlags()).containsExactly(RedFlag.FEVER);
    }

    @Test
    void anEmergencyStopBeatsEveryOtherRestrictionWhateverElseIsFound() {
        Assessment a = kb.assess(withEveryOtherKindOfTrouble(RedFlag.BOWEL_DYSFUNCTION));

        assertThat(a.referral().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(a.clearances()).extracting(Clearance::category)
                .containsExactly(ExerciseCategory.values());
        assertThat(a.clearances()).allSatisfy(cl -> {
            assertThat(cl.decision()).isEqualTo(Decision.STOP);
            assertThat(cl.reason()).isEqualTo(ReasonCode.RED_FLAG);
        });
        assertThat(a.recommendations()).first().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(r.reason()).isEqualTo(ReasonCode.RED_FLAG);
        });
    }

    @Test
    void anEmergencyStillReportsEveryOtherFindingAfterItsOwnAdvice() {
        Assessment a = kb.assess(withEveryOtherKindOfTrouble(RedFlag.SADDLE_NUMBNESS));

        // which advice follows, and in which order, is the rule authors' (scenarios/red-flag-emergency.yaml)
        assertThat(a.reasons()).contains(ReasonCode.RED_FLAG, ReasonCode.WRONG_EXERCISE,
                ReasonCode.POOR_FORM, ReasonCode.PAIN_RESPONSE);
        assertThat(a.recommendations()).first().satisfies(r -> assertThat(r.reason()).isEqualTo(ReasonCode.RED_FLAG));
    }

    @Test
    void everyRedFlagCodeOfTheContractHasItsUrgency() {
        assertThat(Arrays.stream(RedFlag.values()).filter(f -> f.urgency() == Urgency.EMERGENCY))
                .containsExactlyInAnyOrder(RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_DYSFUNCTION,
                        RedFlag.BOWEL_DYSFUNCTION, RedFlag.BILATERAL_LEG_WEAKNESS);
        assertThat(Arrays.stream(RedFlag.values()).filter(f -> f.urgency() == Urgency.ROUTINE))
                .containsExactlyInAnyOrder(RedFlag.NIGHT_PAIN, RedFlag.PAIN_UNRELIEVED_BY_REST,
                        RedFlag.PROLONGED_STEROID_USE);
        assertThat(RedFlag.values()).hasSize(14);
    }
    private static Assessment onSteroidsAt(Integer age, RedFlag... otherFlags) {
        return kb.assess(Cases.healthy().person(new Person(age)).redFlag(RedFlag.PROLONGED_STEROID_USE)
                .redFlag(otherFlags).build());
    }

    @Test
    void atTheFractureRiskAgeLongTermSteroidsHoldBackWeightsAndSitUpsWhileTheExerciseAdviceGoesOn() {
        Assessment a = onSteroidsAt(70);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isEqualTo(Decision.MODIFY);
        assertThat(a.clearance(ExerciseCategory.STRENGTH).reason()).isEqualTo(ReasonCode.RED_FLAG);
        assertThat(a.clearance(ExerciseCategory.CORE_STRENGTH).decision()).isEqualTo(Decision.MODIFY);
        assertThat(a.clearances()).filteredOn(c -> c.category() != ExerciseCategory.STRENGTH
                && c.category() != ExerciseCategory.CORE_STRENGTH).extracting(Clearance::decision).containsOnly(Decision.ALLOW);
        assertThat(a.recommendation("rule-out-a-fracture-before-lifting")).hasValueSatisfying(r -> {
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.because()).containsExactly("prolonged steroid use was reported, at the age of 70");
        });
        assertThat(a.suggestedExercises()).extracting(e -> e.id()).doesNotContain("goblet-squat", "romanian-deadlift")
                .isNotEmpty();
    }

    @Test
    void theYearBeforeTheFractureRiskAgeLongTermSteroidsHoldNothingBack() {
        Assessment a = onSteroidsAt(69);

        assertThat(a.referral().urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(Cases.decisions(a)).isEqualTo(Cases.allAllowed());
        assertThat(a.recommendation("rule-out-a-fracture-before-lifting")).isEmpty();
    }

    @Test
    void withoutAnAgeOrWithoutSteroidsNoFractureCheckIsAsked() {
        Assessment ageUnknown = onSteroidsAt(null);
        Assessment nightPainAt90 = kb.assess(Cases.healthy().person(new Person(90)).redFlag(RedFlag.NIGHT_PAIN).build());

        assertThat(ageUnknown.recommendation("rule-out-a-fracture-before-lifting")).isEmpty();
        assertThat(nightPainAt90.recommendation("rule-out-a-fracture-before-lifting")).isEmpty();
        assertThat(Cases.decisions(nightPainAt90)).isEqualTo(Cases.allAllowed());
    }

    @Test
    void aClinicsOwnFractureRiskAgeDecidesFromWhichAgeTheCheckIsAsked() {
        KnowledgeBase from60 = KnowledgeBase.builder().thresholds(new Thresholds(5, 0, 50, 14, 3, 3, 60)).build();

        Assessment a = from60.assess(Cases.healthy().person(new Person(65)).redFlag(RedFlag.PROLONGED_STEROID_USE).build());

        assertThat(a.clearance(ExerciseCategory.STRENGTH).decision()).isEqualTo(Decision.MODIFY);
        assertThat(a.recommendation("rule-out-a-fracture-before-lifting")).isPresent();
    }

    @Test
    void underAnUrgentReferralTheFractureCheckAddsNothingToStoppingEverything() {
        Assessment a = onSteroidsAt(80, RedFlag.FEVER);

        assertThat(a.clearances()).extracting(Clearance::decision).containsOnly(Decision.STOP);
        assertThat(a.recommendation("rule-out-a-fracture-before-lifting")).isEmpty();
    }
}
