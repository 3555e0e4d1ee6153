package org.backpainkb;

import java.time.Duration;
import java.util.List;
import org.backpainkb.internal.WithinTime;

/**
 * An assessment fired more rules than the firing limit allows, or ran longer than the time limit:
 * some rules keep triggering each other, or match more combinations of the case's facts than can be
 * tried in time. Nothing is returned from such an evaluation.
 */
public final class RunawayRulesException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> rules;

    /**
     * A runaway evaluation.
     *
     * @param limit the firing limit that was reached
     * @param rules the rules that fired most, most first
     */
    public RunawayRulesException(int limit, List<String> rules) {
        super("the rules fired " + limit + " times without settling (the firing limit): rules that keep triggering"
                + " each other, or that match more facts of this case than that; these fired most: "
                + String.join(", ", rules));
        this.rules = List.copyOf(rules);
    }

    /**
     * An evaluation stopped at the time limit.
     *
     * @param limit the time limit that was reached
     * @param rules the rule at work when the limit had passed (about to fire, or having its conditions
     *     matched), then the rules that fired most, most first
     */
    public RunawayRulesException(Duration limit, List<String> rules) {
        super("the rules did not settle within " + WithinTime.inWords(limit) + " (the time limit): rules that match more"
                + " combinations of this case's facts than that, or that build too much text"
                + (rules.isEmpty() ? "" : "; the rule at work when it passed: " + rules.get(0))
                + (rules.size() < 2 ? "" : "; these fired most: " + String.join(", ", rules.subList(1, rules.size()))));
        this.rules = List.copyOf(rules);
    }

    /**
     * The rules that fired most, most first: where to look for the loop.
     *
     * @return rule names
     */
    public List<String> rules() {
        return rules;
    }
}
