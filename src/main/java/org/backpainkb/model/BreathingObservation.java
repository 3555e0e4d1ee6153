package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * How the person was seen to breathe, and when.
 *
 * @param pattern the pattern observed
 * @param during when it was observed: at rest, exercising or lifting
 */
@JsonDeserialize(using = ValueDeserializer.class)
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

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BreathingObservation other
                && Objects.equals(pattern, other.pattern)
                && Objects.equals(during, other.during);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(pattern);
        h = 31 * h + Objects.hashCode(during);
        return h;
    }
}
