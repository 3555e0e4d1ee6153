package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backpainkb.Assessment;
import org.backpainkb.CaseArbitraries;
import org.backpainkb.KnowledgeBaseId;
import org.backpainkb.model.Case;
import org.backpainkb.model.Person;
import org.backpainkb.model.RedFlag;
import org.backpainkb.rules.ReferralNeeded;
import org.backpainkb.rules.Thresholds;

/**
 * A pooled session, reset by the engine between assessments, carries nothing over: a run of
 * assessments through the pool gives exactly what a brand-new session gives for each case.
 */
class PooledSessionTest {

    private static final CompiledRules RULES = RuleCheck.load(RuleFiles.bundled()).rules();
    private static final KnowledgeBaseId ID = new KnowledgeBaseId("test", RULES.hash(), Thresholds.DEFAULTS);

    @Provide
    Arbitrary<List<Case>> validCaseRuns() {
        return CaseArbitraries.cases().list().ofMinSize(2).ofMaxSize(6);
    }

    @Property(tries = 100)
    void aRunOfAssessmentsOnPooledSessionsMatchesABrandNewSessionForEachCase(
            @ForAll("validCaseRuns") List<Case> run) {
        List<Assessment> pooled = new ArrayList<>();
        for (Case c : run) {
            try (Evaluation e = Evaluation.pooled(RULES, Thresholds.DEFAULTS)) {
                e.insert(CaseFacts.of(c));
                e.fire(10_000);
                pooled.add(Conclusions.assess(e, c.id(), ID));
            }
        }
        for (int i = 0; i < run.size(); i++) {
            try (Evaluation fresh = new Evaluation(RULES, Thresholds.DEFAULTS)) {
                fresh.insert(CaseFacts.of(run.get(i)));
                fresh.fire(10_000);
                assertThat(pooled.get(i)).isEqualTo(Conclusions.assess(fresh, run.get(i).id(), ID));
            }
        }
    }

    @Example
    void closingAPooledEvaluationTwiceGivesItsSessionBackOnlyOnce() {
        Evaluation twiceClosed = Evaluation.pooled(RULES, Thresholds.DEFAULTS);
        twiceClosed.close();
        twiceClosed.close();

        try (Evaluation first = Evaluation.pooled(RULES, Thresholds.DEFAULTS);
                Evaluation second = Evaluation.pooled(RULES, Thresholds.DEFAULTS)) {
            first.insert(CaseFacts.of(Case.builder().person(new Person(30)).redFlag(RedFlag.SADDLE_NUMBNESS).build()));
            second.insert(CaseFacts.of(Case.builder().person(new Person(60)).build()));
            first.fire(10_000);
            second.fire(10_000);

            assertThat(first.conclusions()).anySatisfy(c -> assertThat(c).isInstanceOf(ReferralNeeded.class));
            assertThat(second.conclusions()).noneSatisfy(c -> assertThat(c).isInstanceOf(ReferralNeeded.class));
        }
    }
}
