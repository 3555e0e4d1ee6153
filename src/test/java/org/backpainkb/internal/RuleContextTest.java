package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a then block asks of its rule: outside a consequence, a refusal that names the call. */
class RuleContextTest {

    @Test
    void aNoteOutsideARuleIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> RuleContext.note("cleared"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("note(\"cleared\") is for a rule's then block: the texts and metadata come from the rule"
                        + " that runs it");
    }

    @Test
    void adviceOutsideARuleIsRefusedNamingItsId() {
        assertThatThrownBy(() -> RuleContext.advice("see-a-doctor-promptly"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Advice.of(\"see-a-doctor-promptly\") is for a rule's then block");
    }

    @Test
    void aReasonOutsideARuleIsRefused() {
        assertThatThrownBy(RuleContext::reason)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("a conclusion with a note is for a rule's then block");
    }

    @Test
    void aNoteOnceItsRuleHasFiredIsRefused() {
        RuleContext.enter("Walking makes the pain worse", Map.of(), null);
        RuleContext.leave();

        assertThatThrownBy(() -> RuleContext.note("cleared"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("note(\"cleared\") is for a rule's then block");
        RuleContext.release();
    }
}
