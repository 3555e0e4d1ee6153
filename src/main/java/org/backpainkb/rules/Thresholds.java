package org.backpainkb.rules;

/**
 * Thresholds that clinicians set differently, given to the rules as a fact rather than written
 * into them. The defaults follow the pain-monitoring model: pain during exercise up to 5/10 is
 * acceptable, and pain the next morning should be no worse than before.
 *
 * @param maxPainDuring the highest acceptable pain during exercise, 0..10; above it the dose is wrong
 * @param maxNextMorningRise how many points next-morning pain may exceed the pain before, 0..10
 * @param highRepetitionsPerWeek repetitions a week from which a form fault counts as frequent, 1 or more
 */
public record Thresholds(int maxPainDuring, int maxNextMorningRise, int highRepetitionsPerWeek) {

    /** The defaults: pain during at most 5/10, no rise the next morning, 50 repetitions a week. */
    public static final Thresholds DEFAULTS = new Thresholds(5, 0, 50);

    /**
     * Checks each threshold's range.
     *
     * @param maxPainDuring the highest acceptable pain during exercise, 0..10; above it the dose is wrong
     * @param maxNextMorningRise how many points next-morning pain may exceed the pain before, 0..10
     * @param highRepetitionsPerWeek repetitions a week from which a form fault counts as frequent, 1 or more
     */
    public Thresholds {
        requireRange(maxPainDuring, 0, 10, "maxPainDuring");
        requireRange(maxNextMorningRise, 0, 10, "maxNextMorningRise");
        requireRange(highRepetitionsPerWeek, 1, Integer.MAX_VALUE, "highRepetitionsPerWeek");
    }

    private static void requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + value + " is out of range " + min + ".."
                    + (max == Integer.MAX_VALUE ? "" : max));
        }
    }
}
