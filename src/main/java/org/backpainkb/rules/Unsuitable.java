package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;

/**
 * Exercises of the library that do not suit this person now: those the library marks with a
 * contraindication that holds, those of a category, or those moving the spine in a direction. No
 * {@link Suggestion} picks them. Exactly one of the three is given.
 *
 * @param marked the library's "avoid when" mark that holds, or null
 * @param category the category ruled out, or null
 * @param direction the direction ruled out, or null
 */
public record Unsuitable(Contraindication marked, ExerciseCategory category, Direction direction) {

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param marked the library's "avoid when" mark that holds, or null
     * @param category the category ruled out, or null
     * @param direction the direction ruled out, or null
     */
    public Unsuitable {
        if ((marked != null ? 1 : 0) + (category != null ? 1 : 0) + (direction != null ? 1 : 0) != 1) {
            throw new IllegalArgumentException("an Unsuitable gives exactly one of a mark, a category and a direction");
        }
    }

    /**
     * Every exercise the library marks with a contraindication that holds.
     *
     * @param contraindication the mark
     * @return the conclusion
     */
    public static Unsuitable markedWith(Contraindication contraindication) {
        return new Unsuitable(contraindication, null, null);
    }

    /**
     * Every exercise of a category.
     *
     * @param category the category
     * @return the conclusion
     */
    public static Unsuitable category(ExerciseCategory category) {
        return new Unsuitable(null, category, null);
    }

    /**
     * Every exercise moving the spine in a direction.
     *
     * @param direction the direction
     * @return the conclusion
     */
    public static Unsuitable direction(Direction direction) {
        return new Unsuitable(null, null, direction);
    }

    /**
     * Whether an exercise of the library is ruled out by this.
     *
     * @param exercise the exercise
     * @return true when it is marked so, or of the category or direction
     */
    public boolean rulesOut(LibraryExercise exercise) {
        return (marked != null && exercise.avoidWhen().contains(marked)) || exercise.category() == category
                || exercise.direction() == direction;
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Unsuitable other
                && Objects.equals(marked, other.marked)
                && Objects.equals(category, other.category)
                && Objects.equals(direction, other.direction);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(marked);
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(direction);
        return h;
    }
}
