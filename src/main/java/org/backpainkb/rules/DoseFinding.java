package org.backpainkb.rules;

import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;

/**
 * What the pain log says of one category's dose. A category's dose is settled after every rule,
 * with its final clearance: REDUCE beats KEEP beats INCREASE, and INCREASE needs the clearance ALLOW.
 *
 * @param category the category
 * @param dose REDUCE, KEEP (a counted session) or INCREASE (ready to progress)
 */
public record DoseFinding(ExerciseCategory category, Dose dose) {
}
