package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
