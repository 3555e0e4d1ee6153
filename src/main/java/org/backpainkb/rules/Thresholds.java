package org.backpainkb.rules;

/**
 * Thresholds that clinicians set differently, given to the rules as a fact rather than written
 * into them. The defaults follow the pain-monitoring model: pain during exercise up to 5/10 is
 * acceptable, and pain the next morning should be no worse than before.
 *
 * @param maxPainDuring the highest acceptable pain during exercise, 0..10; above it the dose is wrong
 * @param maxNextMorningRise how many points next-morning pain may exceed the pain before, 0..10
 * @param highRepetitionsPerWeek repetitions a week from which a form fault counts as frequent, 1 or more
 * @param painLogWindowDays how many days before the case's date a session still counts, 0..366
 * @param progressAfterSessions how many comfortable counted sessions in a row say a category is ready to progress, 1..100
 * @param comfortablePainDuring the highest pain during a session that counts as comfortable for progressing, 0..10
 * @param fractureRiskAge the age, 0..120, from which long-term steroid use has a fracture of the spine ruled out
 *     before the spine is loaded
 */
public record Thresholds(int maxPainDuring, int maxNextMorningRise, int highRepetitionsPerWeek, int painLogWindowDays,
        int progressAfterSessions, int comfortablePainDuring, int fractureRiskAge) {

    /** The default of {@link #fractureRiskAge()}: the "older age" of the fracture red flag's evidence. */
    private static final int DEFAULT_FRACTURE_RISK_AGE = 70;

    /**
     * The defaults: pain during at most 5/10, no rise the next morning, 50 repetitions a week; a
     * 14-day pain log, progress after 3 sessions with pain during at most 3/10; a fracture ruled out
     * from age 70 with long-term steroids.
     */
    public static final Thresholds DEFAULTS = new Thresholds(5, 0, 50, 14, 3, 3, DEFAULT_FRACTURE_RISK_AGE);

    /**
     * Checks each threshold's range.
     *
     * @param maxPainDuring the highest acceptable pain during exercise, 0..10; above it the dose is wrong
     * @param maxNextMorningRise how many points next-morning pain may exceed the pain before, 0..10
     * @param highRepetitionsPerWeek repetitions a week from which a form fault counts as frequent, 1 or more
     * @param painLogWindowDays how many days before the case's date a session still counts, 0..366
     * @param progressAfterSessions how many comfortable counted sessions say a category is ready to progress, 1..100
     * @param comfortablePainDuring the highest pain during a session that counts as comfortable for progressing, 0..10
     * @param fractureRiskAge the age, 0..120, from which long-term steroid use has a fracture of the spine ruled out
     *     before the spine is loaded
     */
    public Thresholds {
        requireRange(maxPainDuring, 0, 10, "maxPainDuring");
        requireRange(maxNextMorningRise, 0, 10, "maxNextMorningRise");
        requireRange(highRepetitionsPerWeek, 1, Integer.MAX_VALUE, "highRepetitionsPerWeek");
        requireRange(painLogWindowDays, 0, 366, "painLogWindowDays");
        requireRange(progressAfterSessions, 1, 100, "progressAfterSessions");
        requireRange(comfortablePainDuring, 0, 10, "comfortablePainDuring");
        requireRange(fractureRiskAge, 0, 120, "fractureRiskAge");
        if (comfortablePainDuring > maxPainDuring) {
            // as the thresholds file refuses it: such a session would lower the dose and count as comfortable at once
            throw new IllegalArgumentException("comfortablePainDuring: " + comfortablePainDuring + " is above maxPainDuring "
                    + maxPainDuring + ": pain during above maxPainDuring lowers the dose, so it is never comfortable");
        }
    }

    /**
     * Every threshold but the age of fracture risk, which keeps its default (70).
     *
     * @param maxPainDuring the highest acceptable pain during exercise, 0..10; above it the dose is wrong
     * @param maxNextMorningRise how many points next-morning pain may exceed the pain before, 0..10
     * @param highRepetitionsPerWeek repetitions a week from which a form fault counts as frequent, 1 or more
     * @param painLogWindowDays how many days before the case's date a session still counts, 0..366
     * @param progressAfterSessions how many comfortable counted sessions say a category is ready to progress, 1..100
     * @param comfortablePainDuring the highest pain during a session that counts as comfortable for progressing, 0..10
     */
    public Thresholds(int maxPainDuring, int maxNextMorningRise, int highRepetitionsPerWeek, int painLogWindowDays,
            int progressAfterSessions, int comfortablePainDuring) {
        this(maxPainDuring, maxNextMorningRise, highRepetitionsPerWeek, painLogWindowDays, progressAfterSessions,
                comfortablePainDuring, DEFAULT_FRACTURE_RISK_AGE);
    }

    /**
     * The first three thresholds, with the pain log's at their defaults (a comfortable session's pain
     * at most 3/10, or at most {@code maxPainDuring} when that is lower).
     *
     * @param maxPainDuring the highest acceptable pain during exercise, 0..10; above it the dose is wrong
     * @param maxNextMorningRise how many points next-morning pain may exceed the pain before, 0..10
     * @param highRepetitionsPerWeek repetitions a week from which a form fault counts as frequent, 1 or more
     */
    public Thresholds(int maxPainDuring, int maxNextMorningRise, int highRepetitionsPerWeek) {
        this(maxPainDuring, maxNextMorningRise, highRepetitionsPerWeek, 14, 3, Math.min(3, maxPainDuring),
                DEFAULT_FRACTURE_RISK_AGE);
    }

    private static void requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + value + " is out of range " + min + ".."
                    + (max == Integer.MAX_VALUE ? "" : max));
        }
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Thresholds other
                && maxPainDuring == other.maxPainDuring
                && maxNextMorningRise == other.maxNextMorningRise
                && highRepetitionsPerWeek == other.highRepetitionsPerWeek
                && painLogWindowDays == other.painLogWindowDays
                && progressAfterSessions == other.progressAfterSessions
                && comfortablePainDuring == other.comfortablePainDuring
                && fractureRiskAge == other.fractureRiskAge;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Integer.hashCode(maxPainDuring);
        h = 31 * h + Integer.hashCode(maxNextMorningRise);
        h = 31 * h + Integer.hashCode(highRepetitionsPerWeek);
        h = 31 * h + Integer.hashCode(painLogWindowDays);
        h = 31 * h + Integer.hashCode(progressAfterSessions);
        h = 31 * h + Integer.hashCode(comfortablePainDuring);
        h = 31 * h + Integer.hashCode(fractureRiskAge);
        return h;
    }
}
