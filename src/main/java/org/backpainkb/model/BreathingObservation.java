package org.backpainkb.model;

/**
 * How the person was seen to breathe, and when.
 *
 * @param pattern the pattern observed
 * @param during when it was observed: at rest, exercising or lifting
 */
public record BreathingObservation(BreathingPattern pattern, BreathingContext during) implements Fact {

    /**
     * Checks every field against the case format.
     *
     * @param pattern the pattern observed
     * @param during when it was observed: at rest, exercising or lifting
     */
    public BreathingObservation {
        Checks.all(
                () -> Checks.required(pattern, "pattern", BreathingPattern.class),
                () -> Checks.required(during, "during", BreathingContext.class));
    }
}
