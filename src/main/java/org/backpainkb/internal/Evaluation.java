package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backpainkb.RunawayRulesException;
import org.backpainkb.rules.Thresholds;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One Drools session over one person's facts, with the listeners that record which rules
 * fired and which rule inserted each conclusion. Used once by a one-shot assessment and many
 * times by a live {@link org.backpainkb.PersonSession}: facts may be inserted and deleted between
 * firings. Not thread-safe: one caller at a time.
 */
public final class Evaluation implements AutoCloseable {

    /** Which rule inserted a conclusion, kept outside the rules so rules do no bookkeeping. */
    record Provenance(String rule, String source) {
    }

    private final KieSession session;
    private final List<String> firedRules = new ArrayList<>();
    private final Map<Object, Provenance> provenance = new HashMap<>();
    private final Map<Object, FactHandle> handles = new LinkedHashMap<>();

    /**
     * Opens a session with the thresholds as a fact.
     *
     * @param rules the compiled rules
     * @param thresholds the thresholds the rules read
     */
    public Evaluation(CompiledRules rules, Thresholds thresholds) {
        session = rules.newSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firedRules.add(event.getMatch().getRule().getName());
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                Rule rule = event.getRule();
                if (rule != null) {
                    Object source = rule.getMetaData().get("source");
                    provenance.put(event.getObject(), new Provenance(rule.getName(),
                            source == null ? "" : source.toString()));
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                // A withdrawn conclusion's provenance goes with it, so a long-lived session does not grow.
                provenance.remove(event.getOldObject());
            }
        });
        session.insert(thresholds);
    }

    /**
     * Inserts facts; a fact equal to one already present is not inserted twice.
     *
     * @param facts the facts
     */
    public void insert(Collection<?> facts) {
        for (Object fact : facts) {
            handles.computeIfAbsent(fact, session::insert);
        }
    }

    /**
     * Retracts a fact inserted earlier, and with it every conclusion that depended on it alone.
     *
     * @param fact a fact equal to one inserted
     * @return whether it was present
     */
    public boolean delete(Object fact) {
        FactHandle handle = handles.remove(fact);
        if (handle != null) {
            session.delete(handle);
        }
        return handle != null;
    }

    /**
     * Fires rules until none is left to fire.
     *
     * @param limit the most firings allowed
     * @throws RunawayRulesException when the rules would fire more often than the limit
     */
    public void fire(int limit) {
        int before = firedRules.size();
        // One firing past the limit tells a case that needs exactly `limit` firings from one that never settles.
        int fired = session.fireAllRules(limit == Integer.MAX_VALUE ? limit : limit + 1);
        if (fired > limit) {
            throw new RunawayRulesException(limit, mostFired(firedRules.subList(before, firedRules.size())));
        }
    }

    private static List<String> mostFired(List<String> names) {
        Map<String, Long> counts = new HashMap<>();
        names.forEach(n -> counts.merge(n, 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(Map.Entry::getKey).toList();
    }

    /**
     * Every fact in the session now, inputs and conclusions.
     *
     * @return the facts
     */
    public Collection<?> facts() {
        return session.getObjects();
    }

    Provenance provenanceOf(Object conclusion) {
        return provenance.getOrDefault(conclusion, new Provenance("", ""));
    }

    /**
     * The rules fired so far, in order.
     *
     * @return rule names
     */
    public List<String> firedRules() {
        return List.copyOf(firedRules);
    }

    /** Forgets the rules fired so far, so the next firing is reported on its own. */
    public void clearFiredRules() {
        firedRules.clear();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
