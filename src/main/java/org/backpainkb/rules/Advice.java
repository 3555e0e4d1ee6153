package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Severity;

/**
 * Advice a rule gives the person. Advice with the same id from several matches becomes one
 * recommendation whose {@code because} lists every match.
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
}
