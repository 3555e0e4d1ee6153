package org.backpainkb;

import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;

/**
 * An exercise from the knowledge base's exercise library to do now (contract statement 13). Its
 * texts are in the knowledge base's language: a translation's, else the library's English.
 *
 * @param id the library's stable kebab-case id
 * @param name the exercise's name
 * @param category its category
 * @param direction the direction it moves the spine in
 * @param amount how much, in plain words (e.g. "2 sets of 10, daily"), with any modification the clearance asks for
 * @param why why it is suggested, in plain words
 * @param cues how to do it well, in plain words (the library's {@code cues}): poor form, loaded or not, is
 *     one of the ways exercise hurts a back
 */
public record SuggestedExercise(String id, String name, ExerciseCategory category, Direction direction, String amount,
        String why, String cues) {

    /**
     * A suggestion without cues, as results before cues were given.
     *
     * @param id the library's stable kebab-case id
     * @param name the exercise's name
     * @param category its category
     * @param direction the direction it moves the spine in
     * @param amount how much, in plain words
     * @param why why it is suggested, in plain words
     */
    public SuggestedExercise(String id, String name, ExerciseCategory category, Direction direction, String amount,
            String why) {
        this(id, name, category, direction, amount, why, null);
    }
}
