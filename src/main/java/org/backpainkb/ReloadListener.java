package org.backpainkb;

import java.util.List;

/**
 * Hears what a {@link ReloadingKnowledgeBase} does with edited rules. Every method does nothing
 * unless overridden. Called on the knowledge base's own watcher thread, one call at a time; an
 * exception thrown here is logged and otherwise ignored.
 */
public interface ReloadListener {

    /**
     * New rules passed every check and now serve every new assessment.
     *
     * @param previous the rules that served until now
     * @param current the rules that serve from now on
     */
    default void reloaded(KnowledgeBaseId previous, KnowledgeBaseId current) {
    }

    /**
     * Edited rules were refused; the last good rules go on serving.
     *
     * @param serving the rules still serving
     * @param problems every problem found: validation problems with file and line, and failing
     *        scenarios (file of the scenario, line 0) when scenarios are run; warnings that alone would
     *        not have refused the rules are among them, for the author to see at once, and
     *        {@link RuleProblem#blocking()} tells the problems that refused them
     */
    default void rejected(KnowledgeBaseId serving, List<RuleProblem> problems) {
    }
}
