package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * An exercise in the current or planned programme.
 *
 * @param name the exercise's name, as the person or clinician calls it
 * @param category its kind
 * @param load the load it puts on the spine
 * @param sessionsPerWeek how often it is done, 0..21, or null when not given
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record Exercise(String name, ExerciseCategory category, Load load,
        Integer sessionsPerWeek) implements Fact {

    /**
     * Checks every field against the case format.
     *
     * @param name the exercise's name, as the person or clinician calls it
     * @param category its kind
     * @param load the load it puts on the spine
     * @param sessionsPerWeek how often it is done, 0..21, or null when not given
     */
    public Exercise {
        Checks.all(
                () -> Checks.requiredText(name, "name"),
                () -> Checks.required(category, "category", ExerciseCategory.class),
                () -> Checks.required(load, "load", Load.class),
                () -> Checks.optionalRange(sessionsPerWeek, 0, 21, "sessionsPerWeek"));
    }

    /**
     * An exercise with no stated frequency.
     *
     * @param name the exercise's name
     * @param category its kind
     * @param load the load it puts on the spine
     */
    public Exercise(String name, ExerciseCategory category, Load load) {
        this(name, category, load, null);
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Exercise other
                && Objects.equals(name, other.name)
                && Objects.equals(category, other.category)
                && Objects.equals(load, other.load)
                && Objects.equals(sessionsPerWeek, other.sessionsPerWeek);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(load);
        h = 31 * h + Objects.hashCode(sessionsPerWeek);
        return h;
    }
}
