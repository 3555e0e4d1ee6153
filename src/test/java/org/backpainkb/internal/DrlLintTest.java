package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpainkb.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DrlLintTest {

    private static final String HEADER = "package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n\n";

    private static List<RuleProblem> lint(String body) {
        return DrlLint.check(List.of(new DrlText("test.drl", HEADER + body)));
    }

    private static String ruleWithThen(String consequence) {
        return "rule \"r\"\n    @reason(POOR_FORM)\n    @source(\"clinic\")\nwhen\n    FormError()\nthen\n    "
                + consequence + "\nend\n";
    }

    @Test
    void aWellFormedRuleHasNoProblems() {
        assertThat(lint(ruleWithThen("java.util.List<String> names = new java.util.ArrayList<>();"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"System.exit(1);", "java.lang.System.exit(1);", "Runtime.getRuntime().exec(\"rm\");",
        "new Thread(() -> {}).start();", "Class.forName(\"x\");", "java.io.File f = null;",
        "java.nio.file.Files.delete(null);", "new java.net.Socket();", "Object o = $x.getClass();",
        "java.util.concurrent.Executors.newFixedThreadPool(2);", "Object c = String.class;",
        "new java.util.Formatter(\"/tmp/out\").format(\"x\").close();", "new Formatter(\"/tmp/out\").close();",
        "java.util.Arrays.parallelSort(new int[] {2, 1});", "ServiceLoader.load(Object.class);"})
    void aThenBlockReachingOutsideTheFactsIsRefusedOnItsLine(String consequence) {
        List<RuleProblem> problems = lint(ruleWithThen(consequence));

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("is not allowed in a rule")
                    .endsWith("rules-drl/README.md lists what a rule may use");
        });
    }

    /** A single problem, on its own line: where the split name starts, or where the escape stands. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a qualified name split across lines | `new java\n        .io.PrintWriter("/tmp/out").close();` | 11 | java.io.PrintWriter is not allowed in a rule
            a unicode escape, even in a comment | `String s = "ok";\n    // \\u000a System.exit(0);` | 12 | a \\u escape is not allowed
            """)
    void aSlipThatHidesFromALineByLineReadingIsStillRefusedOnItsLine(String slip, String consequence, int line,
            String message) {
        List<RuleProblem> problems = lint(ruleWithThen(consequence));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).startsWith(message);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.io.File", "java.net.*", "java.lang.reflect.Method", "java.util.concurrent.Executors",
        "static java.lang.System.exit", "function java.lang.Runtime.getRuntime", "com.example.Helper",
        "org.kie.api.runtime.KieSession", "java.util.List", "java.util.*", "java.time.LocalDate"})
    void anImportOutsideTheFactModelIsRefusedWithTheImportThatIsAllowed(String imported) {
        assertThat(DrlLint.check(List.of(new DrlText("test.drl", "package org.backpainkb.rules;\nimport " + imported
                + ";\n")))).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("is not allowed: a rule file imports only the fact model")
                            .contains("import org.backpainkb.model.*;");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.backpainkb.model.*", "org.backpainkb.model.Symptom", "org.backpainkb.rules.*"})
    void importsOfTheFactModelAndTheConclusionsAreAllowed(String imported) {
        assertThat(DrlLint.check(List.of(new DrlText("test.drl", "import " + imported + ";\n")))).isEmpty();
    }

    @Test
    void forbiddenNamesInsideStringsAndCommentsAreNotCode() {
        String body = "// System.exit would be wrong here\n/* Runtime, Thread\n and java.io.File */\n"
                + ruleWithThen("String s = \"System.exit(1) and java.io.File\";");

        assertThat(lint(body)).isEmpty();
    }

    @Test
    void anUnknownReasonCodeIsReportedAtTheMetadataLineWithTheCodesThatExist() {
        List<RuleProblem> problems = lint("rule \"r\"\n    @reason(BAD_FORM)\n    @source(\"clinic\")\nwhen\nthen\nend\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).startsWith("unknown reason code BAD_FORM").contains("POOR_FORM");
        });
    }

    @Test
    void anEmptySourceIsAsGoodAsNone() {
        assertThat(lint("rule \"r\"\n    @reason(POOR_FORM)\n    @source(\"\")\nwhen\nthen\nend\n"))
                .singleElement().extracting(RuleProblem::message).asString().contains("has no @source");
    }

    @Test
    void ruleNamesMustBeUniqueAcrossFiles() {
        String rule = "rule \"same\"\n    @reason(POOR_FORM)\n    @source(\"clinic\")\nwhen\nthen\nend\n";
        String other = rule.replace("POOR_FORM", "WRONG_EXERCISE");
        List<RuleProblem> problems = DrlLint.check(List.of(new DrlText("a.drl", rule), new DrlText("b.drl", other)));

        assertThat(problems).singleElement().hasToString(
                "b.drl:1: rule name \"same\" is also the name of the rule at a.drl:1; every rule needs a name of its own: rename one of the two");
    }

    @Test
    void aRuleCopiedWordForWordIntoAnotherFileIsToldToMoveTheCopyOut() {
        String rule = "rule \"same\"\n    @reason(POOR_FORM)\n    @source(\"clinic\")\nwhen\nthen\nend\n";
        List<RuleProblem> problems = DrlLint.check(List.of(new DrlText("bone-health.drl", rule),
                new DrlText("bone-health (old).drl", "// kept just in case\n" + rule)));

        assertThat(problems).singleElement().hasToString("bone-health (old).drl:2: rule \"same\" is a copy of the rule at"
                + " bone-health.drl:1, word for word: every file in the rules folder is read as rules, a backup too; move"
                + " the copy out of the folder (or, if both are meant, rename one)");
    }
}
