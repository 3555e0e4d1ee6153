package org.backpainkb.rules;

import org.backpainkb.model.ExerciseCategory;

/**
 * A summary of one category's counted sessions, computed before the rules run: how many count,
 * and how the latest {@code progressAfterSessions} of them went (by date; every session on the
 * last of those dates is included, so ties never hide a painful session).
 *
 * @param category the category
 * @param counted how many of its sessions count
 * @param highestPainDuring the highest pain during among the latest sessions
 * @param worseNextMorning whether any of the latest sessions had next-morning pain above the pain before
 */
public record LatestSessions(ExerciseCategory category, int counted, int highestPainDuring, boolean worseNextMorning) {
}
