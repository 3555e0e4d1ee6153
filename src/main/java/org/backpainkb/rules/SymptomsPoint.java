package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.DirectionalPreference;

/**
 * At least one symptom's pattern points to a direction (contract statement 12).
 *
 * @param direction FLEXION or EXTENSION
 */
public record SymptomsPoint(DirectionalPreference direction) {

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param direction the direction
     */
    public SymptomsPoint {
        Objects.requireNonNull(direction, "direction");
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SymptomsPoint other && Objects.equals(direction, other.direction);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(direction);
        return h;
    }
}
