package org.backpainkb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.Case;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.RiskTool;
import org.backpainkb.model.Severity;
import org.backpainkb.model.StartBack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** risk-stratification.drl: statement 11 of the contract, the STarT Back risk group. */
class RiskStratificationTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    private static Assessment assess(StartBack answers) {
        return kb.assess(Cases.healthy().startBack(answers).build());
    }

    @Test
    void withoutAScreeningThereIsNoRisk() {
        Assessment a = kb.assess(Cases.healthy().build());

        assertThat(a.risk()).isNull();
        assertThat(a.reasons()).doesNotContain(ReasonCode.PERSISTENCE_RISK);
    }

    @Test
    void aTotalOfThreeIsLowRiskAndAddsNoReason() {
        Assessment a = assess(Cases.startBack(Bothersomeness.MODERATELY, 1, 2, 3));

        assertThat(a.risk().tool()).isEqualTo(RiskTool.STARTBACK);
        assertThat(a.risk().total()).isEqualTo(3);
        assertThat(a.risk().group()).isEqualTo(RiskGroup.LOW);
        assertThat(a.reasons()).isEmpty();
    }

    @Test
    void aTotalOfFourIsMediumRiskWithAnInfoRecommendationOfPhysiotherapistLedExercise() {
        Assessment a = assess(Cases.startBack(Bothersomeness.MODERATELY, 1, 2, 3, 4));

        assertThat(a.risk().total()).isEqualTo(4);
        assertThat(a.risk().psychosocial()).isZero();
        assertThat(a.risk().group()).isEqualTo(RiskGroup.MEDIUM);
        assertThat(a.reasons()).contains(ReasonCode.PERSISTENCE_RISK);
        assertThat(a.recommendations()).anySatisfy(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.PERSISTENCE_RISK);
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.advice()).containsIgnoringCase("physiotherapist");
        });
    }

    @Test
    void aBothersomePainScoresAPointInBothScores() {
        Assessment a = assess(Cases.startBack(Bothersomeness.VERY_MUCH, 1, 2, 3));

        assertThat(a.risk().total()).isEqualTo(4);
        assertThat(a.risk().psychosocial()).isEqualTo(1);
        assertThat(a.risk().group()).isEqualTo(RiskGroup.MEDIUM);
    }

    @Test
    void aPsychosocialScoreOfThreeIsNotHighRisk() {
        Assessment a = assess(Cases.startBack(Bothersomeness.SLIGHTLY, 5, 6, 7));

        assertThat(a.risk().psychosocial()).isEqualTo(3);
        assertThat(a.risk().total()).isEqualTo(3);
        assertThat(a.risk().group()).isEqualTo(RiskGroup.LOW);
    }

    @Test
    void aPsychosocialScoreOfFourIsHighRiskWithAWarningOfPsychologicallyInformedPhysiotherapy() {
        Assessment a = assess(Cases.startBack(Bothersomeness.EXTREMELY, 5, 6, 7));

        assertThat(a.risk().psychosocial()).isEqualTo(4);
        assertThat(a.risk().group()).isEqualTo(RiskGroup.HIGH);
        assertThat(a.reasons()).contains(ReasonCode.PERSISTENCE_RISK);
        assertThat(a.recommendations()).anySatisfy(r -> {
            assertThat(r.reason()).isEqualTo(ReasonCode.PERSISTENCE_RISK);
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.advice()).containsIgnoringCase("worry").containsIgnoringCase("fear");
        });
    }

    @Test
    void forAHighRiskTheAdviceOnWorryAndFearComesBeforeTheAdviceOnWhatToChange() {
        Assessment a = kb.assess(Cases.motorControlMissing().startBack(Cases.startBack(Bothersomeness.EXTREMELY, 5, 6, 7))
                .build());

        assertThat(a.recommendations()).hasSizeGreaterThan(1).first()
                .satisfies(r -> assertThat(r.id()).isEqualTo("physiotherapy-that-addresses-worry-and-fear"));
    }

    @Test
    void allNineItemsScoreNineAndFive() {
        Assessment a = assess(Cases.startBack(Bothersomeness.EXTREMELY, 1, 2, 3, 4, 5, 6, 7, 8));

        assertThat(a.risk().total()).isEqualTo(9);
        assertThat(a.risk().psychosocial()).isEqualTo(5);
    }

    @Test
    void riskChangesNoStageReferralOrClearance() {
        Case without = Cases.mobilityRestricted().build();
        Case with = Cases.mobilityRestricted().startBack(Cases.startBack(Bothersomeness.EXTREMELY, 1, 2, 3, 4, 5, 6, 7, 8))
                .build();

        Assessment plain = kb.assess(without);
        Assessment high = kb.assess(with);

        assertThat(high.stage()).isEqualTo(plain.stage());
        assertThat(high.referral()).isEqualTo(plain.referral());
        assertThat(high.clearances()).isEqualTo(plain.clearances());
    }

    @Test
    void riskIsReportedUnderAnEmergencyReferral() {
        Assessment a = kb.assess(Cases.healthy().redFlag(RedFlag.SADDLE_NUMBNESS)
                .startBack(Cases.startBack(Bothersomeness.EXTREMELY, 5, 6, 7)).build());

        assertThat(a.risk().group()).isEqualTo(RiskGroup.HIGH);
        assertThat(a.reasons()).contains(ReasonCode.PERSISTENCE_RISK, ReasonCode.RED_FLAG);
    }
}
