package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpainkb.RuleProblem;
import org.junit.jupiter.api.Test;

class ConclusionCyclesTest {

    private static final String HEADER = """
            package org.backpainkb.rules;

            import org.backpainkb.model.*;

            """;

    private static List<RuleProblem> problemsOf(String rules) {
        return ConclusionCycles.check(List.of(new DrlText("clinic.drl", HEADER + rules)));
    }

    @Test
    void aChainOfConclusionsFromTheCasesFactsIsAllowed() {
        assertThat(problemsOf("""
                rule "Mobility is restored"
                when
                    not MobilityFinding(status == MobilityStatus.RESTRICTED)
                then
                    insertLogical(new MobilityRestored());
                end

                rule "Then stability"
                when
                    MobilityRestored()
                then
                    insertLogical(new CurrentStage(Stage.STABILITY_AND_STRENGTH));
                end
                """)).isEmpty();
    }

    @Test
    void twoRulesWhoseConclusionsFeedEachOtherAreBothRefusedAtTheirThen() {
        List<RuleProblem> problems = problemsOf("""
                rule "Hold feeds suggestion"
                when
                    AllExercise($note : note)
                then
                    insertLogical(new Suggestion(ExerciseCategory.WALKING, null, Stage.MOBILITY, $note));
                end

                rule "Suggestion feeds hold"
                when
                    Suggestion($why : why)
                then
                    insertLogical(new AllExercise(Decision.MODIFY, ReasonCode.WRONG_EXERCISE, $why));
                end
                """);

        assertThat(problems).extracting(RuleProblem::line, RuleProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(8, "rule \"Hold feeds suggestion\" matches AllExercise and concludes"
                        + " Suggestion, which leads back to AllExercise through other rules: a conclusion may not lead back to"
                        + " itself, or rules feed on their own conclusions without end; conclude from the case's facts, or"
                        + " from conclusions this one does not make"),
                org.assertj.core.groups.Tuple.tuple(15, "rule \"Suggestion feeds hold\" matches Suggestion and concludes"
                        + " AllExercise, which leads back to Suggestion through other rules: a conclusion may not lead back"
                        + " to itself, or rules feed on their own conclusions without end; conclude from the case's facts,"
                        + " or from conclusions this one does not make"));
        assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(RuleProblem.Kind.REFUSED));
    }

    @Test
    void aConclusionNamedByItsPackageIsSeenAsWell() {
        assertThat(problemsOf("""
                rule "Feeds itself"
                when
                    org.backpainkb.rules.Suggestion($why : why)
                then
                    insertLogical(new org.backpainkb.rules.Suggestion(ExerciseCategory.WALKING, null, Stage.MOBILITY, $why));
                end
                """)).singleElement().extracting(RuleProblem::message).asString()
                .startsWith("rule \"Feeds itself\" matches Suggestion and concludes Suggestion:");
    }
}
