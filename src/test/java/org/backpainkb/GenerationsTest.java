package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenerationsTest {

    @Test
    void holdingTheRulesAfterTheLastGenerationWasRetiredIsRefusedInsteadOfWaitingForASuccessor() {
        Generations generations = new Generations(KnowledgeBase.bundled());
        Generations.Generation held = generations.acquire();
        // close() retires the one serving while an assessment that checked "closed" just before is about to hold it
        generations.retireCurrent();

        assertThatThrownBy(generations::acquire).isInstanceOf(IllegalStateException.class)
                .hasMessage("this knowledge base is closed");
        held.release();
        assertThat(generations.disposedCount()).isEqualTo(1);
    }

    @Test
    void holdingTheRulesAfterAReplacementTakesTheNewOne() {
        Generations generations = new Generations(KnowledgeBase.bundled());
        KnowledgeBase next = KnowledgeBase.bundled();
        generations.replace(next);

        Generations.Generation held = generations.acquire();

        assertThat(held.kb).isSameAs(next);
        held.release();
    }
}
