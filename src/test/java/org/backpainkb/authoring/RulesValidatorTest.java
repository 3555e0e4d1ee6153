package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.RuleProblem;
import org.backpainkb.authoring.RuleFixtures.Mistake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RulesValidatorTest {

    @TempDir
    Path temp;

    static Stream<String> fixtures() {
        return RuleFixtures.fixtureNames().stream();
    }

    @Test
    void theProjectRulesHaveNoProblems() {
        // a warning (a clinician's rule in the older form) does not stop the build; validate shows it
        assertThat(RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.PROJECT_RULES))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"texts/en.yaml", "sources.yaml"})
    void aMissingTextsOrSourcesFileIsSaidOnceNotAtEveryRuleThatNamesIt(String file) throws java.io.IOException {
        java.nio.file.Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        java.nio.file.Files.delete(rules.resolve(file));

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.message()).startsWith("the file is missing");
        });
    }

    @Test
    void aRuleThatMakesTheCompilerItselfFailIsNamedByItsFileWithoutTheCompilersClassNames() throws java.io.IOException {
        java.nio.file.Path rules = RuleFixtures.withClinicRule(temp.resolve("rules"), "A symptom among numbers",
                "seed-wrong-exercise", "$s : Symptom(intensity in (1, 2, 3, $s))",
                "insertLogical(Unsuitable.category(ExerciseCategory.STRENGTH));");

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("clinic.drl");
            assertThat(p.message()).startsWith("a rule in this file makes the rule compiler fail").doesNotContain("org.drools");
        });
    }

    @Test
    void codeNestedDeeperThanTheCompilerCanFollowIsNamedByItsFileNotAsAStackOverflow() throws IOException {
        String casts = ("(int)".repeat(100) + "\n        ").repeat(30);
        Path rules = RuleFixtures.withClinicRule(temp.resolve("rules"), "Cast after cast", "seed-wrong-exercise",
                "$s : Symptom()", "int x = " + casts + "1;\n    insertLogical(Unsuitable.category(ExerciseCategory.STRENGTH));");

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("clinic.drl");
            assertThat(p.message()).startsWith("a rule in this file makes the rule compiler fail (StackOverflowError)")
                    .contains("nested deeper than the compiler can follow");
        });
    }

    @Test
    void anAssertionOfTheCompilerItselfIsAProblemOfTheRuleFileOnEveryLoadNotAnError() throws IOException {
        Path rules = RuleFixtures.withClinicRule(temp.resolve("rules"), "Array store", "seed-wrong-exercise",
                "$s : ExerciseSession()", "insertLogical(new DoseFinding($s.category(), (((Object[]) new String[]{\"a\"})[0]"
                        + " = $s.category()) != null ? Dose.KEEP : Dose.KEEP));");

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("clinic.drl");
            assertThat(p.message()).startsWith("a rule in this file makes the rule compiler fail (AssertionError)")
                    .contains("code in a then block");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.backpainkb.KnowledgeBase.fromDirectory(rules))
                .isInstanceOf(org.backpainkb.RulesException.class);
    }

    @Test
    void theBundledRulesHaveNoProblems() {
        assertThat(RulesValidator.validateBundled()).filteredOn(RuleProblem::blocking).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachBrokenCopyIsReportedAtTheFileAndLineOfEveryMistakeAndNowhereElse(String fixture) {
        List<Mistake> marked = RuleFixtures.mistakes(fixture);
        assertThat(marked).as("the fixture marks its mistakes").isNotEmpty();

        // a warning (extra.drl gives its advice in the old form) is not a mistake
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.brokenCopy(temp, fixture)));

        assertThat(problems).extracting(p -> new Mistake(p.file(), p.line()))
                .containsAll(marked)
                .allMatch(marked::contains);
    }

    @Test
    void everyMistakeInEveryBrokenFileIsReportedInOneRun() {
        String[] all = {"syntax-error", "misspelled-field", "unknown-code", "bad-call-in-then", "forbidden-import",
            "missing-metadata-and-duplicate-name"};
        List<Mistake> marked = Stream.of(all).flatMap(f -> RuleFixtures.mistakes(f).stream()).toList();

        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.brokenCopy(temp, all)));

        assertThat(problems).extracting(p -> new Mistake(p.file(), p.line())).containsAll(marked);
        assertThat(problems).extracting(RuleProblem::file).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void aSyntaxErrorPointsAtTheBracketThatIsNeverClosedNotAtTheLineTheCompilerStopped() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.brokenCopy(temp, "syntax-error")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("pain-response.drl");
            assertThat(p.line()).isEqualTo(17);
            assertThat(p.message()).startsWith("syntax error").contains("never closed").contains("line 18");
        });
    }

    @Test
    void aMisspelledFieldSaysWhichFieldsTheFactHas() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.brokenCopy(temp, "misspelled-field")));

        assertThat(problems).singleElement().extracting(RuleProblem::message)
                .isEqualTo("BreathingObservation has no field 'patern'; its fields are: pattern, during");
    }

    @Test
    void anUnknownCodeListsTheCodesThatExist() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.brokenCopy(temp, "unknown-code")));

        assertThat(problems).singleElement().extracting(RuleProblem::message).asString()
                .startsWith("unknown code Activity.WALKNG; the codes of Activity are: WALKING, RUNNING");
    }

    @Test
    void aVeryLongNameIsShortenedInItsMessageToItsStartAndLength() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Path drl = rules.resolve("exercise-choice.drl");
        String longName = "walking".repeat(40);
        Files.writeString(drl, Files.readString(drl).replaceFirst("because\\(\\$symptom\\)",
                "because(\\$symptom, " + longName + ")"));

        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(rules));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("exercise-choice.drl");
            assertThat(p.message()).contains("unknown name " + longName.substring(0, 40) + "... (280 characters)")
                    .doesNotContain(longName);
        });
    }

    @Test
    void aBadCallInAThenBlockIsReportedOnItsOwnLineNotOnTheRulesFirstLine() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.brokenCopy(temp, "bad-call-in-then")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("form.drl");
            assertThat(p.line()).isEqualTo(31);
            assertThat(p.message()).contains("then block of rule \"Poor form in exercise without external load")
                    .contains("FormError has no method categroy()")
                    .contains("exercise, category, fault, load, repetitionsPerWeek");
        });
    }

    @Test
    void aForbiddenImportIsRefusedWithTheImportThatIsAllowed() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.brokenCopy(temp, "forbidden-import")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p).extracting(RuleProblem::file, RuleProblem::line).containsExactly("core-activation.drl", 4);
            assertThat(p.message()).startsWith("import java.io.File is not allowed")
                    .contains("a rule file imports only the fact model, `import org.backpainkb.model.*;`");
        });
    }

    @Test
    void aTextWhereACodeBelongsIsToldHowACodeIsWrittenInConditionsAndConclusions() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(
                RuleFixtures.brokenCopy(temp, "text-where-a-code-belongs")));

        assertThat(problems).extracting(RuleProblem::message).containsExactly(
                "in the then block of rule \"Walking that hurts: walk less\": Restriction.of(...) takes"
                        + " (ExerciseCategory, Decision), not (String, Decision); a code of ExerciseCategory is written"
                        + " without quotes, as ExerciseCategory.WALKING",
                "Thresholds has no field 'maxPainDurin'; its fields are: maxPainDuring, maxNextMorningRise,"
                        + " highRepetitionsPerWeek, painLogWindowDays, progressAfterSessions, comfortablePainDuring,"
                        + " fractureRiskAge",
                "aggravatedBy holds codes of Activity, not texts: write Activity.WALKING instead of \"WALKING\"");
    }

    @Test
    void aCodeOfAnotherKindIsToldTheCodesTheFieldTakes() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(
                RuleFixtures.brokenCopy(temp, "code-of-another-kind")));

        assertThat(problems).singleElement().extracting(RuleProblem::message).isEqualTo(
                "cannot understand the condition 'movement == Activity.BENDING_FORWARD': a code of Movement and a code"
                        + " of Activity cannot be compared; write Movement.CODE with one of its codes: FLEXION, EXTENSION,"
                        + " ROTATION, SIDE_BENDING");
    }

    @Test
    void ruleFilesAnEditorStartedWithAByteOrderMarkValidateAsWithout() throws IOException {
        Path rules = RuleFixtures.brokenCopy(temp);
        for (String name : List.of("breathing.drl", "thresholds.yaml", "texts/en.yaml", "exercises.yaml")) {
            Path file = rules.resolve(name);
            Files.writeString(file, "\uFEFF" + Files.readString(file));
        }

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).isEmpty();
    }

    @Test
    void aRuleFileNotSavedAsUtf8IsNamedAtTheLineOfItsFirstForeignLetter() throws IOException {
        Path rules = RuleFixtures.brokenCopy(temp);
        Path texts = rules.resolve("texts/en.yaml");
        List<String> lines = Files.readAllLines(texts);
        // "café" as an editor set to Latin-1 saves it: one byte for the é, which UTF-8 never has alone
        String before = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4) + " # caf";
        String after = "\n" + String.join("\n", lines.subList(5, lines.size())) + "\n";
        Files.write(texts, concat(before.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                after.getBytes(StandardCharsets.UTF_8)));

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).singleElement().satisfies(p -> {
            assertThat(p).extracting(RuleProblem::file, RuleProblem::line).containsExactly("texts/en.yaml", 5);
            assertThat(p.message()).startsWith("this line is not UTF-8 text: save the file as UTF-8");
        });
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @Test
    void aCallToSystemInAThenBlockIsRefused() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(RuleFixtures.brokenCopy(temp, "forbidden-call")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p).extracting(RuleProblem::file, RuleProblem::line).containsExactly("breathing.drl", 18);
            assertThat(p.message()).startsWith("System is not allowed in a rule");
        });
    }

    @Test
    void aDuplicateNameAndMissingMetadataAreReportedThoughTheRulesCompile() {
        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(
                RuleFixtures.brokenCopy(temp, "missing-metadata-and-duplicate-name")));

        // the codes listed are the contract's, then any a clinician declared
        assertThat(problems).extracting(RuleProblem::toString).satisfiesExactly(
                p -> assertThat(p).isEqualTo("extra.drl:7: rule name \"Breath held during effort: learn to breathe with"
                        + " the effort\" is also the name of the rule at breathing.drl:9; every rule needs a name of its own: rename one of the two"),
                p -> assertThat(p).startsWith("extra.drl:17: rule \"Running hurts\" has no @reason: add a line"
                        + " @reason(CODE) under its name, CODE one of RED_FLAG, PAIN_RESPONSE, STABILITY_TOO_EARLY,"
                        + " WRONG_EXERCISE, POOR_FORM, CORE_NOT_ACTIVATED, IMPROPER_BREATHING, PERSISTENCE_RISK"),
                p -> assertThat(p).isEqualTo("extra.drl:17: rule \"Running hurts\" has no @source: add a line"
                        + " @source(\"...\") under its name saying where the knowledge comes from (a section of the"
                        + " article or a named guideline)"));
    }

    @Test
    void aMissingDirectoryIsAProblemNotACrash() {
        assertThat(RuleFixtures.blocking(RulesValidator.validate(temp.resolve("nowhere"))))
                .singleElement().extracting(RuleProblem::message).isEqualTo("no such rules directory");
    }

    @Test
    void aBadThresholdIsReportedAtItsLine() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        java.nio.file.Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 5\nmaxPainDurng: 4\n");

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).singleElement().satisfies(p -> {
            assertThat(p).extracting(RuleProblem::file, RuleProblem::line).containsExactly("thresholds.yaml", 2);
            assertThat(p.message()).contains("unknown threshold").contains("maxPainDuring, maxNextMorningRise");
        });
    }

    @Test
    void thresholdsInRangeThatLetATenOutOfTenSessionPassAreWarnedOfAtTheirLines() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        java.nio.file.Files.writeString(rules.resolve("thresholds.yaml"),
                "maxPainDuring: 10\nmaxNextMorningRise: 10\ncomfortablePainDuring: 10\n");

        List<RuleProblem> problems = RulesValidator.validate(rules);

        assertThat(RuleFixtures.blocking(problems)).isEmpty();
        assertThat(problems).filteredOn(p -> p.file().equals("thresholds.yaml"))
                .extracting(RuleProblem::line, RuleProblem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "maxPainDuring is 10: no session's pain during it is ever too"
                                + " much, so statement 9 never lowers a dose for it"),
                        org.assertj.core.groups.Tuple.tuple(2, "maxNextMorningRise is 10: no next morning is ever worse"
                                + " enough to lower a dose"),
                        org.assertj.core.groups.Tuple.tuple(3, "comfortablePainDuring is 10: sessions with pain during up to"
                                + " 10/10 count as comfortable and progress the dose"));
    }

    @Test
    void thresholdsInRangeThatLetNineOutOfTenProgressTheDoseAreWarnedOfEachAtItsLine() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        java.nio.file.Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 9\nmaxNextMorningRise: 9\n"
                + "highRepetitionsPerWeek: 1000000000\npainLogWindowDays: 0\nprogressAfterSessions: 1\ncomfortablePainDuring: 9\n");

        List<RuleProblem> problems = RulesValidator.validate(rules);

        assertThat(RuleFixtures.blocking(problems)).isEmpty();
        assertThat(problems).filteredOn(p -> p.file().equals("thresholds.yaml")).extracting(RuleProblem::line)
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(problems).filteredOn(p -> p.file().equals("thresholds.yaml")).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("maxPainDuring is 9, above the 5/10 of the pain-monitoring model"));
    }

    @Test
    void aComfortableSessionMorePainfulThanASessionMayBeIsRefusedInJavaAsInTheFile() {
        assertThatThrownBy(() -> new org.backpainkb.rules.Thresholds(2, 0, 50, 14, 3, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("comfortablePainDuring: 9 is above maxPainDuring 2");
        assertThat(new org.backpainkb.rules.Thresholds(2, 0, 50).comfortablePainDuring()).isEqualTo(2);
    }

    @Test
    void aReasonCodesWordsHoldingAHiddenCharacterAreRefused() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        Path codes = rules.resolve("reason-codes.yaml");
        java.nio.file.Files.writeString(codes, java.nio.file.Files.readString(codes)
                + "DIRECTIONAL_PREFERENCE:\n  words: \"directional\u200Bpreference\"\n  means: \"One direction eases the back.\"\n");

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("DIRECTIONAL_PREFERENCE: holds the character U+200B"));
    }

    @Test
    void aRuleNameWithLineBreaksIsShownAsWrittenOnOneLine() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        Files.writeString(rules.resolve("clinic.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Looks harmless\\n\\nerror: every rule passed"
                    @reason(WRONG_EXERCISE)
                    @source("seed-form")
                when
                    Symptom()
                then
                    insertLogical(new ExerciseOnHold());
                end
                """);

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).doesNotContain("\n")
                    .startsWith("rule \"Looks harmless\\n\\nerror: every rule passed\": a rule's name is words");
        });
    }

    @Test
    void aFileOfThousandsOfBadlyWrittenCodesSaysItsFirstHundredAtTheirLinesAndCountsTheRest() throws Exception {
        Path rules = RuleFixtures.withBadlyWrittenCodes(temp, 5_000);
        int firstBadLine = (int) Files.readString(RuleFixtures.PROJECT_RULES.resolve("reason-codes.yaml")).lines().count() + 2;

        List<RuleProblem> problems = RuleFixtures.blocking(RulesValidator.validate(rules));

        assertThat(problems).hasSize(org.backpainkb.internal.RuleCheck.MOST_PROBLEMS_A_FILE + 1);
        assertThat(problems.get(0)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(firstBadLine);
            assertThat(p.message()).startsWith("'zk0' is not written as a reason code");
        });
        assertThat(problems.get(problems.size() - 1)).satisfies(count -> {
            assertThat(count.message()).isEqualTo("and 4900 more problems in this file, not listed");
            assertThat(count.unlisted()).isEqualTo(4900);
        });
        assertThat(RuleProblem.count(problems)).isEqualTo(5_000);
    }
}
