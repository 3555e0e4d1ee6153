package org.backpainkb.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days whose sessions count (contract statement 14): from the case's date minus
 * {@code painLogWindowDays} up to the case's date, both ends included. Computed from the case and
 * the thresholds before the rules run, so a rule matches counted sessions with
 * {@code ExerciseSession($window.includes(date))}.
 *
 * @param from the first day counted
 * @param to the last day counted: the case's date
 */
public record PainLogWindow(LocalDate from, LocalDate to) {

    /**
     * Whether a session on a day counts.
     *
     * @param date the session's date
     * @return true when {@code from <= date <= to}
     */
    public boolean includes(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PainLogWindow other
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(from);
        h = 31 * h + Objects.hashCode(to);
        return h;
    }
}
