package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.rules.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Rules from a directory must reach the contract's statements on the library's own cases before they load. */
class ContractProbesTest {

    private static final String STOP_ALL = """
            then
                insertLogical(new ExerciseOnHold());
                insertLogical(AllExercise.of(Decision.STOP).note("stop-until-seen"));
            """;

    private static Path edited(Path dir, String file, String from, String to) throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Path drl = rules.resolve(file);
        String text = Files.readString(drl);
        assertThat(text).contains(from);
        Files.writeString(drl, text.replace(from, to));
        return rules;
    }

    private static List<RuleProblem> refusal(Path rules) {
        return catchThrowableOfType(RulesException.class, () -> KnowledgeBase.fromDirectory(rules)).problems();
    }

    @Test
    void theProjectsRulesReachEveryStatementOnEveryCase() {
        RuleCheck.Result checked = RuleCheck.check(RuleFiles.fromDirectory(Path.of("rules-drl")));
        try {
            assertThat(checked.problems()).noneMatch(RuleProblem::blocking);
            assertThat(ContractProbes.check(checked.rules(), checked.thresholds(), checked.library())).isEmpty();
        } finally {
            checked.rules().close();
        }
    }

    @Test
    void rulesThatNoLongerStopExerciseForAnEmergencyAreRefusedNamingStatementOne(@TempDir Path dir) throws IOException {
        Path rules = edited(dir, "red-flags.drl", STOP_ALL, "then\n    insertLogical(new ExerciseOnHold());\n");

        assertThat(refusal(rules)).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.CONTRACT);
            assertThat(p.message()).contains("a case with red flag SADDLE_NUMBNESS", "statement 1: WALKING ALLOW, not at least STOP");
        });
    }

    /** Each threshold at either end of its range, the others as shipped (comfortable pain never above the limit). */
    static Stream<Thresholds> thresholdsAtTheEdgesOfTheirRanges() {
        Thresholds d = Thresholds.DEFAULTS;
        return Stream.of(
                new Thresholds(0, d.maxNextMorningRise(), d.highRepetitionsPerWeek(), d.painLogWindowDays(),
                        d.progressAfterSessions(), 0),
                new Thresholds(10, d.maxNextMorningRise(), d.highRepetitionsPerWeek(), d.painLogWindowDays(),
                        d.progressAfterSessions(), d.comfortablePainDuring()),
                new Thresholds(d.maxPainDuring(), 10, d.highRepetitionsPerWeek(), d.painLogWindowDays(),
                        d.progressAfterSessions(), d.comfortablePainDuring()),
                new Thresholds(d.maxPainDuring(), d.maxNextMorningRise(), 1, d.painLogWindowDays(),
                        d.progressAfterSessions(), d.comfortablePainDuring()),
                new Thresholds(d.maxPainDuring(), d.maxNextMorningRise(), Integer.MAX_VALUE, d.painLogWindowDays(),
                        d.progressAfterSessions(), d.comfortablePainDuring()),
                new Thresholds(d.maxPainDuring(), d.maxNextMorningRise(), d.highRepetitionsPerWeek(), 0,
                        d.progressAfterSessions(), d.comfortablePainDuring()),
                new Thresholds(d.maxPainDuring(), d.maxNextMorningRise(), d.highRepetitionsPerWeek(), 366,
                        d.progressAfterSessions(), d.comfortablePainDuring()),
                new Thresholds(d.maxPainDuring(), d.maxNextMorningRise(), d.highRepetitionsPerWeek(), d.painLogWindowDays(),
                        1, d.comfortablePainDuring()),
                new Thresholds(d.maxPainDuring(), d.maxNextMorningRise(), d.highRepetitionsPerWeek(), d.painLogWindowDays(),
                        100, d.comfortablePainDuring()));
    }

    @ParameterizedTest
    @MethodSource("thresholdsAtTheEdgesOfTheirRanges")
    void theProjectsRulesReachEveryStatementWithAnyThresholdAtTheEdgeOfItsRange(Thresholds thresholds) {
        RuleCheck.Result checked = RuleCheck.check(RuleFiles.fromDirectory(Path.of("rules-drl")), false);
        try {
            assertThat(ContractProbes.check(checked.rules(), thresholds, checked.library())).isEmpty();
        } finally {
            checked.rules().close();
        }
    }

    @Test
    void rulesThatCallMobilityRestoredWhateverTheFindingsAreRefusedNamingTheStageAndItsGates(@TempDir Path dir)
            throws IOException {
        Path rules = edited(dir, "stages-and-clearances.drl", "    not MobilityFinding(status == MobilityStatus.RESTRICTED)\n",
                "    Thresholds()\n");

        assertThat(refusal(rules)).anySatisfy(p -> assertThat(p.message()).contains("forward bending restricted",
                "statement 2: stage STABILITY_AND_STRENGTH, not MOBILITY", "statement 3: STABILITY ALLOW, not at least DEFER"));
    }

    @Test
    void aStatementBrokenOnManyOfTheLibrarysCasesIsSaidOnceNamingTheFirstCasesAndTheRulesThatFired(@TempDir Path dir)
            throws IOException {
        Path rules = edited(dir, "exercise-choice.drl", "    insertLogical(Restriction.of(ExerciseCategory.WALKING,"
                + " Decision.MODIFY).note(\"keep-walks-comfortable\"));\n", "");

        assertThat(refusal(rules)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.CONTRACT);
            assertThat(p.message()).startsWith("the rules break the contract on a case with a low back made worse by"
                    + " walking (also with a low back made worse by walking, aged 95; with ")
                    .contains("more of the library's cases like them): statement 4: WALKING ALLOW, not at least MODIFY;"
                            + " the rules that fired on the first: Walking makes the pain worse: first an exercise that"
                            + " gets them back to normal walking, ");
        });
    }

    @Test
    void anEmergencyRuleNarrowedToAdultsIsRefusedOnTheLibrarysCaseOfAChild(@TempDir Path dir) throws IOException {
        Path rules = edited(dir, "red-flags.drl", "    ReportedRedFlag($flag : flag, flag.urgency() == Urgency.EMERGENCY)\n",
                "    ReportedRedFlag($flag : flag, flag.urgency() == Urgency.EMERGENCY)\n    not Person(age < 16)\n");

        assertThat(refusal(rules)).anySatisfy(p -> assertThat(p.message()).contains("aged 5",
                "statement 1: referral NONE, not at least EMERGENCY"));
    }

    @Test
    void aRuleThatFailsOnTheLibrarysCasesIsRefusedOnceNamingTheRule(@TempDir Path dir) throws IOException {
        Path rules = RuleFixtures.withClinicRule(dir, "A strong core is ready for stability work", "seed-right-order",
                "CoreActivation(strength == CoreStrength.STRONG)",
                "insertLogical(new CurrentStage(Stage.STABILITY_AND_STRENGTH));");

        assertThat(refusal(rules)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.RUNTIME);
            assertThat(p.message()).startsWith("rule \"A strong core is ready for stability work\" failed: it concluded stage")
                    .contains("on the library's case with").doesNotContain("IllegalStateException");
        });
    }

    @Test
    void aRuleThatRestrictsAPersonWithNothingWrongForTheirAgeIsRefusedWhenTheRulesLoad(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.withClinicRule(dir, "Aged 65 or more: go easy on strength work", "seed-right-order",
                "Person(age != null, age >= 65)\n    Exercise(category == ExerciseCategory.STRENGTH)",
                "insertLogical(Restriction.of(ExerciseCategory.STRENGTH, Decision.MODIFY).note(\"lifting-without-core\"));");

        assertThat(refusal(rules)).anySatisfy(p -> assertThat(p.message()).startsWith("the rules break the contract on a"
                + " case with nothing wrong, with an exercise of every category in the programme, aged 95")
                .contains("statement 10: STRENGTH MODIFY, not ALLOW"));
    }

    @Test
    void rulesThatSayMoreOrStricterThanTheStatementsLoad(@TempDir Path dir) throws IOException {
        Path rules = RuleFixtures.withClinicRule(dir, "Any symptom: go easy on strength work", "seed-right-order",
                "exists Symptom()",
                "insertLogical(Restriction.of(ExerciseCategory.STRENGTH, Decision.MODIFY).note(\"lifting-without-core\"));");

        assertThat(KnowledgeBase.fromDirectory(rules).ruleNames()).contains("Any symptom: go easy on strength work");
    }

    @Test
    void aPartOfARuleSetLoadsWhenTheContractIsNotChecked() {
        Path partial = Path.of("src/test/resources/runaway-rules");

        assertThat(refusal(partial)).isNotEmpty().allSatisfy(p -> assertThat(p.kind()).isIn(RuleProblem.Kind.CONTRACT,
                RuleProblem.Kind.RUNTIME));
        assertThat(KnowledgeBase.builder().rulesDirectory(partial).checkContract(false).build().ruleNames())
                .contains("Every case gets a stage");
    }
}
