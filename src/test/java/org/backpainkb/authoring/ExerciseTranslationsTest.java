package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exercise library's texts in a translation file ({@code texts/de.yaml}, under {@code exercises:}). */
class ExerciseTranslationsTest {

    /** Walking hurts: aerobic exercise is suggested instead, the cross-trainer among it. */
    private static final Case WALKING_HURTS = Case.builder()
            .symptom(new Symptom(Region.LOW_BACK, 4, List.of(Activity.WALKING), List.of(), false)).build();

    @TempDir
    Path temp;

    private Path rules;

    private void copy() {
        rules = RuleFixtures.copyOfProjectRules(temp);
    }

    private void replace(String from, String to) throws IOException {
        Path de = rules.resolve("texts/de.yaml");
        String text = Files.readString(de);
        assertThat(text).contains(from);
        Files.writeString(de, text.replace(from, to));
    }

    private List<RuleProblem> refusals() {
        return RulesValidator.validate(rules).stream().filter(RuleProblem::blocking).toList();
    }

    private List<RuleProblem> warnings() {
        return RulesValidator.validate(rules).stream().filter(p -> !p.blocking()).toList();
    }

    private static SuggestedExercise crossTrainer(KnowledgeBase kb) {
        Assessment a = kb.assess(WALKING_HURTS);
        return a.suggestedExercises().stream().filter(e -> e.id().equals("cross-trainer")).findFirst().orElseThrow();
    }

    @Test
    void aGermanKnowledgeBaseSuggestsExercisesWithTheirGermanNameAmountAndCues() {
        KnowledgeBase german = KnowledgeBase.builder().locale(Locale.GERMAN).build();

        SuggestedExercise e = crossTrainer(german);

        assertThat(e.name()).isEqualTo("Crosstrainer");
        assertThat(e.amount()).isEqualTo("10 bis 20 Minuten in leichtem Tempo, 3-mal pro Woche");
        assertThat(e.cues()).startsWith("Die Griffe halten, einen gleichmäßigen Rhythmus halten");
    }

    @Test
    void anEnglishKnowledgeBaseGivesEachSuggestionTheCuesOfTheLibrary() {
        SuggestedExercise e = crossTrainer(KnowledgeBase.bundled());

        assertThat(e.name()).isEqualTo("Elliptical cross-trainer");
        assertThat(e.cues()).isEqualTo("Hold the handles, keep a smooth rhythm; lean a little on the handles if standing upright brings the pain on.");
    }

    @Test
    void theBundledRulesTranslateEveryExerciseIntoGerman() {
        copy();

        assertThat(warnings()).isEmpty();
    }

    @Test
    void aTextLeftOutOfATranslationIsSaidInEnglishWithAWarning() throws IOException {
        copy();
        replace("    cues: \"Die Griffe halten, einen gleichmäßigen Rhythmus halten; sich leicht auf die Griffe stützen, wenn aufrechtes Stehen den Schmerz auslöst.\"\n", "");

        assertThat(refusals()).isEmpty();
        assertThat(warnings()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("texts/de.yaml");
            assertThat(p.message()).isEqualTo("exercise cross-trainer: cues not translated; the English text is used");
        });
        SuggestedExercise e = crossTrainer(KnowledgeBase.builder().rulesDirectory(rules).locale(Locale.GERMAN).build());
        assertThat(e.name()).isEqualTo("Crosstrainer");
        assertThat(e.cues()).isEqualTo("Hold the handles, keep a smooth rhythm; lean a little on the handles if standing upright brings the pain on.");
    }

    @Test
    void aTranslationWithoutExercisesGetsOneWarningNotOnePerExercise() throws IOException {
        copy();
        String de = Files.readString(rules.resolve("texts/de.yaml"));
        Files.writeString(rules.resolve("texts/de.yaml"), de.substring(0, de.indexOf("\nexercises:\n")));

        assertThat(warnings()).singleElement().extracting(RuleProblem::message).asString()
                .startsWith("the exercise library is not translated: the names, amounts and cues of its")
                .endsWith("exercises are said in English (give them under `exercises:`, by id)");
    }

    @Test
    void aTranslationThatCannotBeReadIsNotAlsoSaidToLackItsExercises() throws IOException {
        copy();
        Path de = rules.resolve("texts/de.yaml");
        Files.writeString(de, Files.readString(de) + "exercises:\n  bird-dog:\n    name: \"Vogel-Hund\"\n");

        assertThat(warnings()).noneSatisfy(p -> assertThat(p.message()).contains("not translated"));
        assertThat(refusals()).isNotEmpty();
    }

    @Test
    void anIdTheLibraryDoesNotHaveIsRefusedWithTheClosestOne() throws IOException {
        copy();
        replace("  cross-trainer:\n", "  cross-trainr:\n");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("texts/de.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isEqualTo("exercises: no exercise 'cross-trainr' in exercises.yaml (did you mean"
                    + " cross-trainer?); a translation gives the texts of the library's exercises, by id");
        });
    }

    @Test
    void aFieldThatIsNotAnExercisesTextIsRefusedWithTheClosestOne() throws IOException {
        copy();
        replace("    cues: \"Die Griffe", "    cue: \"Die Griffe");

        assertThat(refusals()).extracting(RuleProblem::message)
                .contains("exercise cross-trainer: 'cue' is not one of an exercise's texts (did you mean cues?); a"
                        + " translation gives its name, amount and cues");
    }

    @Test
    void anExerciseWithoutTextsOrWithAnEmptyOneIsRefused() throws IOException {
        copy();
        replace("    name: \"Crosstrainer\"", "    name: \"\"");

        assertThat(refusals()).extracting(RuleProblem::message)
                .containsExactly("exercise cross-trainer, name: needs its text after the colon, in quotes");
    }

    @Test
    void theEnglishTextsFileHasNoExercisesSectionSinceTheLibraryHoldsThem() throws IOException {
        copy();
        Path en = rules.resolve("texts/en.yaml");
        Files.writeString(en, Files.readString(en) + "exercises:\n  cross-trainer:\n    name: \"Cross-trainer\"\n");

        assertThat(refusals()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("texts/en.yaml");
            assertThat(p.message()).startsWith("exercises: the English texts of the exercises are in exercises.yaml");
        });
    }

    @Test
    void aControlCharacterInAnExercisesTranslationIsRefused() throws IOException {
        copy();
        replace("    name: \"Crosstrainer\"", "    name: \"Cross\\u001B[2Jtrainer\"");

        assertThat(refusals()).extracting(RuleProblem::message).singleElement().asString()
                .startsWith("exercise cross-trainer, name: holds the character U+001B");
    }

    @Test
    void aCodeIsSaidInTheWordsOfTheKnowledgeBasesLanguage() {
        assertThat(KnowledgeBase.builder().locale(Locale.GERMAN).build().inWords(Stage.STABILITY_AND_STRENGTH))
                .isEqualTo("Stabilität und Kraft");
        assertThat(KnowledgeBase.bundled().inWords(Stage.STABILITY_AND_STRENGTH)).isEqualTo("stability and strength");
    }

    @Test
    void aCodeNamedWithItsTypeIsWordedForThatTypeOnlySinceNoneIsALoadAndAnUrgency() {
        KnowledgeBase german = KnowledgeBase.builder().locale(Locale.GERMAN).build();

        assertThat(german.inWords(org.backpainkb.model.Load.NONE)).isEqualTo("ohne Last");
        assertThat(german.inWords(org.backpainkb.model.Urgency.NONE)).isEqualTo("none");
        assertThat(KnowledgeBase.bundled().inWords(org.backpainkb.model.Load.NONE)).isEqualTo("no load");
    }

    @Test
    void aCodeNamedWithATypeThatHasNoSuchCodeIsRefusedWithTheClosestOne() throws IOException {
        copy();
        replace("Load.NONE: ohne Last", "Lode.NONE: ohne Last");

        assertThat(refusals()).extracting(RuleProblem::message).singleElement().asString()
                .startsWith("Lode.NONE is not a code").contains("(did you mean Load.NONE?)");
    }
}
