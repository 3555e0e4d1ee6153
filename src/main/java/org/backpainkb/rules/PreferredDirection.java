package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.DirectionalPreference;

/**
 * The symptoms point one way only: the directional preference. Absent when they point nowhere or
 * both ways (the preference is then NONE).
 *
 * @param preference FLEXION or EXTENSION
 */
public record PreferredDirection(DirectionalPreference preference) {

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param preference the direction
     */
    public PreferredDirection {
        Objects.requireNonNull(preference, "preference");
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PreferredDirection other && Objects.equals(preference, other.preference);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(preference);
        return h;
    }
}
