package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpainkb.RuleProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A condition that tests a text with a regular expression or by its sound is refused at its line, in
 * the words the author wrote, before anything is compiled; a condition that only names the words
 * (a text holding "matches") passes.
 */
class RefusedOperatorsTest {

    private static final int CONDITION_LINE = OneRuleFile.CONDITION_LINE;

    private static List<RuleProblem> refusals(String when) {
        return RuleLanguage.check(OneRuleFile.withConditions(when)).problems();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Exercise(name matches \".*plank.*\")",
        "Exercise(category == ExerciseCategory.STABILITY, name matches \"(a|aa)+$\")",
        "$first : Exercise()\n    Exercise(name matches $first.name())",
        "Exercise(name soundslike \"plank\")",
        "$n : Number(intValue >= 1) from accumulate(FormError(exercise matches \"dead.*\"), count(1))",
    })
    void aRegularExpressionOrASoundAlikeTestIsRefusedAtItsConditionNamingTheOperator(String when) {
        List<RuleProblem> found = refusals(when);

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.REFUSED);
            assertThat(p.line()).isEqualTo(CONDITION_LINE + (int) when.lines().count() - 1);
            assertThat(p.message()).matches("`(matches|soundslike)` is not allowed in a condition: .*")
                    .contains("compare a code").doesNotContain("java.util.regex");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Exercise(name not matches \"x.*\")",
    })
    void theNegatedOperatorIsNamedAsWritten(String when) {
        assertThat(refusals(when)).singleElement().extracting(RuleProblem::message).asString()
                .startsWith("`not matches` is not allowed in a condition");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Exercise(name == \"what matches best\")",
        "Exercise(name != \"soundslike\", category == ExerciseCategory.STABILITY)",
        "Symptom(aggravatedBy contains Activity.WALKING)",
    })
    void aConditionThatOnlyHoldsTheWordsIsNotRefused(String when) {
        assertThat(refusals(when)).isEmpty();
    }
}
