package org.backpainkb;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The rules' result for a case falls short of the contract's statements where they speak plainly of
 * that case (a red flag, the stage and its gates, walking that hurts, a finding and its reason, a
 * session that hurt, the screening, the directional preference, the suggestions, a dose): rules edited so that a statement no longer holds for some people, in a way
 * the cases put to them when they were loaded did not show. Nothing is returned for such a case:
 * the result could send someone home with an emergency, or load a back that is not ready.
 */
public final class ContractShortfallException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> shortfalls;
    private final transient List<String> firedRules;

    /**
     * A result that falls short, with the rules that fired for it: where to look for the rule to change.
     *
     * @param caseId the case's id, or null
     * @param shortfalls what it falls short of, each with its statement's number
     * @param firedRules the rules that fired for the case, in order
     */
    public ContractShortfallException(String caseId, List<String> shortfalls, List<String> firedRules) {
        super("the rules break the contract on " + (caseId == null ? "this case" : "case " + caseId) + ": "
                + String.join("; ", shortfalls)
                + (firedRules.isEmpty() ? "" : "; the rules that fired: " + String.join(", ", new LinkedHashSet<>(firedRules)))
                + " (for this person, the rules conclude less than a statement asks, or other than a value it fixes; no"
                + " result is given)");
        this.shortfalls = List.copyOf(shortfalls);
        this.firedRules = List.copyOf(firedRules);
    }

    /**
     * What the result fell short of, each with its statement's number.
     *
     * @return e.g. {@code statement 1: referral ROUTINE, not at least EMERGENCY}
     */
    public List<String> shortfalls() {
        return shortfalls == null ? List.of() : shortfalls;
    }

    /**
     * The rules that fired for the case, in order: one of them, or one that did not fire, is the rule
     * to change.
     *
     * @return rule names; empty when not given
     */
    public List<String> firedRules() {
        return firedRules == null ? List.of() : firedRules;
    }
}
