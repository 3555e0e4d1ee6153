package org.backpainkb.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backpainkb.RuleFailedException;
import org.backpainkb.RunawayRulesException;
import org.backpainkb.internal.matching.MatchClock;
import org.backpainkb.rules.Advice;
import org.backpainkb.rules.AllExercise;
import org.backpainkb.rules.LibraryExercise;
import org.backpainkb.rules.Restriction;
import org.backpainkb.rules.Suggestion;
import org.backpainkb.rules.Thresholds;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One Drools session over one person's facts, with the listeners that record which rules
 * fired and which rule inserted each conclusion, used for one assessment: a one-shot
 * {@link org.backpainkb.KnowledgeBase#assess} (a live {@link org.backpainkb.PersonSession} assesses
 * through it too). Not thread-safe: one caller at a time.
 */
public final class Evaluation implements AutoCloseable {

    /**
     * Which rule inserted a conclusion, kept outside the rules so rules do no bookkeeping. The source
     * is kept as the rule wrote it and put in words only when a recommendation shows it: most
     * conclusions are never shown with their source.
     */
    record Provenance(String rule, String source) {
    }

    /**
     * The most characters of text the conclusions of one assessment may hold: far above what any
     * sound rule set writes for the longest case, and far below what fills a heap or a screen.
     */
    public static final int MOST_TEXT = 1_000_000;

    private final CompiledRules rules;
    private final KieSession session;
    private final Wording wording;
    private final List<LibraryExercise> library;
    private final List<String> firedRules = new ArrayList<>();
    /** Every conclusion the rules hold now, with the rule that inserted it. */
    private final Map<Object, Provenance> provenance = new HashMap<>();
    private final Map<Object, FactHandle> handles = new LinkedHashMap<>();
    /** Characters of text in the conclusions inserted so far, against {@link #MOST_TEXT}. */
    private long written;
    /** The rule whose conclusion took the texts past {@link #MOST_TEXT}; null until one does. */
    private String tooMuchText;
    private boolean closed;


    /**
     * Opens a session of its own with the thresholds and the bundled exercise library.
     *
     * @param rules the compiled rules
     * @param thresholds the thresholds the rules read
     */
    public Evaluation(CompiledRules rules, Thresholds thresholds) {
        this(rules, thresholds, BundledLibrary.EXERCISES, RuleData.ENGLISH);
    }

    /**
     * Opens a session of its own with the thresholds as a fact and the exercise library, its texts in a
     * language.
     *
     * @param rules the compiled rules
     * @param thresholds the thresholds the rules read
     * @param library the exercise library the suggestion rules pick from
     * @param language the language of the texts, e.g. {@code en}
     */
    public Evaluation(CompiledRules rules, Thresholds thresholds, List<LibraryExercise> library, String language) {
        this(rules, rules.newSession(), rules.wording(language, thresholds), thresholds, library);
    }

    /**
     * A pooled evaluation in English with the bundled exercise library, for tests of the engine; see
     * {@link #pooled(CompiledRules, Wording, Thresholds, List)}.
     *
     * @param rules the compiled rules
     * @param thresholds the thresholds the rules read
     * @return the evaluation
     */
    public static Evaluation pooled(CompiledRules rules, Thresholds thresholds) {
        return pooled(rules, rules.wording(RuleData.ENGLISH, thresholds), thresholds, BundledLibrary.EXERCISES);
    }

    /**
     * Opens a short-lived evaluation on a pooled session, for one assessment: closing it resets the
     * session and gives it back to the pool. The pool keeps as many sessions as were ever out at
     * once, so use it for one assessment and close it; an evaluation of its own uses the constructor.
     *
     * @param rules the compiled rules
     * @param wording the texts, from {@link CompiledRules#wording} of these rules with these thresholds
     *     (a knowledge base finds its own once)
     * @param thresholds the thresholds the rules read
     * @param library the exercise library the suggestion rules pick from
     * @return the evaluation
     */
    public static Evaluation pooled(CompiledRules rules, Wording wording, Thresholds thresholds,
            List<LibraryExercise> library) {
        return new Evaluation(rules, rules.pooledSession(), wording, thresholds, library);
    }

    /** The bundled library, read once when first needed. */
    private static final class BundledLibrary {
        static final List<LibraryExercise> EXERCISES = ExerciseLibraryFile.parse(RuleFiles.bundledExercisesYaml());
    }

    /** The texts this evaluation's rules speak in. */
    Wording wording() {
        return wording;
    }

    private Evaluation(CompiledRules rules, KieSession session, Wording wording, Thresholds thresholds,
            List<LibraryExercise> library) {
        this.rules = rules;
        this.session = session;
        this.wording = wording;
        Recorder recorder = new Recorder();
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        session.insert(thresholds);
        // the library is looked up in Java from the rules' suggestions (Findings): as facts, every
        // assessment would insert all of it and the suggestion rules would join over it
        this.library = List.copyOf(library);
    }

    /** Records which rules fired and which rule inserted each conclusion: one listener for both. */
    private final class Recorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        /** A consequence about to run can name its advice and notes by key: see {@link RuleContext}. */
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            RuleContext.enter(rule.getName(), rule.getMetaData(), wording);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            RuleContext.leave();
            firedRules.add(event.getMatch().getRule().getName());
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Rule rule = event.getRule();
            if (rule != null) {
                Object source = rule.getMetaData().get("source");
                provenance.put(event.getObject(), new Provenance(rule.getName(),
                        source == null ? "" : source.toString()));
                written += textIn(event.getObject());
                if (written > MOST_TEXT && tooMuchText == null) {
                    tooMuchText = rule.getName();
                    session.halt();
                }
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // conclusions are immutable; nothing to record
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // A conclusion withdrawn within the assessment is no longer held, and its provenance goes with it.
            provenance.remove(event.getOldObject());
        }
    }

    /**
     * Inserts facts; a fact equal to one already present is not inserted twice.
     *
     * @param facts the facts
     */
    public void insert(Collection<?> facts) {
        try {
            for (Object fact : facts) {
                handles.computeIfAbsent(fact, session::insert);
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new RuleFailedException(rules.ruleOf(e), e);
        }
    }

    /**
     * Fires rules until none is left to fire, with no time limit.
     *
     * @param limit the most firings allowed
     * @throws RunawayRulesException when the rules would fire more often than the limit
     * @throws RuleFailedException when a rule throws
     */
    public void fire(int limit) {
        fire(limit, null);
    }

    /**
     * Fires rules until none is left to fire, within a time limit checked before each firing and, for
     * rules compiled with the clock ({@link ClockedClasses}), while their conditions are matched.
     *
     * @param limit the most firings allowed
     * @param timeLimit the longest the rules may run, or null for no limit
     * @throws RunawayRulesException when the rules would fire more often than the limit, or run longer
     * @throws RuleFailedException when a rule throws
     */
    public void fire(int limit, Duration timeLimit) {
        int before = firedRules.size();
        Deadline deadline = timeLimit == null ? null : new Deadline(session, timeLimit, !rules.precompiled());
        // One firing past the limit tells a case that needs exactly `limit` firings from one that never settles.
        int most = limit == Integer.MAX_VALUE ? limit : limit + 1;
        int fired;
        try {
            fired = deadline == null ? session.fireAllRules(most) : session.fireAllRules(deadline, most);
        } catch (RuntimeException | StackOverflowError e) {
            List<String> running = rulesRunning(e);
            if (deadline != null && MatchClock.stoppedBy(e)) {
                throw runaway(timeLimit, running, before);
            }
            throw new RuleFailedException(String.join("\", \"", running), e);
        } finally {
            RuleContext.release();
            if (deadline != null) {
                deadline.close();
            }
        }
        if (tooMuchText != null) {
            throw new RuleFailedException(tooMuchText, new IllegalStateException("the conclusions for this case hold more"
                    + " than " + String.format(Locale.ROOT, "%,d", MOST_TEXT) + " characters of text: rules that write long texts, or many of them,"
                    + " for each of many facts"));
        }
        if (deadline != null && deadline.stoppedAt() != null) {
            // the rule about to fire first: the engine matched its facts last, which may be what took the time
            throw runaway(timeLimit, List.of(deadline.stoppedAt()), before);
        }
        if (fired > limit) {
            throw new RunawayRulesException(limit, mostFired(firedRules.subList(before, firedRules.size())));
        }
    }

    /** The rules whose code threw: a consequence's rule, or the rules of the condition's class. */
    private List<String> rulesRunning(Throwable failure) {
        if (failure instanceof ConsequenceException c) {
            return c.getMatch() == null ? List.of() : List.of(c.getMatch().getRule().getName());
        }
        return List.copyOf(rules.rulesRunning(failure));
    }

    /** The time limit passed: the rules at work then first, and then those that fired most since {@code before}. */
    private RunawayRulesException runaway(Duration timeLimit, List<String> atWork, int before) {
        List<String> named = new ArrayList<>(atWork);
        mostFired(firedRules.subList(before, firedRules.size())).stream().filter(r -> !named.contains(r))
                .forEach(named::add);
        return new RunawayRulesException(timeLimit, named);
    }

    /** The characters of text a conclusion holds: what the person reads of it. */
    private static long textIn(Object conclusion) {
        if (conclusion instanceof Advice a) {
            return (long) a.advice().length() + a.because().length();
        } else if (conclusion instanceof Restriction r) {
            return r.note().length();
        } else if (conclusion instanceof AllExercise a) {
            return a.note().length();
        } else if (conclusion instanceof Suggestion s) {
            return s.why().length();
        }
        return 0;
    }

    private static List<String> mostFired(List<String> names) {
        Map<String, Long> counts = new HashMap<>();
        names.forEach(n -> counts.merge(n, 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(Map.Entry::getKey).toList();
    }

    /**
     * Every conclusion the rules hold now: what they inserted and did not withdraw. Kept by the
     * listener, since the session of an immutable knowledge base keeps no fact of a class that no
     * rule's condition names (an advice, a restriction, a suggestion).
     *
     * @return the conclusions, in no particular order
     */
    public Collection<?> conclusions() {
        return Collections.unmodifiableSet(provenance.keySet());
    }

    /**
     * The exercise library suggestions are picked from.
     *
     * @return the library's exercises
     */
    public List<LibraryExercise> library() {
        return library;
    }

    /** The rule that inserted a conclusion, or "" for one no rule inserted; its source is not worded. */
    String ruleOf(Object conclusion) {
        Provenance written = provenance.get(conclusion);
        return written == null ? "" : written.rule();
    }

    Provenance provenanceOf(Object conclusion) {
        Provenance written = provenance.get(conclusion);
        return written == null ? new Provenance("", "")
                : new Provenance(written.rule(), written.source().isEmpty() ? "" : wording.source(written.source()));
    }

    /**
     * The rules fired so far, in order.
     *
     * @return rule names
     */
    public List<String> firedRules() {
        return List.copyOf(firedRules);
    }

    /**
     * Disposes the session, or gives a pooled one back. A second close does nothing: giving a
     * pooled session back twice would let two evaluations share it.
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.dispose();
        }
    }
}
