package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpainkb.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A field compared with a value of another kind, or bound where the fact has no such field, is named
 * at its condition's line in the author's words; what the guide teaches passes untouched.
 */
class FieldValueSlipsTest {

    private static final int CONDITION_LINE = OneRuleFile.CONDITION_LINE;

    private static List<RuleProblem> slips(String when) {
        return RuleLanguage.check(OneRuleFile.withConditions(when)).slips();
    }

    private static RuleProblem onlySlip(String when) {
        List<RuleProblem> found = slips(when);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).line()).isEqualTo(CONDITION_LINE);
        assertThat(found.get(0).kind()).isEqualTo(RuleProblem.Kind.COMPILE);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "$s : Symptom(region == Region.LOW_BACK, intensity > 5, belowKnee == true)",
        "$s : Symptom(aggravatedBy contains Activity.WALKING || relievedBy contains Activity.SITTING)",
        "Thresholds($limit : maxPainDuring)\n    $s : ExerciseSession(painDuring > $limit, exercise == \"Side plank\")",
        "$s : Symptom($region : region, $intensity : intensity)",
        "$n : Number(intValue >= 3) from accumulate(ExerciseSession(painDuring > 5), count(1))",
        "$n : Number(intValue >= 9) from accumulate(ExerciseSession($pain : painDuring > 5), sum($pain))",
        "not MobilityFinding(status == MobilityStatus.RESTRICTED)",
        "$p : PainLogWindow()\n    ExerciseSession($p.includes(date))"})
    void whatTheGuideTeachesHasNoSlip(String when) {
        assertThat(slips(when)).isEmpty();
    }

    @Test
    void aCodeWrittenAsATextIsToldTheCodeToWrite() {
        assertThat(onlySlip("$s : Symptom(region == \"LOW_BACK\")").message())
                .isEqualTo("region is a code of Region, not a text: write Region.LOW_BACK instead of \"LOW_BACK\"");
    }

    @Test
    void aMisspelledCodeWrittenAsATextIsToldTheCodesThatExist() {
        assertThat(onlySlip("$s : Symptom(region == \"LOW_BAK\")").message())
                .startsWith("region is a code of Region, not a text: write Region.CODE with one of its codes: LOW_BACK,")
                .endsWith("(\"LOW_BAK\" is none of them)");
    }

    @Test
    void aTextInAListOfCodesIsToldTheCodeToWrite() {
        assertThat(onlySlip("$s : Symptom(aggravatedBy contains \"WALKING\")").message())
                .isEqualTo("aggravatedBy holds codes of Activity, not texts: write Activity.WALKING instead of \"WALKING\"");
    }

    @Test
    void aTextWhereANumberBelongsIsToldToCompareWithANumber() {
        assertThat(onlySlip("$s : Symptom(intensity > \"high\")").message())
                .startsWith("intensity is a number, not a text: compare it with a number, as in intensity > 5");
    }

    @Test
    void aTextWhereADateBelongsIsToldAboutThePainLogsWindow() {
        assertThat(onlySlip("$s : ExerciseSession(date > \"2026-01-01\")").message())
                .startsWith("date is a date, not a text:").contains("$window.includes(date)");
    }

    @Test
    void aTextWhereTrueOrFalseBelongsIsToldSo() {
        assertThat(onlySlip("$s : Symptom(belowKnee == \"yes\")").message())
                .isEqualTo("belowKnee is true or false, not a text: write belowKnee == true or belowKnee == false");
    }

    @Test
    void aSlipInsideAnOrNestedConditionIsFoundToo() {
        assertThat(onlySlip("not (MobilityFinding(painful == true) or Symptom(intensity > 5 || region == \"LEG\"))")
                .message()).startsWith("region is a code of Region");
    }

    @Test
    void aFieldSummedByItsNameIsToldToBindItFirst() {
        assertThat(onlySlip("$n : Number(intValue >= 10) from accumulate(ExerciseSession(painDuring > 5), sum(painDuring))")
                .message()).isEqualTo("sum(painDuring) names a field: bind it in the fact's brackets and name that, as in"
                        + " accumulate(ExerciseSession($painDuring : painDuring), sum($painDuring))");
    }

    @Test
    void theBindingToWriteNamesTheFactThatIsAccumulated() {
        assertThat(onlySlip("$n : Number(doubleValue > 6) from accumulate(Symptom(), average(intensity))").message())
                .endsWith("as in accumulate(Symptom($intensity : intensity), average($intensity))");
    }

    @Test
    void aBindingToAFieldTheFactDoesNotHaveIsToldTheFieldsItHas() {
        assertThat(onlySlip("Thresholds($limit : maxPainDurin)").message())
                .startsWith("Thresholds has no field 'maxPainDurin'; its fields are: ").contains("maxPainDuring");
    }
}
