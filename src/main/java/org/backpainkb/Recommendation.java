package org.backpainkb;

import java.util.List;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Severity;

/**
 * One piece of advice for the person, with where it comes from and why it was given.
 *
 * @param id a stable kebab-case identifier chosen by the rule's author
 * @param reason the reason code it serves
 * @param severity INFO, WARNING or CRITICAL
 * @param priority 1 first
 * @param advice what to do, in plain words
 * @param because the facts that matched, in words
 * @param rule the name of the rule that gave it
 * @param source where the knowledge comes from: a section of the article or a named guideline
 */
public record Recommendation(String id, ReasonCode reason, Severity severity, int priority, String advice,
        List<String> because, String rule, String source) {

    /**
     * Copies the list of matched facts.
     *
     * @param id a stable kebab-case identifier chosen by the rule's author
     * @param reason the reason code it serves
     * @param severity INFO, WARNING or CRITICAL
     * @param priority 1 first
     * @param advice what to do, in plain words
     * @param because the facts that matched, in words
     * @param rule the name of the rule that gave it
     * @param source where the knowledge comes from: a section of the article or a named guideline
     */
    public Recommendation {
        because = List.copyOf(because);
    }
}
