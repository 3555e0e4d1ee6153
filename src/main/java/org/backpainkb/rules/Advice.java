package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.internal.RuleContext;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Severity;

/**
 * Advice a rule gives the person. Advice with the same id from several matches becomes one
 * recommendation whose {@code because} lists every match.
 *
 * <p>A rule writes it by name: {@code insertLogical(Advice.of("breathe-with-the-effort").because($seen))}.
 * The reason, severity and priority come from the rule's {@code @reason}, {@code @severity} and
 * {@code @priority}; the advice and because texts from the texts file ({@code texts/en.yaml}), their
 * placeholders filled from the facts given to {@code because}. The six-argument constructor is the old
 * form: it still works, and {@code validate} says how to move from it.
 *
 * @param id a stable kebab-case identifier chosen by the rule's author
 * @param reason the reason code it serves
 * @param severity how much it matters
 * @param priority 1 first; lower numbers are said first
 * @param advice what to do, in plain words for the person
 * @param because the fact that matched, in words
 */
public record Advice(String id, ReasonCode reason, Severity severity, int priority, String advice, String because) {

    /**
     * Refuses advice that a person could not act on.
     *
     * @param id a stable kebab-case identifier chosen by the rule's author
     * @param reason the reason code it serves
     * @param severity how much it matters
     * @param priority 1 first; lower numbers are said first
     * @param advice what to do, in plain words for the person
     * @param because the fact that matched, in words
     */
    public Advice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(because, "because");
        if (priority < 1) {
            throw new IllegalArgumentException("priority must be 1 or more, was " + priority);
        }
    }

    /**
     * Advice by its id in the texts file, for a rule's then block; {@code because} names the facts matched.
     *
     * @param id the advice's id, lower-case words joined by hyphens
     * @return the advice, to complete with {@link Draft#because(Object)}
     */
    public static Draft of(String id) {
        return new Draft(id);
    }

    /**
     * Advice named but not yet given: {@code because} gives it, with the facts its texts name.
     *
     * @param id the advice's id in the texts file
     */
    public record Draft(String id) {

        /**
         * Gives the advice for one matched fact.
         *
         * @param fact the fact (or code) the texts name
         * @return the advice, texts and metadata filled in
         */
        public Advice because(Object fact) {
            return RuleContext.advice(id, fact);
        }

        /**
         * Gives the advice for two matched facts; where both have a field of one name, the first wins.
         *
         * @param fact the first fact (or code) the texts name
         * @param other the second
         * @return the advice, texts and metadata filled in
         */
        public Advice because(Object fact, Object other) {
            return RuleContext.advice(id, fact, other);
        }

        /**
         * Gives the advice for three matched facts; where two have a field of one name, the earlier wins.
         *
         * @param fact the first fact (or code) the texts name
         * @param second the second
         * @param third the third
         * @return the advice, texts and metadata filled in
         */
        public Advice because(Object fact, Object second, Object third) {
            return RuleContext.advice(id, fact, second, third);
        }
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Advice other
                && Objects.equals(id, other.id)
                && Objects.equals(reason, other.reason)
                && Objects.equals(severity, other.severity)
                && priority == other.priority
                && Objects.equals(advice, other.advice)
                && Objects.equals(because, other.because);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(id);
        h = 31 * h + Objects.hashCode(reason);
        h = 31 * h + Objects.hashCode(severity);
        h = 31 * h + Integer.hashCode(priority);
        h = 31 * h + Objects.hashCode(advice);
        h = 31 * h + Objects.hashCode(because);
        return h;
    }
}
