package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DrlBlankingTest {

    @Test
    void lineCommentsAreBlankedToTheEndOfTheirLine() {
        assertThat(DrlBlanking.blank("a // b\nc", true)).isEqualTo("a     \nc");
    }

    @Test
    void aLineCommentKeepsTheCarriageReturnOfItsLineBreak() {
        assertThat(DrlBlanking.blank("a // b\r\nc", false)).isEqualTo("a     \r\nc");
    }

    @Test
    void blockCommentsAreBlankedOverLinesKeepingTheLineBreaks() {
        assertThat(DrlBlanking.blank("a /* b\nc */ d", true)).isEqualTo("a     \n     d");
    }

    @Test
    void anUnclosedBlockCommentRunsToTheEnd() {
        assertThat(DrlBlanking.blank("a /* b\nc", false)).isEqualTo("a     \n ");
    }

    @Test
    void aSlashThatStartsNoCommentIsCode() {
        assertThat(DrlBlanking.blank("a / b", true)).isEqualTo("a / b");
    }

    @Test
    void stringContentsAreBlankedOnlyWhenAsked() {
        assertThat(DrlBlanking.blank("x(\"a // b\", 'c')", true)).isEqualTo("x(\"      \", ' ')");
        assertThat(DrlBlanking.blank("x(\"a // b\", 'c')", false)).isEqualTo("x(\"a // b\", 'c')");
    }

    @Test
    void anEscapedQuoteDoesNotEndAString() {
        assertThat(DrlBlanking.blank("\"a\\\"b\" c", true)).isEqualTo("\"    \" c");
    }

    @Test
    void anUnclosedStringEndsAtTheEndOfItsLine() {
        assertThat(DrlBlanking.blank("\"a\nb // c", true)).isEqualTo("\" \nb     ");
    }

    @Test
    void codeAfterTheClosingQuotesOfATextBlockIsCode() {
        assertThat(DrlBlanking.blank("\"\"\"a\nb\"\"\" c // d", true)).isEqualTo("\"\"\" \n \"\"\" c     ");
        assertThat(DrlBlanking.blank("\"\"\"a\nb\"\"\" c", false)).isEqualTo("\"\"\"a\nb\"\"\" c");
    }

    @Property
    void blankingKeepsEveryLineBreakInPlaceAndChangesCharactersOnlyToSpaces(
            @ForAll @StringLength(max = 40) @Chars({'/', '*', '"', '\'', '\\', '\n', '\r', ' '})
            @CharRange(from = 'a', to = 'c') String text) {
        for (boolean strings : new boolean[] {true, false}) {
            String blanked = DrlBlanking.blank(text, strings);
            assertThat(blanked).hasSameSizeAs(text);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    assertThat(blanked.charAt(i)).isEqualTo('\n');
                } else {
                    assertThat(blanked.charAt(i)).isIn(text.charAt(i), ' ');
                }
            }
            assertThat(DrlText.lines(blanked)).hasSameSizeAs(DrlText.lines(text));
        }
    }
}
