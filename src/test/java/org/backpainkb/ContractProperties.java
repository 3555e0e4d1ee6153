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
import org.backpainkb.model.Stage;

/**
 * Properties every rule set must have, over generated valid cases, for any knowledge base: the
 * bundled rules ({@link AssessmentPropertiesTest}) or a clinician's edited copy of them. A test
 * class extends this and says which knowledge base; jqwik runs the properties for it.
 *
 * <p>The contract is checked as a lower bound ({@link PlainJavaAssessor#shortfalls}): required
 * reasons found, each clearance at least as strict as required, stage and referral as fixed. A
 * rule that finds more, or restricts more, passes.
 */
public abstract class ContractProperties {

    /** Generated cases per property. */
    protected static final int TRIES = 200;

    /**
     * The knowledge base under test.
     *
     * @return the knowledge base, loaded once and shared
     */
    protected abstract KnowledgeBase knowledgeBase();

    /**
     * Fails, listing each shortfall, when an assessment of a case does not meet what the
     * contract's ten statements fix about it.
     *
     * @param kb any knowledge base
     * @param c a valid case
     */
    public static void assertMeetsTheContract(KnowledgeBase kb, Case c) {
        Assessment a = kb.assess(c);
        assertThat(new PlainJavaAssessor(kb.thresholds()).shortfalls(c, a))
                .as("what the contract fixes about %s; the rules concluded %s", c, a)
                .isEmpty();
    }

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
        Assessment a = knowledgeBase().assess(c);

        assertThat(a.caseId()).isEqualTo(c.id());
        assertThat(a.clearances()).extracting(Clearance::category).containsExactly(ExerciseCategory.values());
        assertThat(a.stage()).isNotNull();
    }

    @Property(tries = TRIES)
    void theRulesConcludeAtLeastWhatTheContractFixes(@ForAll("validCases") Case c) {
        assertMeetsTheContract(knowledgeBase(), c);

        // the generated cases reach every stage, a referral that stops exercise, and cases with nothing wrong
        PlainJavaAssessor.Verdict required = new PlainJavaAssessor(knowledgeBase().thresholds()).assess(c);
        Statistics.label("stage").collect(required.stage());
        Statistics.label("stage").coverage(check -> {
            for (Stage stage : Stage.values()) {
                check.check(stage).percentage(p -> p >= 5);
            }
        });
        Statistics.label("exercise stopped").collect(required.decisions().containsValue(Decision.STOP));
        // about 10% of generated cases; a floor of 2% keeps a run of unlucky seeds from failing the build
        Statistics.label("exercise stopped").coverage(check -> check.check(true).percentage(p -> p >= 2));
        Statistics.label("no reason").collect(required.reasons().isEmpty());
        Statistics.label("no reason").coverage(check -> check.check(true).percentage(p -> p >= 5));
    }

    @Property(tries = TRIES / 2)
    void aCaseWithNothingWrongGetsNothingSaid(@ForAll("casesWithNothingWrong") Case c) {
        // statement 10, the one place the contract bounds the rules from above (checked in assertMeetsTheContract)
        assertMeetsTheContract(knowledgeBase(), c);
        assertThat(knowledgeBase().assess(c).reasons()).isEmpty();
    }

    @Provide
    Arbitrary<Case> casesWithNothingWrong() {
        // about one generated case in 200 has nothing wrong: cheap to find, as the oracle needs no engine
        PlainJavaAssessor oracle = new PlainJavaAssessor(knowledgeBase().thresholds());
        return CaseArbitraries.cases().filter(c -> oracle.assess(c).nothingWrong());
    }

    @Property(tries = TRIES)
    void theResultIsTheSameWhateverTheOrderOfTheFacts(@ForAll("validCases") Case c, @ForAll Random random) {
        Assessment inOrder = knowledgeBase().assess(c);
        Assessment shuffled = knowledgeBase().assess(shuffle(c, random));

        assertThat(withoutFiringOrder(shuffled)).isEqualTo(withoutFiringOrder(inOrder));
        assertThat(shuffled.firedRules()).containsExactlyInAnyOrderElementsOf(inOrder.firedRules());
    }

    @Property(tries = TRIES)
    void addingARedFlagNeverLoosensAnyCategory(@ForAll("validCases") Case c, @ForAll("redFlags") RedFlag flag) {
        List<RedFlag> flags = new ArrayList<>(c.redFlags());
        flags.add(flag);
        Case worse = new Case(c.id(), c.person(), c.symptoms(), flags, c.mobility(), c.breathing(), c.core(),
                c.exercises(), c.formErrors(), c.sessions(), c.asOf(), c.startBack());

        assertNoCategoryLoosened(knowledgeBase().assess(c), knowledgeBase().assess(worse));
    }

    @Property(tries = TRIES)
    void addingAFormErrorNeverLoosensAnyCategory(@ForAll("validCases") Case c,
            @ForAll("formErrors") FormError error) {
        List<FormError> errors = new ArrayList<>(c.formErrors());
        errors.add(error);
        Case worse = new Case(c.id(), c.person(), c.symptoms(), c.redFlags(), c.mobility(), c.breathing(), c.core(),
                c.exercises(), errors, c.sessions(), c.asOf(), c.startBack());

        assertNoCategoryLoosened(knowledgeBase().assess(c), knowledgeBase().assess(worse));
    }

    @Property(tries = TRIES)
    void addingARestrictedMovementNeverLoosensAnyCategory(@ForAll("validCases") Case c,
            @ForAll("restrictedFindings") MobilityFinding restricted) {
        List<MobilityFinding> mobility = new ArrayList<>(c.mobility());
        mobility.add(restricted);
        Case worse = new Case(c.id(), c.person(), c.symptoms(), c.redFlags(), mobility, c.breathing(), c.core(),
                c.exercises(), c.formErrors(), c.sessions(), c.asOf(), c.startBack());

        assertNoCategoryLoosened(knowledgeBase().assess(c), knowledgeBase().assess(worse));
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
