package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Activity;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** directional-preference.drl: statement 12 of the contract, the direction that eases the back. */
class DirectionalPreferenceTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    private static Symptom symptom(Region region, List<Activity> worse, List<Activity> better) {
        return new Symptom(region, 4, worse, better, false);
    }

    private static DirectionalPreference preferenceOf(Symptom... symptoms) {
        return kb.assess(Cases.healthy().symptom(symptoms).build()).directionalPreference();
    }

    @ParameterizedTest(name = "worse {0}, eased sitting: flexion")
    @EnumSource(value = Activity.class, names = {"WALKING", "STANDING", "BENDING_BACKWARD"})
    void worseUprightAndEasedSittingPointsToFlexion(Activity worse) {
        assertThat(preferenceOf(symptom(Region.LOW_BACK, List.of(worse), List.of(Activity.SITTING))))
                .isEqualTo(DirectionalPreference.FLEXION);
        assertThat(preferenceOf(symptom(Region.LOW_BACK, List.of(worse), List.of(Activity.BENDING_FORWARD))))
                .isEqualTo(DirectionalPreference.FLEXION);
    }

    @ParameterizedTest(name = "eased {0}, worse sitting: extension")
    @EnumSource(value = Activity.class, names = {"WALKING", "STANDING", "BENDING_BACKWARD"})
    void worseSittingAndEasedUprightPointsToExtension(Activity better) {
        assertThat(preferenceOf(symptom(Region.LOW_BACK, List.of(Activity.SITTING), List.of(better))))
                .isEqualTo(DirectionalPreference.EXTENSION);
        assertThat(preferenceOf(symptom(Region.LOW_BACK, List.of(Activity.BENDING_FORWARD), List.of(better))))
                .isEqualTo(DirectionalPreference.EXTENSION);
    }

    @Test
    void worseWalkingWithNothingEasingItPointsNowhere() {
        assertThat(preferenceOf(symptom(Region.LOW_BACK, List.of(Activity.WALKING), List.of())))
                .isEqualTo(DirectionalPreference.NONE);
        assertThat(kb.assess(Cases.healthy().build()).directionalPreference()).isEqualTo(DirectionalPreference.NONE);
    }

    @Test
    void symptomsPointingBothWaysGiveNone() {
        assertThat(preferenceOf(symptom(Region.LOW_BACK, List.of(Activity.WALKING), List.of(Activity.SITTING)),
                symptom(Region.LEG, List.of(Activity.SITTING), List.of(Activity.STANDING))))
                .isEqualTo(DirectionalPreference.NONE);
    }

    @Test
    void oneSymptomMatchingBothPatternsPointsBothWays() {
        assertThat(preferenceOf(symptom(Region.LOW_BACK, List.of(Activity.WALKING, Activity.SITTING),
                List.of(Activity.BENDING_FORWARD, Activity.STANDING)))).isEqualTo(DirectionalPreference.NONE);
    }

    @Test
    void aSymptomOfAnyRegionCounts() {
        assertThat(preferenceOf(symptom(Region.LEG, List.of(Activity.STANDING), List.of(Activity.SITTING))))
                .isEqualTo(DirectionalPreference.FLEXION);
    }

    @Test
    void thePreferenceIsReportedUnderAnUrgentReferral() {
        assertThat(kb.assess(Cases.healthy().redFlag(RedFlag.FEVER)
                .symptom(symptom(Region.LOW_BACK, List.of(Activity.SITTING), List.of(Activity.WALKING))).build())
                .directionalPreference()).isEqualTo(DirectionalPreference.EXTENSION);
    }
}
