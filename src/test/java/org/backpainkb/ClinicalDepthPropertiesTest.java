package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Direction;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Urgency;

/**
 * Statements 11 to 14 of the contract over generated valid cases, each checked against the
 * plain-Java reading ({@link PlainJavaAssessor}) or, for statement 13, as the implications the
 * contract states (lower bounds: the rules may suggest more).
 */
class ClinicalDepthPropertiesTest {

    private static final int TRIES = 200;

    private final KnowledgeBase kb = SharedKnowledgeBase.BUNDLED;
    private final PlainJavaAssessor oracle = new PlainJavaAssessor(kb.thresholds());

    @Provide
    Arbitrary<Case> validCases() {
        return CaseArbitraries.cases();
    }

    @Property(tries = TRIES)
    void statement11TheRiskIsKeelesScoring(@ForAll("validCases") Case c) {
        Assessment a = kb.assess(c);

        assertThat(a.risk()).isEqualTo(oracle.risk(c));
        Statistics.label("risk").collect(a.risk() == null ? "none" : a.risk().group());
    }

    @Property(tries = TRIES)
    void statement12ThePreferenceIsTheOneWayTheSymptomsPoint(@ForAll("validCases") Case c) {
        assertThat(kb.assess(c).directionalPreference()).isEqualTo(PlainJavaAssessor.directionalPreference(c));
    }

    @Property(tries = TRIES)
    void statement13SuggestionsKeepToTheClearancesStageAndPreference(@ForAll("validCases") Case c) {
        Assessment a = kb.assess(c);
        List<ExerciseCategory> categories = a.suggestedExercises().stream().map(SuggestedExercise::category).toList();
        List<Direction> directions = a.suggestedExercises().stream().map(SuggestedExercise::direction).toList();

        assertThat(a.suggestedExercises()).allSatisfy(e -> assertThat(a.clearance(e.category()).decision())
                .isIn(Decision.ALLOW, Decision.MODIFY));
        a.suggestedExercises().stream().filter(e -> a.clearance(e.category()).decision() == Decision.MODIFY)
                .forEach(e -> assertThat(e.amount() + " " + e.why()).contains(a.clearance(e.category()).note()));
        if (a.referral().urgency() == Urgency.EMERGENCY || a.referral().urgency() == Urgency.URGENT) {
            assertThat(a.suggestedExercises()).isEmpty();
            return;
        }
        ExerciseCategory work = a.stage().workCategory();
        if (a.clearance(work).decision().compareTo(Decision.MODIFY) <= 0) {
            assertThat(categories).contains(work);
        }
        if (a.directionalPreference() == DirectionalPreference.FLEXION) {
            assertThat(directions).contains(Direction.FLEXION).doesNotContain(Direction.EXTENSION);
        } else if (a.directionalPreference() == DirectionalPreference.EXTENSION) {
            assertThat(directions).contains(Direction.EXTENSION).doesNotContain(Direction.FLEXION);
        }
        if (c.symptoms().stream().anyMatch(s -> s.aggravatedBy().contains(Activity.WALKING))) {
            assertThat(categories).doesNotContain(ExerciseCategory.WALKING);
            if (a.clearance(ExerciseCategory.AEROBIC).decision().compareTo(Decision.MODIFY) <= 0) {
                assertThat(categories).contains(ExerciseCategory.AEROBIC);
            }
        }
    }

    @Property(tries = TRIES)
    void statement14TheDoseFollowsThePainLogAndTheFinalClearance(@ForAll("validCases") Case c) {
        Assessment a = kb.assess(c);

        for (Clearance clearance : a.clearances()) {
            assertThat(clearance.dose()).as(clearance.category().name())
                    .isEqualTo(oracle.dose(c, clearance.category(), clearance.decision()));
        }
        Statistics.label("a dose").collect(a.clearances().stream().anyMatch(cl -> cl.dose() != null));
    }
}
