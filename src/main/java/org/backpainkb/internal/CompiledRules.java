package org.backpainkb.internal;

import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * A compiled, immutable knowledge base: safe to share between threads; each evaluation opens
 * its own session.
 */
public final class CompiledRules implements AutoCloseable {

    private final KieContainer container;
    private final KieBase kieBase;
    private final String hash;

    CompiledRules(KieContainer container, String hash) {
        this.container = container;
        this.kieBase = container.getKieBase();
        this.hash = hash;
    }

    /**
     * The SHA-256 of the rule files that were compiled.
     *
     * @return the hash in hex
     */
    public String hash() {
        return hash;
    }

    /**
     * The names of every rule, with their metadata.
     *
     * @return rule name to metadata (reason, source and anything else the author wrote)
     */
    public Map<String, Map<String, Object>> rules() {
        Map<String, Map<String, Object>> rules = new java.util.TreeMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> rules.put(r.getName(), r.getMetaData())));
        return rules;
    }

    KieSession newSession() {
        return kieBase.newKieSession();
    }

    @Override
    public void close() {
        container.dispose();
    }
}
