package org.backpainkb.model;

/**
 * A fault in form seen while exercising.
 *
 * @param exercise the exercise's name
 * @param category the exercise's kind
 * @param fault what was wrong
 * @param load the load at the time
 * @param repetitionsPerWeek how many times a week the movement is repeated, 0 or more, or null
 */
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
}
