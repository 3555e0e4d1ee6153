package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backpainkb.RuleProblem;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytecode gate passes everything the rules guide teaches and refuses, at the line a rule author
 * wrote it, what reaches outside the facts. The hostile-rules suite tries every attack class; these
 * tests pin the gate's own mechanics.
 */
class RuleBytecodeTest {

    @TempDir
    Path temp;

    @Test
    void theBundledRulesPassTheGateAsTheBuildCompiledThem() {
        ExecutableModel.Module module = ExecutableModel.compile(RuleFiles.bundled()).module();

        assertThat(RuleBytecode.check(module.classes()).violations()).isEmpty();
    }

    @Test
    void everyConstructTheGuideTeachesPassesBothChecksAndRuns() throws Exception {
        Path rules = withExtraFile("everything-a-rule-may-use.drl",
                Files.readString(Path.of("src/test/resources/allowed-rules/everything-a-rule-may-use.drl")));

        RuleCheck.Result result = RuleCheck.check(RuleFiles.fromDirectory(rules));

        // the fixture keeps the old six-argument form and written-out sources: warnings, not problems
        assertThat(result.problems()).allMatch(p -> !p.blocking());
        assertThat(result.rules().rules()).containsKeys("Three or more painful sessions: lower the dose",
                "A session after an earlier one that hurt");
        result.rules().close();
    }

    @Test
    void elevenRulesWithTheSameConditionPassTheGate() throws Exception {
        // past ten rules on one condition, the compiler marks the condition as shared by many
        Path rules = withExtraFile("extra.drl", manyRules(11, 1));

        assertThat(RuleCheck.check(RuleFiles.fromDirectory(rules)).problems()).noneMatch(RuleProblem::blocking);
    }

    @Test
    void asManyRulesAsADirectoryMayHoldPassTheGate() throws Exception {
        // past several hundred rules, the compiler gathers the rules' lists into one it grows
        Path rules = withExtraFile("extra.drl", manyRules(RuleFileShape.MAX_RULES - 100, 1000));

        assertThat(RuleCheck.check(RuleFiles.fromDirectory(rules)).problems()).noneMatch(RuleProblem::blocking);
    }

    /**
     * Rules in the guide's form, the i-th on {@code FormError(repetitionsPerWeek > i % conditions)}: a
     * number with no upper bound in the case format, so that every condition can hold.
     */
    private static String manyRules(int count, int conditions) {
        StringBuilder drl = new StringBuilder("package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n");
        for (int i = 0; i < count; i++) {
            drl.append("""

                    rule "Repetitions above %d, number %d"
                        @reason(WRONG_EXERCISE)
                        @source("seed-right-order")
                    when
                        FormError(repetitionsPerWeek > %d)
                    then
                        insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.MODIFY).note("keep-pain-during-at-the-limit"));
                    end
                    """.formatted(i % conditions, i, i % conditions));
        }
        return drl.toString();
    }

    @Test
    void eachRefusedReferenceIsReportedAtTheLineThatWroteIt() throws Exception {
        Path rules = withExtraFile("extra.drl", """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Reads the class loader"
                    @reason(WRONG_EXERCISE)
                    @source("a test")
                when
                    $s : Symptom()
                then
                    String name = Severity.INFO
                        .getDeclaringClass().getName();
                    insertLogical(new Advice("x", ReasonCode.WRONG_EXERCISE, Severity.INFO, 3, name, "y"));
                end
                """);

        List<RuleProblem> problems = RuleCheck.check(RuleFiles.fromDirectory(rules)).problems();

        assertThat(problems).extracting(RuleProblem::file, RuleProblem::line, RuleProblem::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("extra.drl", 12, RuleProblem.Kind.REFUSED));
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .contains("rule \"Reads the class loader\"", "getDeclaringClass", "is not allowed"));
    }

    @Test
    void aLoopIsRefusedAtItsKeywordAndNothingOfTheFileRuns() throws Exception {
        Path rules = withExtraFile("extra.drl", """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Counts for ever"
                    @reason(WRONG_EXERCISE)
                    @source("a test")
                when
                    $s : Symptom()
                then
                    int n = 0;
                    while (n >= 0) { n = n + 1; }
                    insertLogical(new ExerciseOnHold());
                end
                """);

        RuleCheck.Result result = RuleCheck.check(RuleFiles.fromDirectory(rules));

        assertThat(result.rules()).isNull();
        assertThat(result.problems().stream().filter(RuleProblem::blocking)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.drl");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("a loop");
        });
    }

    @Test
    void aRuleMakesConclusionsButNeverAFactOfTheCase() throws Exception {
        Path rules = withExtraFile("extra.drl", """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Raises the pain limit"
                    @reason(WRONG_EXERCISE)
                    @source("a test")
                when
                    $s : Symptom()
                then
                    insertLogical(new Thresholds(10, 10, 10));
                end
                """);

        List<RuleProblem> problems = RuleCheck.check(RuleFiles.fromDirectory(rules)).problems().stream()
                .filter(RuleProblem::blocking).toList();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("new org.backpainkb.rules.Thresholds(...) is not allowed");
        });
    }

    @Test
    void metadataThatIsAnExpressionIsRefusedBeforeAnyCompilerEvaluatesIt() throws Exception {
        Path rules = withExtraFile("extra.drl", """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Sets a property while it is compiled"
                    @reason(WRONG_EXERCISE)
                    @source(String.valueOf(System.setProperty("backpainkb.test.pwned", "yes")))
                when
                    $s : Symptom()
                then
                end
                """);

        List<RuleProblem> problems = RuleCheck.check(RuleFiles.fromDirectory(rules)).problems();

        assertThat(System.getProperty("backpainkb.test.pwned")).isNull();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.REFUSED);
            assertThat(p.message()).contains("is not allowed");
        });
    }

    @Test
    void aClassDeclaredInsideARulesCodeIsReportedAtThatRulesFileAndLine() {
        // compiled without the checks on the text, which would refuse the class first: this is the gate behind them
        String spin = """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Spins in a class of its own"
                    @reason(WRONG_EXERCISE)
                    @source("a test")
                when
                    $s : Symptom()
                then
                    Object spin = new Object() {
                        public String toString() { while (true) { } }
                    };
                end
                """;
        List<RuleProblem> problems = refusalsOfTheGateAlone("spin.drl", spin);

        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("spin.drl"))
                .extracting(RuleProblem::line, p -> p.message().substring(0, p.message().indexOf(" is not allowed")))
                .containsExactly(
                        tuple(11, "rule \"Spins in a class of its own\": a class of a rule's own (new Object() { ... }, or a"
                                + " class declared in a then block)"),
                        tuple(12, "rule \"Spins in a class of its own\": a loop (for, while or do)"));
    }

    @Test
    void codeTheCompilerMadeFromARulesNameIsReportedAtTheLineThatMentionsIt() {
        // compiled without the checks on the text, which refuse such a name first: this is the gate behind them
        String named = """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Sets a property\\" + System.setProperty(\\"backpainkb.test.named\\", \\"yes\\") + \\""
                    @reason(WRONG_EXERCISE)
                    @source("a test")
                when
                    $s : Symptom()
                then
                    insertLogical(new MotorControlInPlace());
                end
                """;
        List<RuleProblem> problems = refusalsOfTheGateAlone("named.drl", named);

        assertThat(System.getProperty("backpainkb.test.named")).isNull();
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("named.drl");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("setProperty").contains("is not allowed");
        });
    }

    /** One rule file compiled with the bundled reference data and checked by the bytecode gate alone. */
    private static List<RuleProblem> refusalsOfTheGateAlone(String name, String drl) {
        RuleFiles files = RuleFiles.bundled().withDrl(List.of(new RuleFiles.RuleFile(name, drl)));
        ExecutableModel.Module module = ExecutableModel.compile(files).module();
        return Refusals.of(RuleBytecode.check(module.classes()), List.of(new DrlText(name, drl)));
    }

    private Path withExtraFile(String name, String drl) throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.writeString(rules.resolve(name), drl);
        return rules;
    }
}
