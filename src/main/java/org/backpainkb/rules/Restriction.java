package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;

/**
 * A limit a rule puts on one exercise category. A category's clearance is the most restrictive
 * of its restrictions (ALLOW when there are none), whatever order the rules fired in.
 *
 * @param category the category limited
 * @param decision MODIFY, DEFER or STOP
 * @param reason the reason code behind it, or null for a limit that is simply the stage's order
 * @param note what it means for the person, in plain words
 */
public record Restriction(ExerciseCategory category, Decision decision, ReasonCode reason, String note) {

    /**
     * Refuses a restriction without a category, decision or note.
     *
     * @param category the category limited
     * @param decision MODIFY, DEFER or STOP
     * @param reason the reason code behind it, or null for a limit that is simply the stage's order
     * @param note what it means for the person, in plain words
     */
    public Restriction {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(note, "note");
    }
}
