package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;

class AssessLanguageTest {

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
}
