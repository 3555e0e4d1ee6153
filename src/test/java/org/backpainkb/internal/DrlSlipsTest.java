package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpainkb.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The slips pre-check never stops a rule that is right: each construct the guide allows passes,
 * and a slip is named once, at its line.
 */
class DrlSlipsTest {

    private static final String HEADER = "package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n\n";

    private static List<RuleProblem> slips(String when, String then) {
        String rule = "rule \"r\"\n    @reason(WRONG_EXERCISE)\n    @source(\"clinic \\\"protocol\\\", 2024\")\nwhen\n    "
                + when + "\nthen\n    " + then + "\nend\n";
        return DrlSlips.check(new DrlText("test.drl", HEADER + rule));
    }

    private static final String THEN = "insertLogical(new Advice(\"id\", ReasonCode.WRONG_EXERCISE, Severity.INFO, 3,"
            + " \"Don't run: walk. It's \\\"fine\\\".\", \"pain in the \" + $s.region().inWords()));";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "$s : Symptom(aggravatedBy contains Activity.RUNNING)",
        "$s : Symptom(intensity >= 4 && <= 8, region != Region.LEG)",
        "$s : Symptom(region in (Region.LOW_BACK, Region.BUTTOCK) || belowKnee == true)",
        "($s : Symptom(belowKnee == true) or $s : Symptom(intensity > 7))",
        "$s : Symptom() and not MobilityFinding(status == MobilityStatus.RESTRICTED)",
        "$s : Symptom()\n    $n : Number(intValue >= 3) from accumulate(ExerciseSession(painDuring > 5), count(1))",
        "$s : Symptom()\n    Person(age == null || age >= 65)"})
    void whatTheGuideAllowsHasNoSlip(String when) {
        assertThat(slips(when, THEN)).isEmpty();
    }

    @Test
    void aCodeInTheMetadataIsNotABareCode() {
        assertThat(slips("$s : Symptom()", THEN)).isEmpty();
    }

    @Test
    void aTextMissingItsClosingQuoteIsNamedAtTheLineItOpensEvenAtTheEndOfTheFile() {
        String text = HEADER + "rule \"r\"\n    @reason(WRONG_EXERCISE)\n    @source(\"clinic)\n";

        assertThat(DrlSlips.check(new DrlText("test.drl", text))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("this text is missing its closing quote");
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.COMPILE);
        });
    }

    @Test
    void aRuleWithoutItsEndIsCheckedToTheEndOfTheFileAndNoFurther() {
        String text = HEADER + "rule \"r\"\n    @reason(WRONG_EXERCISE)\n    @source(\"clinic\")\nwhen\n"
                + "    $s : Symptom(region == LOW_BACK)\nthen\n    insertLogical(null);\n";

        assertThat(DrlSlips.check(new DrlText("test.drl", text))).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(9));
    }

    @Test
    void severalSlipsOnOneLineAreOneProblem() {
        assertThat(slips("$s : Symptom(region = LOW_BACK and intensity > 3)", THEN)).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(9));
    }

    @Test
    void aCodeNamedInTwoListsWithNoFieldToTellThemApartNamesBoth() {
        assertThat(slips("$s : Symptom()", "insertLogical(Restriction.of(WALKING, Decision.MODIFY).note(\"k\"));"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Activity.WALKING").contains("ExerciseCategory.WALKING"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "$s : Symptom(intensity > Thresholds.maxPainDuring)",
        "$s : Symptom(intensity > Person.age)",
    })
    void aFieldReadThroughTheNameOfAKindOfFactIsNamedWithTheBindingToWrite(String when) {
        assertThat(slips(when, THEN)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).matches("(Thresholds|Person) is a kind of fact, not one fact: match it and name its"
                    + " field, as in \\w+\\(\\$(maxPainDuring|age) : (maxPainDuring|age)\\), then write .*");
        });
    }

    @Test
    void aFieldReadThroughTheNameOfAKindOfFactInAThenBlockIsNamedThere() {
        assertThat(slips("$s : Symptom()", "insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.MODIFY)"
                + ".note(\"keep-walks-comfortable\", Thresholds.maxPainDuring));"))
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(11));
    }

    @Test
    void codesAndTheCallsThatBeginAConclusionAreNotFieldsOfAKindOfFact() {
        assertThat(slips("$s : Symptom(region == Region.LOW_BACK)\n    $c : CurrentStage($stage : stage)",
                "insertLogical(Suggestion.of($stage.workCategory(), $stage).why(\"the-work-of-your-stage\", $c));"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "$s : Symptom(region == Region.LOW_BACK || Region.LEG)",
        "$s : Symptom(intensity > 3, region != Region.LOW_BACK && Region.LEG)",
        "$s : Symptom(aggravatedBy contains (Activity.WALKING, Activity.STANDING))",
        "$s : Symptom(relievedBy excludes (Activity.SITTING, Activity.BENDING_FORWARD, Activity.WALKING))",
    })
    void aComparisonWrittenAsInSpeechIsNamedWithTheFormToWrite(String when) {
        assertThat(slips(when, THEN)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).matches("(each side of (\\|\\||&&) is a comparison of its own|(contains|excludes) takes one"
                    + " code): write .*");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "$s : Symptom(region == Region.LOW_BACK || region == Region.LEG)",
        "$s : Symptom(region == Region.LOW_BACK || == Region.LEG)",
        "$s : Symptom(aggravatedBy contains Activity.WALKING || aggravatedBy contains Activity.STANDING)",
        "$s : Symptom(aggravatedBy contains (Activity.WALKING))",
        "$s : Symptom(region in (Region.LOW_BACK, Region.LEG))",
    })
    void theFormsThatCompareSeveralCodesPass(String when) {
        assertThat(slips(when, THEN)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $m : MobilityFinding(movement == FLEXION)            | Movement.FLEXION
            $s : Symptom(aggravatedBy contains WALKING)          | Activity.WALKING
            $s : Symptom(region in (Region.LOW_BACK, LEG))       | Region.LEG
            """)
    void aBareCodeComparedWithAFieldIsToldTheListOfThatField(String when, String written) {
        assertThat(slips(when, THEN)).singleElement().extracting(RuleProblem::message)
                .isEqualTo("write " + written + ": a code is written with its list");
    }

    @Test
    void textsGivenToContainsAreShownAsWritten() {
        assertThat(slips("$e : FormError(exercise contains (\"Deadlift\", \"Squat\"))", THEN)).singleElement()
                .extracting(RuleProblem::message).asString()
                .contains("exercise contains \"Deadlift\" || exercise contains \"Squat\"");
    }
}
