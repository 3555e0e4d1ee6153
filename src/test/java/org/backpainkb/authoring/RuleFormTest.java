package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named rule form, checked by {@code validate} on a copy of the project's rules with one edit:
 * what it refuses past the slips of {@link MistakeLocationTest}'s table (undeclared codes and keys,
 * texts that cannot say why), the old six-argument form still loading with a hint, and a translation
 * that lacks a text falling back to English with a warning.
 */
class RuleFormTest {

    private static final Case BREATH_HELD = Case.builder()
            .breathing(new BreathingObservation(BreathingPattern.BREATH_HOLDING, BreathingContext.LIFTING)).build();

    @TempDir
    Path temp;

    private Path rules;

    private Path copy() {
        rules = RuleFixtures.copyOfProjectRules(temp);
        return rules;
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private List<RuleProblem> refusals() {
        return RulesValidator.validate(rules).stream().filter(RuleProblem::blocking).toList();
    }

    private List<RuleProblem> warnings() {
        return RulesValidator.validate(rules).stream().filter(p -> !p.blocking()).toList();
    }

    @Test
    void aBecauseTextThatNamesNoneOfTheMatchedFactsIsRefused() throws IOException {
        copy();
        replace("texts/en.yaml", "because: \"holds the breath during {during}\"", "because: \"holds the breath\"");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("breathing.drl");
            assertThat(p.message()).contains("names none of the matched facts");
        });
    }

    @Test
    void aTranslatedBecauseTextThatNamesNoneOfTheMatchedFactsIsRefusedAsAnEnglishOneIs() throws IOException {
        copy();
        replace("texts/de.yaml", "because: \"{fault} bei {exercise} ({load})\"", "because: \"Technikfehler bei der Übung\"");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("form.drl");
            assertThat(p.message()).contains("names none of the matched facts: say in texts/de.yaml which fact matched");
        });
    }

    @Test
    void anUndeclaredReasonCodeIsRefusedWithWhereToDeclareIt() throws IOException {
        copy();
        replace("breathing.drl", "@reason(IMPROPER_BREATHING)", "@reason(NEVER_DECLARED_ANYWHERE)");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("breathing.drl", "@reason(NEVER_DECLARED_ANYWHERE)"));
            assertThat(p.message()).contains("unknown reason code NEVER_DECLARED_ANYWHERE", "reason-codes.yaml");
        });
    }

    @Test
    void anUndeclaredSourceKeyIsRefused() throws IOException {
        copy();
        replace("breathing.drl", "@source(\"seed-breathing\")", "@source(\"seed-breathin\")");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("breathing.drl", "seed-breathin\""));
            assertThat(p.message()).contains("source \"seed-breathin\"", "not declared in sources.yaml");
        });
    }

    @Test
    void anAdviceWithoutTextsIsRefused() throws IOException {
        copy();
        replace("breathing.drl", "Advice.of(\"breathe-with-the-effort\")", "Advice.of(\"breathe-with-the-efort\")");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("breathing.drl", "breathe-with-the-efort"));
            assertThat(p.message()).contains("has no texts", "texts/en.yaml");
        });
    }

    @Test
    void aRuleWhoseThenBlockConcludesNothingIsRefusedAtItsThen() throws IOException {
        copy();
        replace("stability-timing.drl", """
                    insertLogical(Advice.of("restore-mobility-before-stability").because($exercise));
                    insertLogical(Restriction.of(ExerciseCategory.STABILITY, Decision.DEFER).note("restore-mobility-first"));
                """, "");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("stability-timing.drl");
            assertThat(p.line()).isEqualTo(lineOf("stability-timing.drl", "then"));
            assertThat(p.message()).contains("concludes nothing: its then block holds no insertLogical(...)");
        });
    }

    @Test
    void aNoteWithoutTextIsToldTheKeyItIsOneLetterOffAndTheLineToAddToTheTextsFile() throws IOException {
        copy();
        replace("stability-timing.drl", ".note(\"restore-mobility-first\")", ".note(\"restore-mobility-frist\")");

        assertThat(refusals()).singleElement().extracting(RuleProblem::message).isEqualTo("note \"restore-mobility-frist\""
                + " has no text: did you mean restore-mobility-first (it has its texts)? If not, add to texts/en.yaml a"
                + " line restore-mobility-frist: \"the text\"");
    }

    @Test
    void aNewNoteKeyLikeNoOtherIsToldOnlyTheLineToAdd() throws IOException {
        copy();
        replace("stability-timing.drl", ".note(\"restore-mobility-first\")", ".note(\"zzz-entirely-new\")");

        assertThat(refusals()).singleElement().extracting(RuleProblem::message).isEqualTo("note \"zzz-entirely-new\""
                + " has no text: add to texts/en.yaml a line zzz-entirely-new: \"the text\"");
    }

    @Test
    void aTextThatHoldsATerminalsEscapeOrACarriageReturnIsRefusedAtItsLine() throws IOException {
        copy();
        replace("texts/en.yaml", "stop-until-seen: \"Stop until a doctor has seen you.\"",
                "stop-until-seen: \"Stop until a doctor has seen you.\\r\\e[2KReferral: NONE\"");
        replace("sources.yaml", "seed-breathing: \"Seed article", "seed-breathing: \"\\e]0;title\\aSeed article");

        assertThat(refusals()).extracting(RuleProblem::file, RuleProblem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("texts/en.yaml", "stop-until-seen: holds the character U+000D, which"
                        + " is not shown but acted on by a screen: take it out"),
                org.assertj.core.groups.Tuple.tuple("sources.yaml", "seed-breathing: holds the character U+001B, which is"
                        + " not shown but acted on by a screen: take it out"));
    }

    @Test
    void aReasonCodeNamedThroughOfIsReadAsTheCodeItNamesNotAsACodeCalledOf() throws IOException {
        copy();
        Files.writeString(rules.resolve("old-form.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Pain during a session above the limit, in the old form"
                    @reason(PAIN_RESPONSE)
                    @source("seed-wrong-exercise")
                when
                    $session : ExerciseSession(painDuring > 8)
                then
                    insertLogical(new Advice("rest-after-a-painful-session", ReasonCode.of("PAIN_RESPONSE"), Severity.INFO,
                        4, "Rest a day after a session that hurt this much.", "a session hurt"));
                end
                """);

        assertThat(RulesValidator.validate(rules)).extracting(RuleProblem::message)
                .noneMatch(m -> m.contains("concludes of"));
    }

    @Test
    void aDataFileNestedTooDeepIsRefusedInTheAuthorsWordsNotTheParsersSettings() throws IOException {
        copy();
        Files.writeString(rules.resolve("sources.yaml"), Files.readString(rules.resolve("sources.yaml"))
                + "deep: " + "[\n".repeat(1_001) + "]\n".repeat(1_001));

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources.yaml");
            assertThat(p.message()).startsWith("not valid YAML").contains("nesting").doesNotContain("StreamReadConstraints");
        });
    }

    @Test
    void aTextWithMorePlaceholdersOrCharactersThanATextMayHaveIsRefusedAtItsLine() throws IOException {
        copy();
        replace("texts/en.yaml", "stop-until-seen: \"Stop until a doctor has seen you.\"",
                "stop-until-seen: \"" + "{maxPainDuring}".repeat(11) + "\"");
        replace("sources.yaml", "seed-breathing: \"Seed article", "seed-breathing: \"" + "x".repeat(1_000) + " Seed article");

        assertThat(refusals()).extracting(RuleProblem::file, RuleProblem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("texts/en.yaml", "stop-until-seen: has 11 placeholders; a text fills"
                        + " at most 10, each filled in every assessment that says it"),
                org.assertj.core.groups.Tuple.tuple("sources.yaml", "seed-breathing: has 1088 characters; a text has at"
                        + " most 1000: say it in fewer words, or as two"));
    }

    @Test
    void aListNamedInATextIsSaidInWordsTenAtMostAndTheRestCounted() throws IOException {
        copy();
        Files.writeString(rules.resolve("texts/en.yaml"), Files.readString(rules.resolve("texts/en.yaml"))
                + "made-worse-by:\n  advice: \"Tell your physiotherapist what makes it worse.\"\n"
                + "  because: \"made worse by {aggravatedBy}\"\n");
        Files.writeString(rules.resolve("made-worse.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "What makes the pain worse is told"
                    @reason(WRONG_EXERCISE)
                    @severity(INFO)
                    @priority(9)
                    @source("seed-wrong-exercise")
                when
                    $symptom : Symptom()
                then
                    insertLogical(Advice.of("made-worse-by").because($symptom));
                end
                """);
        // every activity, each once: a symptom keeps an activity said twice once
        Case worse = Case.builder().symptom(new org.backpainkb.model.Symptom(org.backpainkb.model.Region.LOW_BACK, 4,
                List.of(org.backpainkb.model.Activity.values()), List.of(), false)).build();

        Assessment a = KnowledgeBase.fromDirectory(rules).assess(worse);

        assertThat(a.recommendation("made-worse-by")).hasValueSatisfying(r -> assertThat(r.because()).singleElement()
                .asString().startsWith("made worse by walking, ").doesNotContain("[", "WALKING", "(+")
                .contains(org.backpainkb.model.Activity.values()[org.backpainkb.model.Activity.values().length - 1].inWords()));
    }

    @Test
    void aKeyOfThousandsOfWordsIsRefusedAsTooLongNotWithAStackOverflow() throws IOException {
        copy();
        String key = "a" + "-a".repeat(6_000);
        // an explicit key (?) in quotes, over lines that each end in a backslash: YAML takes a key so long that way
        StringBuilder quoted = new StringBuilder("? \"");
        for (int at = 0; at < key.length(); at += 1_000) {
            quoted.append(key, at, Math.min(key.length(), at + 1_000)).append(at + 1_000 < key.length() ? "\\\n" : "");
        }
        Files.writeString(rules.resolve("sources.yaml"), Files.readString(rules.resolve("sources.yaml"))
                + quoted + "\"\n: \"a source\"\n");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources.yaml");
            assertThat(p.message()).startsWith("'" + key.substring(0, 60) + "...' is not written as a key")
                    .endsWith("in at most 100 characters");
        });
    }

    @Test
    void aTextsFileThatIsNotValidYamlIsTheOneProblemNotEveryRuleThatNamesAText() throws IOException {
        copy();
        replace("texts/en.yaml", "stop-until-seen: \"Stop until a doctor has seen you.\"",
                "stop-until-seen: Stop: until a doctor has seen you.");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("texts/en.yaml");
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.FILES);
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void aKeyWithoutItsColonIsSaidInOneLineWithWhereToLookNotWithTheReadersEcho() throws IOException {
        copy();
        replace("texts/en.yaml", "breathe-with-the-effort:\n", "breathe-with-the-effort\n");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("texts/en.yaml");
            assertThat(p.message()).doesNotContain("\n", "in 'reader'")
                    .endsWith("(look at this line and the one before it: a key needs a ':' after it, a text with ': ' or"
                            + " '#' in it needs quotes, and lines are indented with spaces, not tabs)");
        });
    }

    @Test
    void aPlaceholderThatNamesNoFieldNorThresholdIsRefused() throws IOException {
        copy();
        replace("texts/en.yaml", "{maxPainDuring} out of 10", "{maxPain} out of 10");
        int adviceLine = java.nio.file.Files.readAllLines(RuleFixtures.PROJECT_RULES.resolve("texts/en.yaml"))
                .indexOf("lower-the-dose-pain-during:") + 1;

        // placed at the text, where a misspelt placeholder is mended, naming the rule that hands the facts over
        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("texts/en.yaml");
            assertThat(p.line()).isEqualTo(adviceLine);
            assertThat(p.message()).startsWith("advice lower-the-dose-pain-during, advice: names {maxPain}, which is"
                    + " neither a field of the facts handed over by pain-response.drl:")
                    .contains("{painDuring}", "{maxPainDuring}");
        });
    }

    @Test
    void aSourceThatNamesNoThresholdIsRefused() throws IOException {
        copy();
        replace("sources.yaml", "{maxPainDuring}/10", "{limit}/10");

        assertThat(refusals()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("pain-monitoring-during names {limit}", "not a threshold"));
    }

    @Test
    void aContractReasonCodeCannotBeRemovedOrRenamed() throws IOException {
        copy();
        replace("reason-codes.yaml", "POOR_FORM:", "BAD_FORM:");

        assertThat(refusals()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("reason-codes.yaml");
            assertThat(p.message()).contains("POOR_FORM is missing", "can be neither removed nor renamed");
        });
    }

    @Test
    void theSourceShowsTheThresholdInForce() throws IOException {
        copy();
        replace("thresholds.yaml", "maxPainDuring: 5", "maxPainDuring: 4");

        KnowledgeBase kb = KnowledgeBase.fromDirectory(rules);
        Assessment a = kb.assess(Case.builder().session(new org.backpainkb.model.ExerciseSession(
                java.time.LocalDate.of(2026, 3, 2), "Bird dog", org.backpainkb.model.ExerciseCategory.STABILITY, 2, 5, null))
                .build());

        assertThat(a.recommendation("lower-the-dose-pain-during")).hasValueSatisfying(r -> {
            // the cited work's own value stays beside the limit in force, never replaced by it
            assertThat(r.source()).contains("up to 5/10 is acceptable; the limit in force here is 4/10");
            assertThat(r.advice()).contains("at or below 4 out of 10");
        });
    }

    @Test
    void aNoteWrittenOutInARestrictionLoadsWithAWarningThatNoOneReviewsOrTranslatesIt() throws IOException {
        copy();
        replace("core-activation.drl", "Restriction.of(ExerciseCategory.CORE_STRENGTH, Decision.DEFER).note(\"core-that-does-not-switch-on\")",
                "new Restriction(ExerciseCategory.CORE_STRENGTH, Decision.DEFER, ReasonCode.CORE_NOT_ACTIVATED, \"Not yet.\")");

        assertThat(refusals()).isEmpty();
        assertThat(warnings()).filteredOn(p -> p.file().equals("core-activation.drl")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("core-activation.drl", "new Restriction("));
            assertThat(p.message()).contains("writes a text out in new Restriction(...)", "Restriction.of(...).note(\"key\")");
        });
    }

    @Test
    void theOldSixArgumentFormStillLoadsWithAWarningSayingHowToMove() throws IOException {
        copy();
        replace("breathing.drl", "insertLogical(Advice.of(\"breathe-with-the-effort\").because($seen));",
                "insertLogical(new Advice(\"breathe-with-the-effort\", ReasonCode.IMPROPER_BREATHING, Severity.WARNING, 3,\n"
                        + "        \"Breathe out through the effort.\", \"holds the breath during \" + $seen.during().inWords()));");

        assertThat(refusals()).isEmpty();
        assertThat(warnings()).filteredOn(p -> p.file().equals("breathing.drl")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("breathing.drl", "new Advice("));
            assertThat(p.message()).contains("old six-argument form", "Advice.of(\"breathe-with-the-effort\").because($fact)");
        });
        assertThat(KnowledgeBase.fromDirectory(rules).assess(BREATH_HELD).recommendation("breathe-with-the-effort"))
                .hasValueSatisfying(r -> {
                    assertThat(r.advice()).isEqualTo("Breathe out through the effort.");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a reason no file declares  | ReasonCode.of("NOT_DECLARED") | Breathe out.                | which reason-codes.yaml does not declare
            an escape in the advice    | ReasonCode.IMPROPER_BREATHING | Breathe out.\\033[2J        | holds the character U+001B
            """)
    void whatTheOldFormWritesInTheRuleIsCheckedWhenItIsSaid(String what, String reason, String advice, String message)
            throws IOException {
        copy();
        replace("breathing.drl", "insertLogical(Advice.of(\"breathe-with-the-effort\").because($seen));",
                "insertLogical(new Advice(\"breathe-with-the-effort\", " + reason + ", Severity.WARNING, 3,\n"
                        + "        \"" + advice + "\", \"holds the breath during \" + $seen.during().inWords()));");
        KnowledgeBase kb = KnowledgeBase.builder().rulesDirectory(rules).checkContract(false).build();

        assertThatThrownBy(() -> kb.assess(BREATH_HELD)).isInstanceOf(org.backpainkb.RuleFailedException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theOldFormWithAPriorityOutOfRangeIsRefusedBeforeItRuns() throws IOException {
        copy();
        replace("breathing.drl", "insertLogical(Advice.of(\"breathe-with-the-effort\").because($seen));",
                "insertLogical(new Advice(\"breathe-with-the-effort\", ReasonCode.IMPROPER_BREATHING, Severity.WARNING, 0,"
                        + " \"Breathe out.\", \"holds the breath\"));");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("breathing.drl", "new Advice("));
            assertThat(p.message()).contains("priority 0", "out of range");
        });
    }

    @Test
    void aTextMissingFromATranslationIsSaidInEnglishWithAWarning() throws IOException {
        copy();
        String de = Files.readString(rules.resolve("texts/de.yaml"));
        int start = de.indexOf("\nbreathe-with-the-effort:");
        int end = de.indexOf("\nretrain-diaphragmatic-breathing:");
        Files.writeString(rules.resolve("texts/de.yaml"), de.substring(0, start) + de.substring(end));

        assertThat(refusals()).isEmpty();
        assertThat(warnings()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("texts/de.yaml");
            assertThat(p.message()).contains("advice breathe-with-the-effort is not translated");
        });
        KnowledgeBase german = KnowledgeBase.builder().rulesDirectory(rules).locale(Locale.GERMAN).build();
        assertThat(german.assess(BREATH_HELD).recommendation("breathe-with-the-effort"))
                .hasValueSatisfying(r -> assertThat(r.advice()).startsWith("Don't hold your breath."));
    }

    @Test
    void aClinicianAddsAReasonCodeAndARuleWithoutTouchingJava() throws IOException {
        copy();
        String codes = Files.readString(rules.resolve("reason-codes.yaml"));
        if (!codes.contains("\nDIRECTIONAL_PREFERENCE:")) {    // a clinician may have declared it already
            Files.writeString(rules.resolve("reason-codes.yaml"), codes
                    + "DIRECTIONAL_PREFERENCE:\n  words: directional preference\n"
                    + "  means: One direction of movement eases the back; exercise starts in that direction.\n");
        }
        Files.writeString(rules.resolve("texts/en.yaml"), Files.readString(rules.resolve("texts/en.yaml"))
                + "move-in-the-direction-that-eases:\n"
                + "  advice: \"Start with movements in the direction that eases your back, such as walking.\"\n"
                + "  because: \"pain in the {region} eases with walking\"\n");
        Files.writeString(rules.resolve("walking-eases.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Walking eases the pain: start in that direction"
                    @reason(DIRECTIONAL_PREFERENCE)
                    @severity(INFO)
                    @priority(4)
                    @source("seed-wrong-exercise")
                when
                    $symptom : Symptom(relievedBy contains Activity.WALKING)
                then
                    insertLogical(Advice.of("move-in-the-direction-that-eases").because($symptom));
                end
                """);

        assertThat(refusals()).isEmpty();
        assertThat(warnings()).extracting(RuleProblem::message)
                .contains("advice move-in-the-direction-that-eases is not translated; the English text is used");
        Case eased = Case.builder().symptom(new org.backpainkb.model.Symptom(org.backpainkb.model.Region.LOW_BACK,
                4, List.of(), List.of(org.backpainkb.model.Activity.WALKING), false)).build();
        Assessment a = KnowledgeBase.fromDirectory(rules).assess(eased);

        assertThat(a.reasons()).contains(ReasonCode.of("DIRECTIONAL_PREFERENCE"));
        assertThat(a.recommendation("move-in-the-direction-that-eases")).hasValueSatisfying(r -> {
            assertThat(r.reason().name()).isEqualTo("DIRECTIONAL_PREFERENCE");
            assertThat(r.because()).containsExactly("pain in the low back eases with walking");
        });
        assertThat(org.backpainkb.io.AssessmentWriter.toJson(a)).contains("\"reasons\":[\"DIRECTIONAL_PREFERENCE\"]");
    }
}
