package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A text of the texts files, worded with the values a rule matched. */
class TextTemplateTest {

    /** Values by name; a name mapped to null is given without a value. */
    private static TextTemplate.Values values(Map<String, Object> given) {
        return new TextTemplate.Values() {
            @Override
            public boolean names(String name) {
                return given.containsKey(name);
            }

            @Override
            public Object valueOf(String name) {
                return given.get(name);
            }
        };
    }

    @Test
    void aTextThatNamesNothingIsTheSameStringEveryTime() {
        TextTemplate template = TextTemplate.parse("Stop until a doctor has seen you.");

        String once = template.render(values(Map.of()), String::valueOf);

        assertThat(once).isEqualTo("Stop until a doctor has seen you.")
                .isSameAs(template.render(values(Map.of()), String::valueOf));
    }

    @Test
    void placeholdersAreFilledWithTheirValuesInWords() {
        TextTemplate template = TextTemplate.parse("{name} hurt at {pain}/10.");

        assertThat(template.render(values(Map.of("name", "Deadlift", "pain", 7)), v -> "«" + v + "»"))
                .isEqualTo("«Deadlift» hurt at «7»/10.");
    }

    @Test
    void anOptionalPartIsLeftOutWhenAPlaceholderInItHasNoValue() {
        TextTemplate template = TextTemplate.parse("Restricted[ to {percent}%].");
        Map<String, Object> without = new HashMap<>();
        without.put("percent", null);

        assertThat(template.render(values(without), String::valueOf)).isEqualTo("Restricted.");
        assertThat(template.render(values(Map.of("percent", 40)), String::valueOf)).isEqualTo("Restricted to 40%.");
    }

    @Test
    void aPlaceholderThatNamesNothingFailsNamingIt() {
        TextTemplate template = TextTemplate.parse("Hold for {seconds} seconds.");

        assertThatThrownBy(() -> template.render(values(Map.of()), String::valueOf))
                .hasMessageContaining("names {seconds}, which is neither a field of a matched fact nor a threshold");
    }
}
