package org.backpainkb.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.backpainkb.rules.Thresholds;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled, immutable knowledge base: safe to share between threads; each evaluation opens
 * its own session. One-off assessments take a session from a pool, which the engine resets
 * (facts, conclusions and their justifications, agenda, listeners) when it is given back; the
 * pool keeps as many sessions as were ever in use at once, so it grows only with concurrency.
 */
public final class CompiledRules implements AutoCloseable {

    private final KieBase kieBase;
    private final Runnable dispose;
    private final KieSessionsPool pool;
    private final String hash;
    private final boolean precompiled;
    private final RuleData data;
    /** For each class made for rules' code, by binary name, the rules it serves; empty when not known. */
    private final Map<String, Set<String>> rulesOfClass;

    /**
     * Wraps a knowledge base.
     *
     * @param kieBase the engine's knowledge base
     * @param dispose what releases it (a container's dispose), run on close
     * @param hash the rules hash
     * @param precompiled whether it came from the build's executable model
     * @param data the reference data the rules name by key
     * @param rulesOfClass for each class made for rules' code, by internal name, the rules it serves
     */
    CompiledRules(KieBase kieBase, Runnable dispose, String hash, boolean precompiled, RuleData data,
            Map<String, Set<String>> rulesOfClass) {
        this.kieBase = kieBase;
        this.dispose = dispose;
        this.pool = kieBase.newKieSessionsPool(1);
        this.hash = hash;
        this.precompiled = precompiled;
        this.data = data;
        this.rulesOfClass = new HashMap<>();
        rulesOfClass.forEach((internalName, rules) -> this.rulesOfClass.put(internalName.replace('/', '.'), rules));
    }

    /**
     * The rule whose code failed, from where the failure was thrown: a condition fails outside any
     * firing, so the engine does not say which rule it belongs to.
     *
     * @param failure what was thrown
     * @return the rule's name (names, when one condition serves several), or empty when not known
     */
    String ruleOf(Throwable failure) {
        return String.join("\", \"", rulesRunning(failure));
    }

    /**
     * The rules whose code a failure came from, by the classes made for them on its stack.
     *
     * @param failure what the engine threw
     * @return the rules' names, sorted; empty when no class of theirs is on the stack
     */
    SortedSet<String> rulesRunning(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                Set<String> rules = rulesOfClass.get(frame.getClassName());
                if (rules != null && !rules.isEmpty()) {
                    return new TreeSet<>(rules);
                }
            }
        }
        return new TreeSet<>();
    }

    /**
     * The reason codes, sources and texts the rules name by key.
     *
     * @return the reference data read with the rules
     */
    public RuleData data() {
        return data;
    }

    /**
     * The texts in a language with thresholds in force. A knowledge base makes its own once and hands
     * it to every assessment, so a text is parsed the first time it is worded, not in every assessment.
     *
     * @param language a language with texts, e.g. {@code en}
     * @param thresholds the thresholds in force
     * @return the wording
     */
    public Wording wording(String language, Thresholds thresholds) {
        return new Wording(data, language, thresholds);
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
     * Whether these rules were loaded as the build precompiled them, not compiled from DRL.
     *
     * @return true for the build's executable model
     */
    public boolean precompiled() {
        return precompiled;
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

    /** A session from the pool; disposing it resets it and gives it back. */
    KieSession pooledSession() {
        return pool.newKieSession();
    }

    @Override
    public void close() {
        pool.shutdown();
        dispose.run();
    }
}
