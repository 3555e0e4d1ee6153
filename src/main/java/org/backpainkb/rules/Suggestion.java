package org.backpainkb.rules;

/**
 * An exercise of the library suggested now, and why. Suggestions of one exercise from several rules
 * become one, with every reason; one in a category whose final clearance is DEFER or STOP is dropped.
 *
 * @param exerciseId the library exercise's id
 * @param why why it is suggested, in plain words
 */
public record Suggestion(String exerciseId, String why) {
}
