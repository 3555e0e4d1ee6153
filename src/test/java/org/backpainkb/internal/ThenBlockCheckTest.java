package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The then-block check names the line of a lambda, a method reference, a switch or a class declared in
 * a consequence, and never stops what the guide teaches.
 */
class ThenBlockCheckTest {

    private static final String HEADER = "package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n\n"
            + "rule \"r\"\n    @reason(WRONG_EXERCISE)\n    @source(\"s\")\nwhen\n    $s : Symptom()\nthen\n";

    /** The first line of the then block's code is line 11. */
    private static List<RuleProblem> check(String then) {
        return ThenBlockCheck.check(new DrlText("test.drl", HEADER + then + "\nend\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lambda or a switch arrow | Runnable r = () -> insertLogical(null);",
        "method reference         | java.util.List.of($s).forEach(System.out::println);",
        "switch                   | switch ($s.intensity()) { case 1: break; }",
        "declared in a then block | class Spin { }",
        "declared in a then block | record Spin(int turns) { }",
        "declared in a then block | enum Spin { ONCE }",
        "anonymous class          | Object o = new Object() { };",
        "anonymous class          | Object o = new java.util.HashMap<String, java.util.List<String>>() { };"})
    void eachFormIsRefusedAtItsLine(String named, String then) {
        assertThat(check("    " + then)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).startsWith("rule \"r\": ").contains(named).contains("is not allowed");
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.REFUSED);
        });
    }

    @Test
    void anAnonymousClassWhoseBodyIsOnTheNextLineIsNamedWhereItStarts() {
        List<RuleProblem> problems = check("    insertLogical(new MotorControlInPlace());\n    Object o = new Object()"
                + "    // a comment\n        { };");

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(12));
    }

    @Test
    void aCallOnANewObjectInsideAnIfIsNotTakenForAnAnonymousClass() {
        assertThat(check("    if (new Symptom(Region.LOW_BACK, 3).intensity() > $s.intensity()) {\n"
                + "        insertLogical(new MotorControlInPlace());\n    }")).isEmpty();
        assertThat(check("    Object o = new Object((1 + 2)) { };")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("anonymous class"));
    }

    @Test
    void aLongTextBetweenAConstructorsBracketsIsReadInOneGo() {
        String longText = "Long advice. ".repeat(500);

        assertThat(check("    insertLogical(new Advice(\"a\", ReasonCode.WRONG_EXERCISE, Severity.INFO, 5, \"" + longText
                + "\", \"" + longText + "\"));")).isEmpty();
        assertThat(check("    Object o = new Object(\"" + longText + "\") { };")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("anonymous class"));
    }

    @Test
    void wordsInTextsAndCommentsAreNotCode() {
        assertThat(check("    insertLogical(new Advice(\"switch -> class :: record\", ReasonCode.WRONG_EXERCISE));"
                + "    // a switch -> a class :: enum")).isEmpty();
    }

    @Test
    void theConditionsAreNotAThenBlock() {
        String text = "package org.backpainkb.rules;\n\nrule \"r\"\n    @reason(WRONG_EXERCISE)\n    @source(\"s\")\n"
                + "when\n    $s : Symptom(region == Region.LOW_BACK)\nthen\n    insertLogical(new MotorControlInPlace());\nend\n";

        assertThat(ThenBlockCheck.check(new DrlText("test.drl", text))).isEmpty();
    }

    @Test
    void theProjectsRulesPass() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules-drl"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertThat(ThenBlockCheck.check(new DrlText(file.toString(), Files.readString(file))))
                        .as("%s", file).isEmpty();
            }
        }
    }
}
