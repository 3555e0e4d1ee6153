package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * A fault in form seen while exercising.
 *
 * @param exercise the exercise's name
 * @param category the exercise's kind
 * @param fault what was wrong
 * @param load the load at the time
 * @param repetitionsPerWeek how many times a week the movement is repeated, 0 or more, or null
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record FormError(String exercise, ExerciseCategory category, FormFault fault, Load load,
        Integer repetitionsPerWeek) implements Fact {

    /**
     * Checks every field against the case format.
     *
     * @param exercise the exercise's name
     * @param category the exercise's kind
     * @param fault what was wrong
     * @param load the load at the time
     * @param repetitionsPerWeek how many times a week the movement is repeated, 0 or more, or null
     */
    public FormError {
        Checks.all(
                () -> Checks.requiredText(exercise, "exercise"),
                () -> Checks.required(category, "category", ExerciseCategory.class),
                () -> Checks.required(fault, "fault", FormFault.class),
                () -> Checks.required(load, "load", Load.class),
                () -> {
                    if (repetitionsPerWeek != null) {
                        Checks.atLeast(repetitionsPerWeek, 0, "repetitionsPerWeek");
                    }
                });
    }

    /**
     * A fault with no stated number of repetitions.
     *
     * @param exercise the exercise's name
     * @param category the exercise's kind
     * @param fault what was wrong
     * @param load the load at the time
     */
    public FormError(String exercise, ExerciseCategory category, FormFault fault, Load load) {
        this(exercise, category, fault, load, null);
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FormError other
                && Objects.equals(exercise, other.exercise)
                && Objects.equals(category, other.category)
                && Objects.equals(fault, other.fault)
                && Objects.equals(load, other.load)
                && Objects.equals(repetitionsPerWeek, other.repetitionsPerWeek);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(exercise);
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(fault);
        h = 31 * h + Objects.hashCode(load);
        h = 31 * h + Objects.hashCode(repetitionsPerWeek);
        return h;
    }
}
