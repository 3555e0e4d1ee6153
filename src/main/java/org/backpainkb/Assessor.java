package org.backpainkb;

import org.backpainkb.model.Case;

/**
 * What an application needs of a knowledge base, whichever it is: {@link KnowledgeBase} (fixed
 * rules) or {@link ReloadingKnowledgeBase} (rules that follow a directory as it is edited). Code
 * written against this interface runs on either.
 */
public interface Assessor {

    /**
     * Assesses one case. Safe to call from many threads at once.
     *
     * @param c the case
     * @return what the rules concluded, with {@link Assessment#knowledgeBase()} saying which rules
     * @throws RunawayRulesException when the rules fire more often than the firing limit allows
     * @throws RuleFailedException when a rule throws while it is evaluated
     * @throws ContractShortfallException when the result falls short of the contract's statements for
     *         this case: rules edited so that a statement no longer holds for this person
     */
    Assessment assess(Case c);

    /**
     * Opens a live session for one person, starting with no facts. See {@link PersonSession}.
     *
     * @return a session to close when done with the person
     */
    default PersonSession openSession() {
        return openSession(Case.builder().build());
    }

    /**
     * Opens a live session for one person, starting with the facts of a case; the listeners first
     * hear the intake's events, then the changes of every update. See {@link PersonSession}.
     *
     * @param initial the facts known so far
     * @param listeners told of every change, in the order given
     * @return a session to close when done with the person
     * @throws RunawayRulesException when the rules fire more often than the firing limit allows
     * @throws RuleFailedException when a rule throws while it is evaluated
     * @throws ContractShortfallException when the assessment falls short of the contract's statements
     *     for this case (rules edited so that a statement no longer holds for this person); an
     *     {@link IllegalStateException}, not a sign that anything is closed
     */
    PersonSession openSession(Case initial, SessionListener... listeners);

    /**
     * Reopens the live session of a person whose case was saved (for example with
     * {@link org.backpainkb.io.CaseWriter}, or in a stream processor's store): the listeners hear only
     * the changes of the updates from here on, not the intake's events, which were told when the
     * session was first opened. One assessment fewer than {@link #openSession(Case, SessionListener...)}
     * with listeners.
     *
     * @param saved the person's case as it was saved
     * @param listeners told of every change from here on, in the order given
     * @return a session to close when done with the person
     * @throws RunawayRulesException when the rules fire more often than the firing limit allows
     * @throws RuleFailedException when a rule throws while it is evaluated
     * @throws ContractShortfallException when the assessment falls short of the contract's statements
     *     for this case (rules edited so that a statement no longer holds for this person); an
     *     {@link IllegalStateException}, not a sign that anything is closed
     */
    PersonSession resumeSession(Case saved, SessionListener... listeners);

    /**
     * Which rules serve new assessments now: the library's version, the rules hash and the thresholds.
     *
     * @return the identity reported with every result
     */
    KnowledgeBaseId id();
}
