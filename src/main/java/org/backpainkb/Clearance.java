package org.backpainkb;

import org.backpainkb.model.Decision;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;

/**
 * Whether one exercise category is cleared: the most restrictive of what the rules concluded.
 *
 * @param category the exercise category
 * @param decision ALLOW, MODIFY, DEFER or STOP
 * @param reason the reason code behind the decision, or null (always null for ALLOW)
 * @param note what it means for the person
 * @param dose what the pain log says of the dose (contract statement 14), or null when no counted
 *        session is in this category; in a DEFER or STOP category KEEP means no progression
 */
public record Clearance(ExerciseCategory category, Decision decision, ReasonCode reason, String note, Dose dose) {

    /**
     * A clearance with no counted session in its category.
     *
     * @param category the exercise category
     * @param decision ALLOW, MODIFY, DEFER or STOP
     * @param reason the reason code behind the decision, or null (always null for ALLOW)
     * @param note what it means for the person
     */
    public Clearance(ExerciseCategory category, Decision decision, ReasonCode reason, String note) {
        this(category, decision, reason, note, null);
    }
}
