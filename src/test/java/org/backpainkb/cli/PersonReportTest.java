package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report for the person it is about: the advice and the exercises in words, nothing for the clinician only. */
class PersonReportTest {

    @Test
    void itSaysWhatToWorkOnTheAdviceWithItsGroundsEachKindOfExerciseAndTheExercisesInWords() {
        Run run = CommandLineRuns.run("assess", "--format", "person", "examples/walking-hurts-week-2.yaml");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Your back: what to do now\n\nWhat to work on now: mobility.\n")
                .contains("\n\nWhat to do\n")
                .contains("  - That exercise hurt more than it should.")
                .contains("    This is because: Stationary cycling on 9 November 2026: pain 6/10 during, above 5/10")
                .containsPattern("  Aerobic +Keep the dose low: pain during it at or below 5/10\\.\\n +Dose: lower the dose")
                .containsPattern("  Stability +Not yet: get your back moving fully first\\.")
                .contains("Exercises to do now\n  These are options, not a programme to do all of:")
                .contains("\n  - Elliptical cross-trainer\n");
    }

    @Test
    void itNamesNoCodeRuleSourceOrScoreThatIsTheClinicians() {
        String out = CommandLineRuns.run("assess", "--format", "person", "examples/walking-hurts-week-2.yaml").out();

        assertThat(out).doesNotContain("Stage:", "Referral:", "Reasons:", "Risk:", "WRONG_EXERCISE", "PAIN_RESPONSE",
                "MODIFY", "REDUCE", "rule:", "source:", "[cross-trainer", "hash");
    }

    @Test
    void aReferralComesFirstInTheLibrarysOwnWordsAndNoExerciseIsSuggestedUnderIt() {
        String out = CommandLineRuns.run("assess", "--format", "person", "examples/red-flag-emergency.yaml").out();

        // what to work on later, and what was not checked, would be noise beside a referral for today
        assertThat(out).startsWith("Your back: what to do now\n\nGet emergency medical care today. No exercise until a"
                + " doctor has cleared you.\n")
                .contains("  Walking        Stop until a doctor has seen you.")
                .doesNotContain("Exercises to do now", "What to work on", "not checked yet", "Not checked yet");
    }

    @Test
    void itComesInTheLanguageOfTheRulesTexts() {
        String out = CommandLineRuns.run("assess", "--lang", "de", "--format", "person", "examples/stability-too-early.yaml")
                .out();

        assertThat(out).startsWith("Ihr Rücken: was jetzt zu tun ist\n\nJetzt an der Reihe: Beweglichkeit.")
                .contains("Jede Übungsart\n  Gehen ").contains("Übungen für jetzt\n");
    }

    @Test
    void twoCasesAreTwoReportsWithABlankLineBetween() {
        String out = CommandLineRuns.run("assess", "--format", "person", "examples/all-clear.yaml",
                "examples/stability-too-early.yaml").out();

        assertThat(out.split("Your back: what to do now", -1)).hasSize(3);
        assertThat(out).contains("\n\nYour back: what to do now\n");
    }

    @Test
    void everyReportEndsWithTheSignsToGetHelpForAtOnceWhateverTheRulesSaid() {
        String out = CommandLineRuns.run("assess", "--format", "person", "examples/all-clear.yaml").out();

        assertThat(out).contains("When to get help at once\n  Get emergency medical care at once if you notice");
        assertThat(out.replaceAll("\\s+", " ").strip()).endsWith("numbness around your bottom or genitals, new trouble"
                + " passing urine or controlling your bladder or bowels, or weakness in both legs, or weakness in one leg"
                + " that is getting worse.");
    }

    @Test
    void whatWasNeverCheckedIsSaidToThePersonWithWhomToAsk(@TempDir Path dir) throws Exception {
        Path noExamination = Files.writeString(dir.resolve("no-examination.yaml"), """
                symptoms:
                  - { region: LOW_BACK, intensity: 9 }
                breathing:
                  - { pattern: DIAPHRAGMATIC, during: EXERCISE }
                """);

        assertThat(CommandLineRuns.run("assess", "--format", "person", noExamination.toString()).out()
                .replaceAll("\\s+", " ")).contains("Taken as normal, as not checked yet: how far your back moves. Ask your"
                + " physiotherapist to check.")
                // a core not assessed counts the other way: as not switching on
                .contains("Not checked yet: whether your core switches on when it counts. Until it is checked, your"
                        + " exercises go no further than motor control.");
    }
}
