package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backpainkb.RuleProblem;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule's conditions may combine at most two facts that a case holds by the hundred (of its lists, or
 * conclusions), or one with a few of those a case holds a few of, counted along the deepest path.
 */
class RuleJoinsTest {

    /** One rule "r" at line 5 with these conditions, as the language check reads it. */
    private static RuleLanguage.Result rule(String when) {
        String text = "package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n\nrule \"r\"\n"
                + "    @reason(PAIN_RESPONSE)\n    @source(\"s\")\nwhen\n" + when + "\nthen\nend\n";
        return RuleLanguage.check(new DrlText("test.drl", text));
    }

    private static List<RuleProblem> problems(String when) {
        return rule(when).problems();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "$a : ExerciseSession()\n$b : ExerciseSession(date.isAfter($a.date()))",
        "Person()\nCurrentStage()\nSymptom()\nExercise()",
        "Person()\nCoreActivation()\nThresholds()\nStartBack()\nCurrentStage()\nSymptom()",
        "ReportedRedFlag()\nBreathingObservation()\nSymptom()",
        "BreathingObservation()\nBreathingObservation()\nBreathingObservation()\nBreathingObservation()",
        "Thresholds($n : maxPainDuring)\nNumber() from accumulate(ExerciseSession(painDuring > $n), count(1))\n"
                + "Number() from accumulate(ExerciseSession(), count(1))\nNumber() from accumulate(ExerciseSession(), count(1))",
        "Symptom() or (MobilityFinding() and FormError())",
        "Symptom()\nnot Exercise(load == Load.NONE)",
        "CurrentStage($stage : stage)\n$exercise : Exercise()\nStageHold(category == $exercise.category())"})
    void conditionsThatCombineFewFactsPass(String when) {
        assertThat(problems(when)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ExerciseSession()\nExerciseSession()\nExerciseSession()",
        "Symptom()\nMobilityFinding()\nExercise()\nFormError()",
        "Symptom()\nMobilityFinding()\nnot Exercise()",
        "Symptom()\nNumber() from accumulate(Symptom() and Symptom(), count(1))",
        "Symptom() or (ExerciseSession() and ExerciseSession() and ExerciseSession())",
        "Exercise()\nexists (Exercise() and Exercise())",
        "$a : ExerciseSession()\n$b : ExerciseSession(date.isAfter($a.date()))\nforall(Exercise() Exercise(load == Load.NONE))",
        // conclusions made of pairs of facts are as many as the pairs
        "Advice()\nAdvice()\nRestriction()",
        "Symptom()\nnot (Symptom() and MobilityFinding())",
        // a few of a kind, joined eight times over, are 12^8
        "CoreActivation()\nnot (BreathingObservation() and BreathingObservation() and BreathingObservation() and"
                + " BreathingObservation() and BreathingObservation())",
        "ReportedRedFlag()\nSymptom()\nExercise()"})
    void conditionsThatCombineTooManyFactsAreRefusedAtTheRule(String when) {
        assertThat(problems(when)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.REFUSED);
            assertThat(p.message()).startsWith("rule \"r\" combines more facts than the engine can try together: a rule"
                    + " may match at most 2 facts of the case's lists or of conclusions");
        });
    }

    private static List<RuleLanguage.PairingRule> pairings(String when) {
        return rule(when).pairingRules();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Symptom()\nExercise()",
        "Symptom()\nExercise(load == Load.NONE)\nnot Thresholds()",
        "$s : Symptom()\nCoreActivation()\nExercise()",
        "Person()\n$a : ExerciseSession()\nExerciseSession(painDuring > 3)",
        "Symptom(intensity > 3) or Person()\nExercise()",
        "Person()\nexists (Exercise() and FormError(category == ExerciseCategory.STRENGTH))",
        "$s : Symptom()\nExercise(name == \"$s\")"})
    void factsPairedWithNothingRelatingThemAreToldApart(String when) {
        assertThat(pairings(when)).singleElement().satisfies(p -> assertThat(p.unrelated()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "$a : ExerciseSession()\nExerciseSession(date == $a.date())",
        "$s : Symptom($i : intensity)\nExercise(sessionsPerWeek > $i)",
        "Thresholds($n : maxPainDuring)\nSymptom()\nExerciseSession(painDuring > $n)",
        "CurrentStage($stage : stage)\n$exercise : Exercise()\nStageHold(category == $exercise.category())",
        // the first exercise that matches settles a not or an exists: no pair is built
        "Symptom()\nnot Exercise(load == Load.NONE)",
        "Symptom()\nexists FormError()"})
    void factsPairedThroughAConditionNamingWhatCameBeforeAreRelated(String when) {
        // a condition of the second fact runs the rules' code for each pair, where the time limit's clock is read
        assertThat(pairings(when)).singleElement().satisfies(p -> assertThat(p.unrelated()).isFalse());
    }

    @Test
    void aPairingRuleCountsOnceForEachWayThroughItsOrs() {
        assertThat(pairings("(Person() or Thresholds())\n$a : ExerciseSession()\nExerciseSession(date == $a.date())"))
                .singleElement().satisfies(p -> assertThat(p.ways()).isEqualTo(2));
    }

    @Test
    void aRuleMatchingMoreFactsThanARuleMayIsRefusedAtTheRule() {
        String twentyOne = "Thresholds()\n".repeat(RuleJoins.MOST_CONDITIONS + 1);

        assertThat(problems("Thresholds()\n".repeat(RuleJoins.MOST_CONDITIONS))).isEmpty();
        assertThat(problems(twentyOne)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("rule \"r\" matches " + (RuleJoins.MOST_CONDITIONS + 1)
                    + " facts in its conditions: a rule may match at most " + RuleJoins.MOST_CONDITIONS);
        });
    }

    @Test
    void aRuleThatPairsFactsMayMatchOnlyTwoMoreFacts() {
        String pair = "$e : Exercise()\nFormError(category == $e.category())\n";

        assertThat(problems(pair + "Thresholds()\nnot Thresholds()")).isEmpty();
        // the engine carries every pair through each further condition, with none of the rules' code to read the clock
        assertThat(problems(pair + "Thresholds()\nThresholds()\nnot Thresholds()")).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("rule \"r\" pairs facts of the case's lists or of conclusions and"
                        + " matches 5 facts in all: a rule that pairs may match at most "
                        + RuleJoins.MOST_CONDITIONS_WHEN_PAIRING));
    }

    @Test
    void aRulesDirectoryMayHaveOnlyTwoRulesPairingFactsWithNothingRelatingThemAndTheThirdIsRefused(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir.resolve("rules"));
        StringBuilder drl = new StringBuilder("package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n");
        for (int i = 1; i <= RuleJoins.MOST_UNRELATED_PAIRINGS + 1; i++) {
            drl.append("\nrule \"Every symptom with every exercise, rule ").append(i).append("\"\n    @reason(PAIN_RESPONSE)\n")
                    .append("    @source(\"seed-wrong-exercise\")\nwhen\n    Symptom(intensity > ").append(i)
                    .append(")\n    Exercise()\nthen\n    insertLogical(new MotorControlInPlace());\nend\n");
        }
        Files.writeString(rules.resolve("zz-pairs.drl"), drl);

        assertThat(RuleCheck.check(RuleFiles.fromDirectory(rules)).problems()).filteredOn(RuleProblem::blocking)
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("zz-pairs.drl");
                    assertThat(p.line()).isEqualTo(5 + 10 * RuleJoins.MOST_UNRELATED_PAIRINGS);
                    assertThat(p.message()).startsWith("with this rule, the rules directory has "
                            + (RuleJoins.MOST_UNRELATED_PAIRINGS + 1) + " rules that pair facts of the case's lists with"
                            + " nothing relating them");
                });
    }

    @Test
    void orsThatMakeMoreWaysThroughTheConditionsThanTheCompilerCanWriteRulesForAreRefused() {
        StringBuilder fiveOrs = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            fiveOrs.append("(Person(age == ").append(2 * i).append(") or Person(age == ").append(2 * i + 1).append("))\n");
        }

        assertThat(problems("(Person(age == 1) or Person(age == 2))\n(Person(age == 3) or Person(age == 4))")).isEmpty();
        assertThat(problems(fiveOrs.toString())).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("rule \"r\" has 32 ways through its conditions' ors: a rule may have at"
                    + " most " + RuleJoins.MOST_ALTERNATIVES);
        });
    }

    @Test
    void aRulesDirectoryMayHaveOnlySoManyRulesThatPairFactsAndTheFirstOnePastThemIsRefused(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir.resolve("rules"));
        long bundled = RuleFiles.fromDirectory(rules).drl().stream()
                .mapToLong(f -> RuleLanguage.check(new DrlText(f.path(), f.text())).pairingRules().stream()
                        .mapToLong(RuleLanguage.PairingRule::ways).sum()).sum();
        StringBuilder pairing = new StringBuilder("package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n");
        int added = (int) (RuleJoins.MOST_PAIRING_RULES - bundled + 1);
        for (int i = 1; i <= added; i++) {
            pairing.append("\nrule \"Two sessions a day, rule ").append(i).append("\"\n    @reason(PAIN_RESPONSE)\n")
                    .append("    @source(\"seed-wrong-exercise\")\nwhen\n    $a : ExerciseSession()\n")
                    .append("    ExerciseSession(date == $a.date(), painDuring > ").append(i).append(")\n")
                    .append("then\n    insertLogical(new DoseFinding($a.category(), Dose.REDUCE));\nend\n");
        }
        Files.writeString(rules.resolve("zz-pairs.drl"), pairing);

        assertThat(RuleCheck.check(RuleFiles.fromDirectory(rules)).problems()).filteredOn(RuleProblem::blocking)
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("zz-pairs.drl");
                    assertThat(p.line()).isEqualTo(5 + 10 * (added - 1));
                    assertThat(p.message()).startsWith("with this rule, the rules directory has "
                            + (RuleJoins.MOST_PAIRING_RULES + 1) + " rules whose conditions pair facts");
                });
    }

    @Test
    void rulesWhoseOrsMakeMoreRulesThanADirectoryMayHoldAreRefusedAtTheFileThatGoesPast(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir.resolve("rules"));
        StringBuilder ors = new StringBuilder("package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n");
        for (int i = 1; i <= RuleFileShape.MAX_RULES / RuleJoins.MOST_ALTERNATIVES + 1; i++) {
            ors.append("\nrule \"Any of sixteen ages, rule ").append(i).append("\"\n    @reason(WRONG_EXERCISE)\n")
                    .append("    @source(\"seed-wrong-exercise\")\nwhen\n");
            for (int k = 0; k < 4; k++) {
                ors.append("    (Person(age == ").append(i + 8 * k).append(") or Person(age == ").append(i + 8 * k + 4)
                        .append("))\n");
            }
            ors.append("then\n    insertLogical(new MotorControlInPlace());\nend\n");
        }
        Files.writeString(rules.resolve("zz-ors.drl"), ors);

        assertThat(RuleCheck.check(RuleFiles.fromDirectory(rules)).problems()).filteredOn(RuleProblem::blocking)
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("zz-ors.drl");
                    assertThat(p.message()).startsWith("with the ors of its rules taken apart").contains("it may hold"
                            + " at most " + RuleFileShape.MAX_RULES);
                });
    }
}
