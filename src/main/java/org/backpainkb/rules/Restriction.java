package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.internal.RuleContext;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;

/**
 * A limit a rule puts on one exercise category. A category's clearance is the most restrictive
 * of its restrictions (ALLOW when there are none), whatever order the rules fired in.
 *
 * <p>A rule writes it by name: {@code insertLogical(Restriction.of(ExerciseCategory.WALKING,
 * Decision.MODIFY).note("keep-walks-comfortable"))}; the reason is the rule's {@code @reason} and the
 * note comes from the texts file. What the stage holds back is a {@link StageHold}, not a restriction.
 *
 * @param category the category limited
 * @param decision MODIFY, DEFER or STOP
 * @param reason the reason code behind it (null only in rules written before {@link StageHold})
 * @param note what it means for the person, in plain words
 */
public record Restriction(ExerciseCategory category, Decision decision, ReasonCode reason, String note) {

    /**
     * Refuses a restriction without a category, decision or note.
     *
     * @param category the category limited
     * @param decision MODIFY, DEFER or STOP
     * @param reason the reason code behind it (null only in rules written before {@link StageHold})
     * @param note what it means for the person, in plain words
     */
    public Restriction {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(note, "note");
        if (decision == Decision.ALLOW) {
            throw new IllegalArgumentException(ALLOW_IS_NO_RESTRICTION);
        }
    }

    /** Why a restriction cannot allow: what nothing restricts is allowed without a conclusion saying so. */
    static final String ALLOW_IS_NO_RESTRICTION = "a restriction limits a category, with MODIFY, DEFER or STOP; a category"
            + " nothing restricts is allowed without a rule saying so";

    /**
     * A limit on a category, for a rule's then block; {@code note} completes it.
     *
     * @param category the category limited
     * @param decision MODIFY, DEFER or STOP
     * @return the limit, to complete with {@link Draft#note(String)}
     */
    public static Draft of(ExerciseCategory category, Decision decision) {
        return new Draft(category, decision);
    }

    /**
     * A limit without its note yet.
     *
     * @param category the category limited
     * @param decision MODIFY, DEFER or STOP
     */
    public record Draft(ExerciseCategory category, Decision decision) {

        /**
         * The limit with a note from the texts file; its reason is the rule's {@code @reason}.
         *
         * @param key the note's key
         * @return the restriction
         */
        public Restriction note(String key) {
            return new Restriction(category, decision, RuleContext.reason(), RuleContext.note(key));
        }

        /**
         * The limit with a note from the texts file that names a matched fact.
         *
         * @param key the note's key
         * @param fact the fact (or code) the note names
         * @return the restriction
         */
        public Restriction note(String key, Object fact) {
            return new Restriction(category, decision, RuleContext.reason(), RuleContext.note(key, fact));
        }
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Restriction other
                && Objects.equals(category, other.category)
                && Objects.equals(decision, other.decision)
                && Objects.equals(reason, other.reason)
                && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(decision);
        h = 31 * h + Objects.hashCode(reason);
        h = 31 * h + Objects.hashCode(note);
        return h;
    }
}
