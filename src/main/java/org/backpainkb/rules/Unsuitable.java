package org.backpainkb.rules;

import java.util.Locale;
import java.util.Objects;
import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;

/**
 * Exercises of the library that do not suit this person now: those the library marks with a
 * contraindication that holds, those of a category, or those moving the spine in a direction. No
 * {@link Suggestion} picks them. Exactly one of the four is given.
 *
 * <p>The fourth, an exercise that hurt ({@link #hurt(String)}), is weaker: the exercise the pain log
 * names is not suggested while another exercise meets the same suggestions, so that a suggestion the
 * contract asks for (the work of the stage, an aerobic exercise while walking hurts) is never left
 * with nothing to offer. Where it stays, its category's dose (REDUCE) says to do less of it.
 *
 * @param marked the library's "avoid when" mark that holds, or null
 * @param category the category ruled out, or null
 * @param direction the direction ruled out, or null
 * @param hurt the name or id of an exercise that hurt, as the pain log gives it, or null
 */
public record Unsuitable(Contraindication marked, ExerciseCategory category, Direction direction, String hurt) {

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param marked the library's "avoid when" mark that holds, or null
     * @param category the category ruled out, or null
     * @param direction the direction ruled out, or null
     * @param hurt the name or id of an exercise that hurt, or null
     */
    public Unsuitable {
        int given = (marked != null ? 1 : 0) + (category != null ? 1 : 0) + (direction != null ? 1 : 0)
                + (hurt != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException(
                    "an Unsuitable gives exactly one of a mark, a category, a direction and an exercise that hurt");
        }
        if (hurt != null && hurt.isBlank()) {
            throw new IllegalArgumentException("an exercise that hurt is named by the pain log's name or the library's id,"
                    + " not by a blank");
        }
    }

    /**
     * One of the first three kinds, as before exercises that hurt were added.
     *
     * @param marked the library's "avoid when" mark that holds, or null
     * @param category the category ruled out, or null
     * @param direction the direction ruled out, or null
     */
    public Unsuitable(Contraindication marked, ExerciseCategory category, Direction direction) {
        this(marked, category, direction, null);
    }

    /**
     * Every exercise the library marks with a contraindication that holds.
     *
     * @param contraindication the mark
     * @return the conclusion
     */
    public static Unsuitable markedWith(Contraindication contraindication) {
        return new Unsuitable(contraindication, null, null, null);
    }

    /**
     * Every exercise of a category.
     *
     * @param category the category
     * @return the conclusion
     */
    public static Unsuitable category(ExerciseCategory category) {
        return new Unsuitable(null, category, null, null);
    }

    /**
     * Every exercise moving the spine in a direction.
     *
     * @param direction the direction
     * @return the conclusion
     */
    public static Unsuitable direction(Direction direction) {
        return new Unsuitable(null, null, direction, null);
    }

    /**
     * The exercise of the library that a session of the pain log names, when that session hurt: not
     * suggested while another exercise meets the same suggestions. The library's exercise is the one
     * whose id or name it is, ignoring case, spaces and punctuation ("Stationary cycling",
     * "stationary-cycling"); a name the library does not hold names none.
     *
     * @param exercise the exercise's name as the pain log gives it, or its id in the library
     * @return the conclusion
     */
    public static Unsuitable hurt(String exercise) {
        return new Unsuitable(null, null, null, exercise);
    }

    /**
     * Whether an exercise of the library is ruled out by this, whatever else fits: by its mark,
     * category or direction. An exercise that hurt is not ruled out so; see {@link #names(LibraryExercise)}.
     *
     * @param exercise the exercise
     * @return true when it is marked so, or of the category or direction
     */
    public boolean rulesOut(LibraryExercise exercise) {
        return (marked != null && exercise.avoidWhen().contains(marked)) || exercise.category() == category
                || exercise.direction() == direction;
    }

    /**
     * Whether this says that an exercise of the library hurt.
     *
     * @param exercise the exercise
     * @return true when this is an exercise that hurt, and its name or id is the exercise's
     */
    public boolean names(LibraryExercise exercise) {
        if (hurt == null) {
            return false;
        }
        // a name of no letter or digit ("-", "?") names no exercise
        String said = comparable(hurt);
        return !said.isEmpty() && (said.equals(comparable(exercise.id())) || said.equals(comparable(exercise.name())));
    }

    /** Letters and digits only, in lower case: what two spellings of one exercise's name share. */
    private static String comparable(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Unsuitable other
                && Objects.equals(marked, other.marked)
                && Objects.equals(category, other.category)
                && Objects.equals(direction, other.direction)
                && Objects.equals(hurt, other.hurt);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(marked);
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(direction);
        h = 31 * h + Objects.hashCode(hurt);
        return h;
    }
}
