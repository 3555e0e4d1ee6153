package org.backpainkb;

/** The bundled knowledge base, compiled once for every test class that only reads it. */
final class SharedKnowledgeBase {

    static final KnowledgeBase BUNDLED = KnowledgeBase.bundled();

    private SharedKnowledgeBase() {
    }
}
