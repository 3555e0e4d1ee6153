package org.backpainkb;

import java.util.List;

/**
 * An assessment fired more rules than the firing limit allows: some rules keep triggering each
 * other. Nothing is returned from such an evaluation.
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
     * The rules that fired most, most first: where to look for the loop.
     *
     * @return rule names
     */
    public List<String> rules() {
        return rules;
    }
}
