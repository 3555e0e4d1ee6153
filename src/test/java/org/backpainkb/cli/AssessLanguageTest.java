package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessLanguageTest {

    @TempDir
    Path temp;

    @Test
    void langPicksTheLanguageOfTheAdviceAndNotes() {
        Run run = CommandLineRuns.run("assess", "--lang", "de", "examples/walking-hurts.yaml");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Gehen ist nicht schlecht für Ihren Rücken")
                .contains("Schmerzen im unteren Rücken werden beim Gehen schlimmer");
    }

    @Test
    void aLanguageTheRulesHaveNoTextsInIsRefusedNamingThoseThereAre() {
        Run run = CommandLineRuns.run("assess", "--lang", "fr", "examples/walking-hurts.yaml");

        assertThat(run.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--lang fr: no texts in 'fr'", "de, en");
    }

    @Test
    void theReportsOwnWordsAndTheSuggestedExercisesComeInTheLanguageAskedFor() {
        Run run = CommandLineRuns.run("assess", "--lang", "de", "examples/walking-hurts.yaml");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Phase:    STABILITY_AND_STRENGTH (jetzt an der Reihe: Stabilität und Kraft)",
                        "Empfehlungen", "- Befund: Schmerzen im unteren Rücken", "Vorgeschlagene Übungen",
                        "  - Crosstrainer [cross-trainer, AEROBIC, NEUTRAL]",
                        "      Menge: 10 bis 20 Minuten in leichtem Tempo, 3-mal pro Woche",
                        "      So geht's: Die Griffe halten, einen gleichmäßigen Rhythmus halten")
                .doesNotContain("Suggested exercises", "Stage:", "amount:");
    }

    @Test
    void anEnglishReportShowsEachSuggestedExercisesCues() {
        Run run = CommandLineRuns.run("assess", "examples/walking-hurts.yaml");

        assertThat(run.out()).contains("      how: Hold the handles, keep a smooth rhythm; lean a little on the handles");
    }

    @Test
    void aLanguageTheReportHasNoWordsForKeepsItsLabelsInEnglish() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        Files.copy(rules.resolve("texts/de.yaml"), rules.resolve("texts/fr.yaml"));

        Run run = CommandLineRuns.run("assess", "--rules", rules.toString(), "--lang", "fr", "examples/walking-hurts.yaml");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Stage:    STABILITY_AND_STRENGTH", "Suggested exercises", "amount: ")
                .contains("Crosstrainer");
    }

    @Test
    void ofTwoEquallyStrictNotesTheReportShowsTheSameRulesInEveryLanguage() {
        Run english = CommandLineRuns.run("assess", "examples/walking-hurts-week-2.yaml");
        Run german = CommandLineRuns.run("assess", "--lang", "de", "examples/walking-hurts-week-2.yaml");

        // pain during and the next morning both lower the aerobic dose; the pain-during rule's name comes first
        assertThat(english.out()).containsPattern("AEROBIC +MODIFY +PAIN_RESPONSE +REDUCE +Keep the dose low: pain during it");
        assertThat(german.out()).containsPattern("AEROBIC +MODIFY +PAIN_RESPONSE +REDUCE +Halten Sie die Dosis niedrig: der Schmerz"
                + " beim Üben");
    }

    @Test
    void aDateInATextIsWrittenAsTheLanguageWritesIt() {
        assertThat(CommandLineRuns.run("assess", "--lang", "de", "examples/walking-hurts-week-2.yaml").out())
                .contains("Stationary cycling am 9. November 2026:");
        assertThat(CommandLineRuns.run("assess", "examples/walking-hurts-week-2.yaml").out())
                .contains("Stationary cycling on 9 November 2026:");
    }
}
