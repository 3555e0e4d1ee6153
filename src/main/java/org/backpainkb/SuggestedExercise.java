package org.backpainkb;

import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;

/**
 * An exercise from the knowledge base's exercise library to do now (contract statement 13).
 *
 * @param id the library's stable kebab-case id
 * @param name the exercise's name
 * @param category its category
 * @param direction the direction it moves the spine in
 * @param amount how much, in plain words (e.g. "2 sets of 10, daily"), with any modification the clearance asks for
 * @param why why it is suggested, in plain words
 */
public record SuggestedExercise(String id, String name, ExerciseCategory category, Direction direction, String amount,
        String why) {
}
