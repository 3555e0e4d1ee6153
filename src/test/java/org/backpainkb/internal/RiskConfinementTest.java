package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.backpainkb.RuleProblem;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.authoring.RulesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statement 11 on the rules' text: what the STarT Back risk reaches concludes advice and suggestions only. */
class RiskConfinementTest {

    @TempDir
    Path temp;

    private java.util.List<RuleProblem> refusals(String when) throws IOException {
        Path rules = RuleFixtures.withClinicRule(temp.resolve("rules"), "A clinic's rule", "start-back", when,
                "insertLogical(Restriction.of(ExerciseCategory.STRENGTH, Decision.DEFER).note(\"keep-walks-comfortable\"));");
        return RulesValidator.validate(rules).stream().filter(RuleProblem::blocking).toList();
    }

    @Test
    void aRestrictionFromTheRiskIsRefusedWhateverElseTheRuleAsks() throws IOException {
        assertThat(refusals("RiskOfPersistence(group == RiskGroup.HIGH)\n    Person(age == 54)")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("matches RiskOfPersistence, and concludes Restriction",
                        "statement 11"));
    }

    @Test
    void aRestrictionFromTheScreeningsScoresIsTheRiskToo() throws IOException {
        assertThat(refusals("StartBack(psychosocial() >= 4)")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("matches StartBack, and concludes Restriction"));
    }

    @Test
    void oneAnswerOfTheScreeningWithAFindingIsAFindingARuleMayUse() throws IOException {
        assertThat(refusals("StartBack(legPain == true)\n    exists Symptom(belowKnee == true)")).isEmpty();
    }

    @Test
    void aRestrictionFromAnswersOfTheScreeningReadOneByOneIsTheRiskToo() throws IOException {
        assertThat(refusals("StartBack(notSafeToBeActive == true, worryingThoughts == true, dressedMoreSlowly == true)"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("matches StartBack, and concludes Restriction",
                        "leg pain alone"));
    }

    @Test
    void legPainBesideAnotherAnswerIsTheRisk() throws IOException {
        assertThat(refusals("StartBack(legPain == true, shoulderOrNeckPain == true)")).hasSize(1);
    }

    @Test
    void beingScreenedAtAllIsTheRiskToo() throws IOException {
        assertThat(refusals("exists StartBack()")).hasSize(1);
    }
}
