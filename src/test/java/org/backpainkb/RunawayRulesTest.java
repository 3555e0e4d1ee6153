package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.backpainkb.model.Case;
import org.junit.jupiter.api.Test;

/** Rules that keep triggering each other end at the firing limit with an error naming them. */
class RunawayRulesTest {

    private static final Path LOOPING_RULES = fixture("/runaway-rules");

    @Test
    void rulesThatUndoEachOtherEndAtTheFiringLimitWithAnErrorNamingThem() {
        KnowledgeBase kb = KnowledgeBase.builder().rulesDirectory(LOOPING_RULES).firingLimit(500).build();

        assertThatThrownBy(() -> kb.assess(Case.builder().build()))
                .isInstanceOfSatisfying(RunawayRulesException.class, e -> {
                    assertThat(e.rules().subList(0, 2))
                            .containsExactlyInAnyOrder("Hit the ball to the left", "Hit the ball to the right");
                    assertThat(e.getMessage()).contains("500 times", "Hit the ball to the left",
                            "Hit the ball to the right");
                });
    }

    @Test
    void theFiringLimitIsTheOneTheBuilderWasGiven() {
        KnowledgeBase kb = KnowledgeBase.builder().rulesDirectory(LOOPING_RULES).firingLimit(37).build();

        assertThat(kb.firingLimit()).isEqualTo(37);
        assertThatThrownBy(() -> kb.assess(Case.builder().build()))
                .isInstanceOf(RunawayRulesException.class)
                .hasMessageStartingWith("the rules fired 37 times without settling");
    }

    @Test
    void aKnowledgeBaseWithNoFiringLimitGivenUsesTheDefault() {
        assertThat(SharedKnowledgeBase.BUNDLED.firingLimit()).isEqualTo(KnowledgeBase.DEFAULT_FIRING_LIMIT);
    }

    @Test
    void aFiringLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> KnowledgeBase.builder().firingLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firingLimit: must be 1 or more, was 0");
    }

    private static Path fixture(String name) {
        try {
            return Path.of(RunawayRulesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
