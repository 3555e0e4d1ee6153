package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.internal.RuleContext;
import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Stage;

/**
 * What to suggest now, and why: the exercises of the library in a category, moving the spine in a
 * direction, or both, or one exercise of the library by its id, that fit a stage. Rules conclude
 * these criteria from the facts; the library lookup is
 * made once every rule has fired, so the library's exercises are never facts the rules join over.
 * An exercise that fits and is not {@link Unsuitable} is suggested with every why that picked it;
 * one in a category whose final clearance is DEFER or STOP is dropped.
 *
 * @param category the category to pick from, or null for any
 * @param direction the direction to pick, or null for any
 * @param exercise the id of the one exercise to pick, or null for any
 * @param stage the stage the exercise must fit
 * @param why why, in plain words, from the texts files
 */
public record Suggestion(ExerciseCategory category, Direction direction, String exercise, Stage stage, String why) {

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param category the category to pick from, or null for any
     * @param direction the direction to pick, or null for any
     * @param exercise the id of the one exercise to pick, or null for any
     * @param stage the stage the exercise must fit
     * @param why why, in plain words, from the texts files
     */
    public Suggestion {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(why, "why");
        if (exercise != null && exercise.isBlank()) {
            throw new IllegalArgumentException("an exercise is suggested by its id in the library, not by an empty text");
        }
    }

    /**
     * Exercises of a category, in a direction, or both, that fit a stage.
     *
     * @param category the category to pick from, or null for any
     * @param direction the direction to pick, or null for any
     * @param stage the stage the exercise must fit
     * @param why why, in plain words, from the texts files
     */
    public Suggestion(ExerciseCategory category, Direction direction, Stage stage, String why) {
        this(category, direction, null, stage, why);
    }

    /**
     * Exercises of one category that fit a stage.
     *
     * @param category the category
     * @param stage the stage they must fit
     * @return the suggestion, without its why yet
     */
    public static Draft of(ExerciseCategory category, Stage stage) {
        return new Draft(category, null, null, stage);
    }

    /**
     * Exercises that move the spine in a direction and fit a stage, of any category.
     *
     * @param direction the direction
     * @param stage the stage they must fit
     * @return the suggestion, without its why yet
     */
    public static Draft inDirection(Direction direction, Stage stage) {
        return new Draft(null, direction, null, stage);
    }

    /**
     * One exercise of the library, by its id in {@code exercises.yaml}, when it fits a stage. The
     * id is checked against the library when the rules are loaded.
     *
     * @param id the exercise's id, in quotes
     * @param stage the stage it must fit
     * @return the suggestion, without its why yet
     */
    public static Draft exercise(String id, Stage stage) {
        return new Draft(null, null, Objects.requireNonNull(id, "id"), stage);
    }

    /**
     * Whether an exercise of the library meets these criteria (whether it suits the person is
     * {@link Unsuitable}'s to say).
     *
     * @param exercise the exercise
     * @return true when it is of the category and direction asked, and fits the stage
     */
    public boolean picks(LibraryExercise exercise) {
        return (category == null || exercise.category() == category)
                && (direction == null || exercise.direction() == direction)
                && (this.exercise == null || this.exercise.equals(exercise.id())) && exercise.stages().contains(stage);
    }

    /**
     * A suggestion without its why yet.
     *
     * @param category the category to pick from, or null for any
     * @param direction the direction to pick, or null for any
     * @param exercise the id of the one exercise to pick, or null for any
     * @param stage the stage the exercise must fit
     */
    public record Draft(ExerciseCategory category, Direction direction, String exercise, Stage stage) {

        /**
         * The same, only the exercises moving the spine in a direction: {@code Suggestion.of(
         * ExerciseCategory.MOBILITY, $stage).inDirection(Direction.FLEXION)}.
         *
         * @param toward the direction
         * @return the narrower suggestion, without its why yet
         */
        public Draft inDirection(Direction toward) {
            return new Draft(category, Objects.requireNonNull(toward, "direction"), exercise, stage);
        }

        /**
         * The suggestion with its why, a note of the texts files.
         *
         * @param key the note's key
         * @return the suggestion
         */
        public Suggestion why(String key) {
            return new Suggestion(category, direction, exercise, stage, RuleContext.note(key));
        }

        /**
         * The suggestion with its why, a note of the texts files that names a matched fact.
         *
         * @param key the note's key
         * @param fact the fact (or code) the note names
         * @return the suggestion
         */
        public Suggestion why(String key, Object fact) {
            return new Suggestion(category, direction, exercise, stage, RuleContext.note(key, fact));
        }
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Suggestion other
                && Objects.equals(category, other.category)
                && Objects.equals(direction, other.direction)
                && Objects.equals(exercise, other.exercise)
                && Objects.equals(stage, other.stage)
                && Objects.equals(why, other.why);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(direction);
        h = 31 * h + Objects.hashCode(exercise);
        h = 31 * h + Objects.hashCode(stage);
        h = 31 * h + Objects.hashCode(why);
        return h;
    }
}
