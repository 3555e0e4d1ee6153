package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ReasonCode;

/**
 * A limit a rule puts on every exercise category at once: one conclusion, the same as a
 * {@link Restriction} of each category with this decision, reason and note.
 *
 * @param decision MODIFY, DEFER or STOP
 * @param reason the reason code behind it
 * @param note what it means for the person, in plain words
 */
public record AllExercise(Decision decision, ReasonCode reason, String note) {

    /**
     * Refuses a limit without a decision, reason or note.
     *
     * @param decision MODIFY, DEFER or STOP
     * @param reason the reason code behind it
     * @param note what it means for the person, in plain words
     */
    public AllExercise {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
    }
}
