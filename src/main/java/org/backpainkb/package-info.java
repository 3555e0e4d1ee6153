/**
 * The API of the knowledge base.
 *
 * <p>{@link org.backpainkb.KnowledgeBase} is the entry point: load it once (from the bundled rules,
 * or from a directory of edited rules with {@link org.backpainkb.KnowledgeBase#fromDirectory}) and
 * share it between threads. It answers in two ways:
 * <ul>
 *   <li>one shot: {@link org.backpainkb.KnowledgeBase#assess} takes a
 *       {@link org.backpainkb.model.Case} and returns an {@link org.backpainkb.Assessment};</li>
 *   <li>live: {@link org.backpainkb.KnowledgeBase#openSession()} returns a
 *       {@link org.backpainkb.PersonSession} that follows one person as facts arrive and tells a
 *       {@link org.backpainkb.SessionListener} when a {@link org.backpainkb.Recommendation}, a
 *       {@link org.backpainkb.Clearance}, the stage or the {@link org.backpainkb.Referral}
 *       changes.</li>
 * </ul>
 * An assessment names the rules that produced it ({@link org.backpainkb.KnowledgeBaseId}). Rules
 * that do not compile give a {@link org.backpainkb.RulesException} listing each
 * {@link org.backpainkb.RuleProblem}; rules that never settle give a
 * {@link org.backpainkb.RunawayRulesException}.
 */
package org.backpainkb;
