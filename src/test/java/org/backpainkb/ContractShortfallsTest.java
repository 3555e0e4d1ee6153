package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.Test;

/**
 * The oracle reads the contract as a lower bound: an assessment that concludes more passes, one
 * that concludes less, or looser, is listed with the statement it falls short of.
 */
class ContractShortfallsTest {

    private final KnowledgeBase kb = SharedKnowledgeBase.BUNDLED;
    private final PlainJavaAssessor oracle = new PlainJavaAssessor(kb.thresholds());

    private static Case.Builder healthy() {
        return Case.builder()
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE));
    }

    private static Assessment with(Assessment a, List<ReasonCode> reasons, List<Clearance> clearances) {
        return new Assessment(a.caseId(), a.knowledgeBase(), a.stage(), a.referral(), reasons, a.recommendations(),
                clearances, a.firedRules());
    }

    private static List<Clearance> withDecision(Assessment a, ExerciseCategory category, Decision decision) {
        List<Clearance> clearances = new ArrayList<>();
        for (Clearance c : a.clearances()) {
            clearances.add(c.category() == category ? new Clearance(category, decision, ReasonCode.POOR_FORM, "x") : c);
        }
        return clearances;
    }

    @Test
    void theBundledRulesFallShortOfNothingOnACaseWhereWalkingHurts() {
        Case c = healthy().symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build();

        assertThat(oracle.shortfalls(c, kb.assess(c))).isEmpty();
    }

    @Test
    void anExtraReasonAndAStricterClearancePassBecauseTheContractIsALowerBound() {
        Case c = healthy().symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build();
        Assessment a = kb.assess(c);
        List<ReasonCode> more = new ArrayList<>(a.reasons());
        more.add(ReasonCode.POOR_FORM);

        Assessment concludesMore = with(a, more, withDecision(a, ExerciseCategory.AEROBIC, Decision.MODIFY));

        assertThat(oracle.shortfalls(c, concludesMore)).isEmpty();
    }

    @Test
    void aMissingRequiredReasonAndALooserClearanceAreListed() {
        Case c = healthy().symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build();
        Assessment a = kb.assess(c);

        Assessment concludesLess = with(a, List.of(), withDecision(a, ExerciseCategory.WALKING, Decision.ALLOW));

        assertThat(oracle.shortfalls(c, concludesLess))
                .anySatisfy(s -> assertThat(s).contains("WRONG_EXERCISE"))
                .anySatisfy(s -> assertThat(s).contains("WALKING at least MODIFY"));
    }

    @Test
    void onACaseWithNothingWrongAnyReasonOrRestrictionFallsShortOfStatementTen() {
        Case c = healthy().build();
        Assessment a = kb.assess(c);

        Assessment saysSomething = with(a, List.of(ReasonCode.POOR_FORM),
                withDecision(a, ExerciseCategory.AEROBIC, Decision.MODIFY));

        assertThat(oracle.assess(c).nothingWrong()).isTrue();
        assertThat(oracle.shortfalls(c, a)).isEmpty();
        assertThat(oracle.shortfalls(c, saysSomething)).hasSize(2)
                .allSatisfy(s -> assertThat(s).startsWith("statement 10"));
    }
}
