package org.backpainkb;

/**
 * The properties of every rule set ({@link ContractProperties}), for the bundled rules: the
 * contract as a lower bound, the order of the facts, and facts that can only make things worse.
 */
class AssessmentPropertiesTest extends ContractProperties {

    @Override
    protected KnowledgeBase knowledgeBase() {
        return SharedKnowledgeBase.BUNDLED;
    }
}
