package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.internal.RuleContext;
import org.backpainkb.model.ExerciseCategory;

/**
 * An exercise category held back because its stage has not come yet: it is deferred with no reason
 * code of its own (a clearance with reason null), and rules that speak of work done before its stage
 * match it. A rule writes it {@code insertLogical(StageHold.of(ExerciseCategory.STRENGTH).note("get-moving-first"))}.
 *
 * @param category the category held back
 * @param note what it means for the person, in plain words
 */
public record StageHold(ExerciseCategory category, String note) {

    /**
     * Refuses a hold without a category or note.
     *
     * @param category the category held back
     * @param note what it means for the person, in plain words
     */
    public StageHold {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(note, "note");
    }

    /**
     * A hold on a category, for a rule's then block; {@code note} completes it.
     *
     * @param category the category held back
     * @return the hold, to complete with {@link Draft#note(String)}
     */
    public static Draft of(ExerciseCategory category) {
        return new Draft(category);
    }

    /**
     * A hold without its note yet.
     *
     * @param category the category held back
     */
    public record Draft(ExerciseCategory category) {

        /**
         * The hold with a note from the texts file.
         *
         * @param key the note's key
         * @return the hold
         */
        public StageHold note(String key) {
            return new StageHold(category, RuleContext.note(key));
        }
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof StageHold other
                && Objects.equals(category, other.category)
                && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(note);
        return h;
    }
}
