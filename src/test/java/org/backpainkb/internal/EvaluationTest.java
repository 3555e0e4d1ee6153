package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Direction;
import org.backpainkb.model.Person;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.backpainkb.rules.PreferredDirection;
import org.backpainkb.rules.Suggestion;
import org.backpainkb.rules.Thresholds;
import org.backpainkb.rules.Unsuitable;
import org.junit.jupiter.api.Test;

/**
 * The conclusions an evaluation reads back are the ones the rules hold now. The session of an
 * immutable knowledge base keeps no fact of a class that no rule's condition names, so they are
 * followed through its events, withdrawals included.
 */
class EvaluationTest {

    private static final CompiledRules RULES = PrecompiledRules.loadOrCompile(RuleFiles.bundled());

    @Test
    void aConclusionTheRulesWithdrawIsNoLongerAmongTheConclusions() {
        try (Evaluation evaluation = new Evaluation(RULES, Thresholds.DEFAULTS)) {
            evaluation.insert(CaseFacts.of(Case.builder().person(new Person(50))
                    .symptom(new Symptom(Region.LOW_BACK, 4, List.of(Activity.WALKING), List.of(Activity.SITTING), false))
                    .build()));
            evaluation.fire(1_000);
            assertThat(List.<Object>copyOf(evaluation.conclusions()))
                    .contains(new PreferredDirection(DirectionalPreference.FLEXION), Unsuitable.direction(Direction.EXTENSION))
                    .anyMatch(c -> c instanceof Suggestion s && s.direction() == Direction.FLEXION);

            // a symptom pointing the other way: no preference now, nor what followed from the one before
            evaluation.insert(List.of(new Symptom(Region.LEG, 4, List.of(Activity.SITTING), List.of(Activity.WALKING), false)));
            evaluation.fire(1_000);
            assertThat(List.<Object>copyOf(evaluation.conclusions()))
                    .doesNotContain(new PreferredDirection(DirectionalPreference.FLEXION), Unsuitable.direction(Direction.EXTENSION))
                    .noneMatch(c -> c instanceof Suggestion s && s.direction() != null);
        }
    }
}
