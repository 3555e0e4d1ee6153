package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The characters no text a person reads may hold, and the ones it may. */
class HiddenCharactersTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "001F", "007F", "001B", "0007", "000D", "0085", "009B", "200B", "200E", "202E", "2066", "2028", "2029", "FEFF",
        "FFF9", "FFFB", "E0041", "E007F", "3164", "2800", "034F", "FFA0"})
    void aCharacterAScreenActsOnWithoutShowingItIsHidden(String hex) {
        String text = "See a doctor" + Character.toString(Integer.parseInt(hex, 16)) + " today.";

        assertThat(HiddenCharacters.first(text, true)).isEqualTo(Integer.parseInt(hex, 16));
        assertThat(RuleData.notShowable(text)).hasValueSatisfying(m -> assertThat(m).startsWith("holds the character U+" + hex));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200C", "200D", "00AD", "00E4", "1F600"})
    void joinersTheSoftHyphenAndLettersOfEveryScriptAreShown(String hex) {
        assertThat(HiddenCharacters.first("Gehen" + Character.toString(Integer.parseInt(hex, 16)), false)).isEqualTo(-1);
    }

    @Test
    void theQuickPathOverPlainAsciiFindsWhatTheFullCheckFinds() {
        for (int c = 0; c < 0x100; c++) {
            String text = "Walk " + Character.toString(c) + " daily";
            int expected = HiddenCharacters.isHidden(c) && c != '\n' && c != '\t' ? c : -1;
            assertThat(HiddenCharacters.first(text, true)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "code point {0}")
    @ValueSource(ints = {'\n', '\t'})
    void aLineBreakOrATabIsAllowedInATextOfTheRulesButNotInAName(int codePoint) {
        String c = Character.toString(codePoint);
        assertThat(HiddenCharacters.first("one" + c + "two", true)).isEqualTo(-1);
        assertThat(HiddenCharacters.first("one" + c + "two", false)).isEqualTo(c.codePointAt(0));
    }
}
