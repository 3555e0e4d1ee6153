package org.backpainkb.rules;

import java.util.Objects;
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

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LatestSessions other
                && Objects.equals(category, other.category)
                && counted == other.counted
                && highestPainDuring == other.highestPainDuring
                && worseNextMorning == other.worseNextMorning;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Integer.hashCode(counted);
        h = 31 * h + Integer.hashCode(highestPainDuring);
        h = 31 * h + Boolean.hashCode(worseNextMorning);
        return h;
    }
}
