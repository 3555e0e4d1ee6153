package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DrlTextTest {

    @Test
    void linesAreSplitAtEitherKindOfLineBreakKeepingAnEmptyLastLine() {
        assertThat(DrlText.lines("a\r\nb\nc\r")).containsExactly("a", "b", "c\r");
        assertThat(DrlText.lines("a\n")).containsExactly("a", "");
        assertThat(DrlText.lines("")).containsExactly("");
    }

    @Property
    void linesAreTheLinesOfTheTextWithoutTheirBreaks(
            @ForAll @StringLength(max = 40) @Chars({'\n', '\r', ' '}) @CharRange(from = 'a', to = 'c') String text) {
        assertThat(DrlText.lines(text)).containsExactly(text.split("\r?\n", -1));
    }
}
