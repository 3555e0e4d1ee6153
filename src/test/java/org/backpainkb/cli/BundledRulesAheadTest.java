package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.backpainkb.KnowledgeBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BundledRulesAheadTest {

    @AfterEach
    void nothingIsLeftLoadingForTheNextTest() {
        BundledRulesAhead.take(Locale.ENGLISH);
    }

    @Test
    void anAssessThatNamesNoRulesGetsTheBundledRulesLoadedAheadOnce() {
        BundledRulesAhead.startIfAssessing("assess", "--format", "json", "case.yaml");

        KnowledgeBase ahead = BundledRulesAhead.take(Locale.ENGLISH);

        assertThat(ahead).isNotNull();
        assertThat(ahead.id()).isEqualTo(KnowledgeBase.bundled().id());
        assertThat(BundledRulesAhead.take(Locale.ENGLISH)).isNull();
    }

    @Test
    void aRulesDirectoryALanguageOrAnotherCommandLoadsNothingAhead() {
        BundledRulesAhead.startIfAssessing("assess", "--rules", "my-rules", "case.yaml");
        assertThat(BundledRulesAhead.take(Locale.ENGLISH)).isNull();
        BundledRulesAhead.startIfAssessing("assess", "--rules=my-rules", "case.yaml");
        assertThat(BundledRulesAhead.take(Locale.ENGLISH)).isNull();
        BundledRulesAhead.startIfAssessing("assess", "--lang", "de", "case.yaml");
        assertThat(BundledRulesAhead.take(Locale.ENGLISH)).isNull();
        BundledRulesAhead.startIfAssessing("validate");
        assertThat(BundledRulesAhead.take(Locale.ENGLISH)).isNull();
        BundledRulesAhead.startIfAssessing();
        assertThat(BundledRulesAhead.take(Locale.ENGLISH)).isNull();
    }

    @Test
    void rulesLoadedAheadInEnglishAreNotHandedToACommandThatAsksForAnotherLanguage() {
        BundledRulesAhead.startIfAssessing("assess", "case.yaml");

        assertThat(BundledRulesAhead.take(Locale.GERMAN)).isNull();
    }
}
