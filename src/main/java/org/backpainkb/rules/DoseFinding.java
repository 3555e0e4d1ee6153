package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;

/**
 * What the pain log says of one category's dose. A category's dose is settled after every rule,
 * with its final clearance: REDUCE beats KEEP beats INCREASE, and INCREASE needs the clearance ALLOW.
 *
 * @param category the category
 * @param dose REDUCE, KEEP (a counted session) or INCREASE (ready to progress)
 */
public record DoseFinding(ExerciseCategory category, Dose dose) {

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param category the category
     * @param dose what the pain log says of its dose
     */
    public DoseFinding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(dose, "dose");
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DoseFinding other
                && Objects.equals(category, other.category)
                && Objects.equals(dose, other.dose);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(dose);
        return h;
    }
}
