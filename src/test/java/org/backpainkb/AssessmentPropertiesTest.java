package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.backpainkb.model.Case;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.FormError;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Severity;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Urgency;

/**
 * Properties of every assessment over generated valid cases. The plain-Java reading of the
 * contract's ten statements ({@link PlainJavaAssessor}) is the oracle for the stage, the
 * referral's urgency, the reasons and the clearance decisions.
 */
class AssessmentPropertiesTest {

    private static final int TRIES = 200;

    private final KnowledgeBase kb = SharedKnowledgeBase.BUNDLED;
    private final PlainJavaAssessor oracle = new PlainJavaAssessor(kb.thresholds());

    @Provide
    Arbitrary<Case> validCases() {
        return CaseArbitraries.cases();
    }

    @Provide
    Arbitrary<RedFlag> redFlags() {
        return CaseArbitraries.redFlags();
    }

    @Provide
    Arbitrary<FormError> formErrors() {
        return CaseArbitraries.formErrors();
    }

    @Provide
    Arbitrary<MobilityFinding> restrictedFindings() {
        return CaseArbitraries.restrictedFindings();
    }

    @Property(tries = TRIES)
    void assessingAValidCaseNeverThrowsAndClearsEveryCategory(@ForAll("validCases") Case c) {
        Assessment a = kb.assess(c);

        assertThat(a.caseId()).isEqualTo(c.id());
        assertThat(a.clearances()).extracting(Clearance::category).containsExactly(ExerciseCategory.values());
        assertThat(a.stage()).isNotNull();
    }

    @Property(tries = TRIES)
    void theRulesAgreeWithThePlainJavaReadingOfTheContract(@ForAll("validCases") Case c) {
        PlainJavaAssessor.Verdict expected = oracle.assess(c);

        assertThat(PlainJavaAssessor.Verdict.of(kb.assess(c))).isEqualTo(expected);

        // the generated cases reach every stage, a referral that stops exercise, and cases with no reason at all
        Statistics.label("stage").collect(expected.stage());
        Statistics.label("stage").coverage(check -> {
            for (Stage stage : Stage.values()) {
                check.check(stage).percentage(p -> p >= 5);
            }
        });
        Statistics.label("exercise stopped").collect(expected.decisions().containsValue(Decision.STOP));
        Statistics.label("exercise stopped").coverage(check -> check.check(true).percentage(p -> p >= 5));
        Statistics.label("no reason").collect(expected.reasons().isEmpty());
        Statistics.label("no reason").coverage(check -> check.check(true).percentage(p -> p >= 5));
    }

    @Property(tries = TRIES)
    void theResultIsTheSameWhateverTheOrderOfTheFacts(@ForAll("validCases") Case c, @ForAll Random random) {
        Assessment inOrder = kb.assess(c);
        Assessment shuffled = kb.assess(shuffle(c, random));

        assertThat(withoutFiringOrder(shuffled)).isEqualTo(withoutFiringOrder(inOrder));
        assertThat(shuffled.firedRules()).containsExactlyInAnyOrderElementsOf(inOrder.firedRules());
    }

    @Property(tries = TRIES)
    void addingARedFlagNeverLoosensAnyCategory(@ForAll("validCases") Case c, @ForAll("redFlags") RedFlag flag) {
        List<RedFlag> flags = new ArrayList<>(c.redFlags());
        flags.add(flag);
        Case worse = new Case(c.id(), c.person(), c.symptoms(), flags, c.mobility(), c.breathing(), c.core(),
                c.exercises(), c.formErrors(), c.sessions(), c.asOf(), c.startBack());

        assertNoCategoryLoosened(kb.assess(c), kb.assess(worse));
    }

    @Property(tries = TRIES)
    void addingAFormErrorNeverLoosensAnyCategory(@ForAll("validCases") Case c,
            @ForAll("formErrors") FormError error) {
        List<FormError> errors = new ArrayList<>(c.formErrors());
        errors.add(error);
        Case worse = new Case(c.id(), c.person(), c.symptoms(), c.redFlags(), c.mobility(), c.breathing(), c.core(),
                c.exercises(), errors, c.sessions(), c.asOf(), c.startBack());

        assertNoCategoryLoosened(kb.assess(c), kb.assess(worse));
    }

    @Property(tries = TRIES)
    void addingARestrictedMovementNeverLoosensAnyCategory(@ForAll("validCases") Case c,
            @ForAll("restrictedFindings") MobilityFinding restricted) {
        List<MobilityFinding> mobility = new ArrayList<>(c.mobility());
        mobility.add(restricted);
        Case worse = new Case(c.id(), c.person(), c.symptoms(), c.redFlags(), mobility, c.breathing(), c.core(),
                c.exercises(), c.formErrors(), c.sessions(), c.asOf(), c.startBack());

        assertNoCategoryLoosened(kb.assess(c), kb.assess(worse));
    }

    @Property(tries = TRIES)
    void anEmergencyOrUrgentReferralComesWithACriticalRecommendationAndARoutineOneWithAWarning(
            @ForAll("validCases") Case c) {
        Assessment a = kb.assess(c);
        Urgency urgency = a.referral().urgency();

        List<Severity> redFlagAdvice = a.recommendations().stream()
                .filter(r -> r.reason() == ReasonCode.RED_FLAG)
                .map(Recommendation::severity).toList();
        if (urgency == Urgency.EMERGENCY || urgency == Urgency.URGENT) {
            assertThat(redFlagAdvice).contains(Severity.CRITICAL);
        } else if (urgency == Urgency.ROUTINE) {
            assertThat(redFlagAdvice).containsOnly(Severity.WARNING);
        } else {
            assertThat(redFlagAdvice).isEmpty();
        }
    }

    private static void assertNoCategoryLoosened(Assessment before, Assessment after) {
        for (ExerciseCategory category : ExerciseCategory.values()) {
            assertThat(after.clearance(category).decision())
                    .as("%s after adding a fact that can only make things worse", category)
                    .isGreaterThanOrEqualTo(before.clearance(category).decision());
        }
    }

    private static Assessment withoutFiringOrder(Assessment a) {
        return new Assessment(a.caseId(), a.knowledgeBase(), a.stage(), a.referral(), a.reasons(),
                a.recommendations(), a.clearances(), List.of(), a.risk(), a.directionalPreference(),
                a.suggestedExercises());
    }

    static Case shuffle(Case c, Random random) {
        return new Case(c.id(), c.person(), shuffled(c.symptoms(), random), shuffled(c.redFlags(), random),
                shuffled(c.mobility(), random), shuffled(c.breathing(), random), c.core(),
                shuffled(c.exercises(), random), shuffled(c.formErrors(), random), shuffled(c.sessions(), random),
                c.asOf(), c.startBack());
    }

    private static <T> List<T> shuffled(List<T> values, Random random) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }
}
