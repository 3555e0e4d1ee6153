package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.backpainkb.RuleFailedException;
import org.backpainkb.RuleProblem;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.backpainkb.rules.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A conclusion begun and not finished in a then block ({@code Restriction.of(...)} without its note) is
 * named at its line before anything is compiled: inserted as it is, it would be dropped, a STOP
 * included, without a word. Should one be compiled some other way, the assessment fails naming the
 * rule rather than drop it.
 */
class UnfinishedConclusionsTest {

    private static final String HEADER = "package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n\n";
    private static final int THEN_LINE = 10;

    private static String rule(String then) {
        return HEADER + "rule \"Walking that hurts stops walking\"\n    @reason(WRONG_EXERCISE)\n"
                + "    @source(\"seed-wrong-exercise\")\nwhen\n    $current : CurrentStage($stage : stage)\nthen\n    "
                + then + "\nend\n";
    }

    private static List<RuleProblem> problems(String then) {
        return UnfinishedConclusions.check(new DrlText("test.drl", rule(then)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.STOP));",
        "insertLogical(StageHold.of(ExerciseCategory.STRENGTH));",
        "insertLogical(AllExercise.of(Decision.STOP));",
        "insertLogical(Suggestion.of(ExerciseCategory.AEROBIC, $stage));",
        "insertLogical(Suggestion.inDirection(Direction.FLEXION, $stage));",
        "insertLogical(Suggestion.of(ExerciseCategory.MOBILITY, $stage).inDirection(Direction.FLEXION));",
        "insertLogical(Suggestion.exercise(\"bird-dog\", $stage));",
        "insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.MODIFY).note(\"keep-walks-comfortable\"));\n"
                + "    insertLogical(Restriction.of(ExerciseCategory.AEROBIC, Decision.STOP));",
    })
    void aConclusionWithoutTheCallThatFinishesItIsNamedAtItsLine(String then) {
        List<RuleProblem> found = problems(then);

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(THEN_LINE + (int) then.lines().count());
            assertThat(p.message()).matches("(Restriction|StageHold|AllExercise|Suggestion)\\.(of|inDirection|exercise)\\(\\.\\.\\.\\)"
                    + " is not a conclusion until \\.(note|why)\\(\"key\"\\) finishes it.*");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.STOP).note(\"keep-walks-comfortable\"));",
        "insertLogical(Restriction.of(ExerciseCategory.WALKING,\n        Decision.STOP)\n        .note(\"keep-walks-comfortable\", $current));",
        "insertLogical(Suggestion.of($stage.workCategory(), $stage).why(\"the-work-of-your-stage\", $current));",
        "insertLogical(Suggestion.of(ExerciseCategory.MOBILITY, $stage)\n        .inDirection(Direction.FLEXION).why(\"eases-bending-forward\"));",
        "insertLogical(Suggestion.exercise(\"bird-dog\", $stage).why(\"the-work-of-your-stage\", $current));",
        "insertLogical(Advice.of(\"find-an-exercise-that-gets-you-back-to-walking\").because($current));",
        "// Restriction.of(ExerciseCategory.WALKING, Decision.STOP) in a comment\n    insertLogical(new MobilityRestored());",
    })
    void aFinishedConclusionOrOneOnlyMentionedIsNotNamed(String then) {
        assertThat(problems(then)).isEmpty();
    }

    @Test
    void anUnfinishedConclusionCompiledWithoutTheCheckFailsTheAssessmentNamingTheRule() {
        RuleFiles bundled = RuleFiles.bundled();
        List<RuleFiles.RuleFile> drl = new ArrayList<>(bundled.drl());
        drl.add(new RuleFiles.RuleFile("unfinished.drl",
                rule("insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.STOP));")));
        RuleFiles files = bundled.withDrl(drl);
        Case walkingHurts = Case.builder()
                .symptom(new Symptom(Region.LOW_BACK, 4, List.of(Activity.WALKING), List.of(), false)).build();

        try (CompiledRules rules = ModuleLoader.load(ExecutableModel.compile(files).module(), files.hash(), false,
                RuleData.readChecked(files));
                Evaluation evaluation = new Evaluation(rules, Thresholds.DEFAULTS)) {
            evaluation.insert(CaseFacts.of(walkingHurts));
            evaluation.fire(1_000);

            assertThatThrownBy(() -> Conclusions.assess(evaluation, null, null))
                    .isInstanceOf(RuleFailedException.class)
                    .hasMessageContaining("rule \"Walking that hurts stops walking\"")
                    .hasMessageContaining("Restriction unfinished");
        }
    }
}
