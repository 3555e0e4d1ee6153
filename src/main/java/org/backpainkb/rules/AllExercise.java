package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.internal.RuleContext;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ReasonCode;

/**
 * A limit a rule puts on every exercise category at once: one conclusion, the same as a
 * {@link Restriction} of each category with this decision, reason and note. A rule writes it
 * {@code insertLogical(AllExercise.of(Decision.STOP).note("stop-until-seen"))}: the reason is the
 * rule's {@code @reason}, the note from the texts file.
 *
 * @param decision MODIFY, DEFER or STOP
 * @param reason the reason code behind it
 * @param note what it means for the person, in plain words
 */
public record AllExercise(Decision decision, ReasonCode reason, String note) {

    /**
     * Refuses a limit without a decision, reason or note.
     *
     * @param decision MODIFY, DEFER or STOP
     * @param reason the reason code behind it
     * @param note what it means for the person, in plain words
     */
    public AllExercise {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        if (decision == Decision.ALLOW) {
            throw new IllegalArgumentException(Restriction.ALLOW_IS_NO_RESTRICTION);
        }
    }

    /**
     * A limit on every category, for a rule's then block; {@code note} completes it.
     *
     * @param decision MODIFY, DEFER or STOP
     * @return the limit, to complete with {@link Draft#note(String)}
     */
    public static Draft of(Decision decision) {
        return new Draft(decision);
    }

    /**
     * A limit on every category without its note yet.
     *
     * @param decision MODIFY, DEFER or STOP
     */
    public record Draft(Decision decision) {

        /**
         * The limit with a note from the texts file; its reason is the rule's {@code @reason}.
         *
         * @param key the note's key
         * @return the limit
         */
        public AllExercise note(String key) {
            return new AllExercise(decision, RuleContext.reason(), RuleContext.note(key));
        }
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AllExercise other
                && Objects.equals(decision, other.decision)
                && Objects.equals(reason, other.reason)
                && Objects.equals(note, other.note);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(decision);
        h = 31 * h + Objects.hashCode(reason);
        h = 31 * h + Objects.hashCode(note);
        return h;
    }
}
