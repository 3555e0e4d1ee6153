package org.backpainkb.rules;

import java.util.List;
import java.util.Objects;
import org.backpainkb.model.Direction;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Load;
import org.backpainkb.model.Stage;

/**
 * One exercise of the knowledge base's exercise library ({@code exercises.yaml}). Not a fact in the
 * session: the rules conclude {@link Suggestion}s and {@link Unsuitable}s, and the exercises that meet
 * them are picked once every rule has fired.
 *
 * @param id a stable kebab-case id
 * @param name the exercise's name
 * @param category its category
 * @param direction the direction it moves the spine in
 * @param load the load it is done with
 * @param stages the stages it fits
 * @param amount how much, in plain words
 * @param cues how to do it well, in plain words
 * @param avoidWhen when not to use it
 * @param source where the exercise and its dose come from
 */
public record LibraryExercise(String id, String name, ExerciseCategory category, Direction direction, Load load,
        List<Stage> stages, String amount, String cues, List<Contraindication> avoidWhen, String source) {

    /**
     * Copies the lists and refuses a missing field.
     *
     * @param id a stable kebab-case id
     * @param name the exercise's name
     * @param category its category
     * @param direction the direction it moves the spine in
     * @param load the load it is done with
     * @param stages the stages it fits
     * @param amount how much, in plain words
     * @param cues how to do it well, in plain words
     * @param avoidWhen when not to use it
     * @param source where the exercise and its dose come from
     */
    public LibraryExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(load, "load");
        stages = List.copyOf(stages);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(cues, "cues");
        avoidWhen = List.copyOf(avoidWhen);
        Objects.requireNonNull(source, "source");
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LibraryExercise other
                && Objects.equals(id, other.id)
                && Objects.equals(name, other.name)
                && Objects.equals(category, other.category)
                && Objects.equals(direction, other.direction)
                && Objects.equals(load, other.load)
                && Objects.equals(stages, other.stages)
                && Objects.equals(amount, other.amount)
                && Objects.equals(cues, other.cues)
                && Objects.equals(avoidWhen, other.avoidWhen)
                && Objects.equals(source, other.source);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(id);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(direction);
        h = 31 * h + Objects.hashCode(load);
        h = 31 * h + Objects.hashCode(stages);
        h = 31 * h + Objects.hashCode(amount);
        h = 31 * h + Objects.hashCode(cues);
        h = 31 * h + Objects.hashCode(avoidWhen);
        h = 31 * h + Objects.hashCode(source);
        return h;
    }
}
