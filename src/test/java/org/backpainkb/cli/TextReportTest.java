package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report, for a person at a terminal. */
class TextReportTest {

    @Test
    void aControlCharacterOrADirectionMarkInATextIsShownAsItsCodeNotActedOn() {
        assertThat(TextReport.shown("Rest.\u001B[2J\rALL CLEAR\u202Ekcab")).isEqualTo("Rest.\\u001B[2J\\u000DALL CLEAR\\u202Ekcab");
    }

    @Test
    void anOrdinaryTextIsShownAsItIs() {
        String text = "Gehen Sie täglich 20 Minuten; «Stabilität» kommt später.";

        assertThat(TextReport.shown(text)).isSameAs(text);
    }

    @Test
    void anEmergencyReferralSaysInTheLibrarysOwnWordsToGetCareTodayWhateverTheRulesTextsSay() {
        Run run = CommandLineRuns.run("assess", "examples/red-flag-emergency.yaml");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Referral: EMERGENCY (red flags: SADDLE_NUMBNESS, NIGHT_PAIN)\n"
                + "          Get emergency medical care today. No exercise until a doctor has cleared you.");
    }

    @Test
    void theReferralsMeaningComesInTheReportsLanguage() {
        Run run = CommandLineRuns.run("assess", "--lang", "de", "examples/red-flag-emergency.yaml");

        assertThat(run.out()).contains("Suchen Sie noch heute eine Notaufnahme auf.");
    }

    @Test
    void noReferralAddsNoLineToTheReport() {
        Run run = CommandLineRuns.run("assess", "examples/all-clear.yaml");

        assertThat(run.out()).contains("Referral: NONE\nReasons:");
    }

    @Test
    void aDoseBesideADeferredCategoryIsExplainedAsNoProgressionNotCarryOn(@TempDir Path dir) throws IOException {
        Path deferred = Files.writeString(dir.resolve("deferred.yaml"), """
                asOf: 2026-11-20
                mobility: [{ movement: ROTATION, status: RESTRICTED }]
                core: { canActivateOnCue: true, activatesDuringExercise: true }
                sessions:
                  - { date: 2026-11-20, exercise: Bird dog, category: STABILITY, painBefore: 2, painDuring: 2, painNextMorning: 2 }
                """);

        Run run = CommandLineRuns.run("assess", deferred.toString());

        assertThat(run.out()).containsPattern("STABILITY +DEFER +- +KEEP")
                .contains("A dose beside DEFER or STOP is for when that work is cleared again: KEEP there means no");
    }

    @Test
    void eachDoseShownIsSaidInWordsOnceUnderTheClearancesAndNoOtherIs() {
        Run run = CommandLineRuns.run("assess", "examples/walking-hurts-week-4.yaml");

        assertThat(run.out()).containsPattern("AEROBIC +ALLOW +- +INCREASE").containsPattern("MOBILITY +ALLOW +- +KEEP")
                .contains("  INCREASE: ready to progress: add a little", "  KEEP: keep the dose as it is for now.")
                .doesNotContain("REDUCE: lower the dose");
    }

    @Test
    void aReportWithNoDoseBesideADeferredOrStoppedCategoryHasNoNoteOnIt() {
        Run run = CommandLineRuns.run("assess", "examples/all-clear.yaml");

        assertThat(run.out()).doesNotContain("A dose beside DEFER or STOP");
    }

    @Test
    void aCaseWithoutMobilityFindingsOrBreathingSaysTheStageCountsThemAsNormal(@TempDir Path dir) throws Exception {
        Path noExamination = Files.writeString(dir.resolve("no-examination.yaml"), """
                symptoms:
                  - { region: LOW_BACK, intensity: 9, aggravatedBy: [BENDING_FORWARD] }
                core: { canActivateOnCue: true, activatesDuringExercise: true }
                """);

        assertThat(CommandLineRuns.run("assess", noExamination.toString()).out().replaceAll("\\s+", " "))
                .contains("Stage: STABILITY_AND_STRENGTH")
                .contains("Not given: mobility (no finding, so no movement counts as restricted); breathing (no"
                        + " observation, so none counts as held or out of sync).");
        assertThat(CommandLineRuns.run("assess", "examples/all-clear.yaml").out()).doesNotContain("Not given");
    }

    @Test
    void aCaseWithoutTheCoreSaysTheStageCountsItAsNotSwitchingOn(@TempDir Path dir) throws Exception {
        Path noCore = Files.writeString(dir.resolve("no-core.yaml"), """
                mobility:
                  - { movement: FLEXION, status: FULL }
                breathing:
                  - { pattern: DIAPHRAGMATIC, during: EXERCISE }
                """);

        assertThat(CommandLineRuns.run("assess", noCore.toString()).out().replaceAll("\\s+", " "))
                .contains("Stage: MOTOR_CONTROL")
                .contains("Not given: core activation (not assessed, so the core counts as not switching on: the stage"
                        + " goes no further than motor control until it is).");
    }

    @Test
    void aClinicsLongReasonCodeKeepsTheNotesOfTheClearancesInOneColumn(@TempDir Path dir) throws Exception {
        Path rules = org.backpainkb.authoring.RuleFixtures.withClinicRule(dir.resolve("rules"),
                "Long-term steroids: lighter loads until bone health is checked", "red-flags",
                "ReportedRedFlag(flag == RedFlag.PROLONGED_STEROID_USE)",
                "insertLogical(Restriction.of(ExerciseCategory.STRENGTH, Decision.MODIFY).note(\"lighten-the-load-and-fix-form\"));");
        Files.writeString(rules.resolve("clinic.drl"), Files.readString(rules.resolve("clinic.drl"))
                .replace("@reason(WRONG_EXERCISE)", "@reason(BONE_HEALTH_NOT_CHECKED_YET)"));
        Files.writeString(rules.resolve("reason-codes.yaml"), Files.readString(rules.resolve("reason-codes.yaml"))
                + "BONE_HEALTH_NOT_CHECKED_YET:\n  words: bone health not checked yet\n  means: A fracture risk is not ruled out.\n");
        Path steroids = Files.writeString(dir.resolve("steroids.yaml"), "redFlags: [PROLONGED_STEROID_USE]\n"
                + "mobility: [{ movement: FLEXION, status: FULL }]\nbreathing: [{ pattern: DIAPHRAGMATIC, during: EXERCISE }]\n"
                + "core: { canActivateOnCue: true, activatesDuringExercise: true }\n");

        Run run = CommandLineRuns.run("assess", "--rules", rules.toString(), steroids.toString());

        assertThat(run.status()).as(run.err()).isZero();
        String strength = run.lines().stream().filter(l -> l.startsWith("  STRENGTH ")).findFirst().orElseThrow();
        String walking = run.lines().stream().filter(l -> l.startsWith("  WALKING ")).findFirst().orElseThrow();
        assertThat(strength).contains("BONE_HEALTH_NOT_CHECKED_YET  -");
        assertThat(strength.indexOf("Lift less")).isEqualTo(walking.indexOf("Cleared"));
    }
}
