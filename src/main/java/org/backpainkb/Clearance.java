package org.backpainkb;

import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;

/**
 * Whether one exercise category is cleared: the most restrictive of what the rules concluded.
 *
 * @param category the exercise category
 * @param decision ALLOW, MODIFY, DEFER or STOP
 * @param reason the reason code behind the decision, or null (always null for ALLOW)
 * @param note what it means for the person
 */
public record Clearance(ExerciseCategory category, Decision decision, ReasonCode reason, String note) {
}
