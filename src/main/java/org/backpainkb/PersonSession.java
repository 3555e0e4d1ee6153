package org.backpainkb;

import java.time.LocalDate;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.backpainkb.AssessmentChanges.Change;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Fact;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.Person;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live assessment of one person, followed over time: add, replace and remove facts as they
 * arrive (a pain log, a reassessment, a red flag answered yes), call {@link #update()}, and be
 * told through the {@link SessionListener}s given at open what advice appeared, changed or was
 * withdrawn.
 *
 * <pre>{@code
 * Case intake = Case.builder()        // forward bending restricted; the core and breathing in place
 *         .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true))
 *         .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
 *         .core(new CoreActivation(true, true, CoreStrength.AVERAGE))
 *         .build();
 * try (PersonSession session = kb.openSession(intake, new SessionListener() {
 *         @Override
 *         public void recommendationAdded(Recommendation r) {
 *             notifyPerson(r.advice());
 *         }
 *     })) {
 *     session.add(new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT));
 *     session.update();                      // restore-mobility-before-stability is added
 *     session.reassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL));
 *     session.update();                      // ... and withdrawn
 * }
 * }</pre>
 *
 * <p><b>What it keeps.</b> A session keeps the person's current {@link Case} and its last
 * {@link Assessment}, nothing of the rules engine: {@link #update()} assesses the current case as
 * {@link KnowledgeBase#assess(Case)} does and tells the listeners how the result differs from the
 * one before. So the assessment after any history of changes is the one-shot assessment of
 * {@link #currentCase()}, by construction, and a session is saved and restored as its case
 * ({@link org.backpainkb.io.CaseWriter}, then {@link Assessor#resumeSession resumeSession(savedCase,
 * listeners...)}, whose listeners hear only what changes from there on).
 *
 * <p><b>Changes take effect on {@link #update()}.</b> The methods that add, replace and remove
 * facts only record the change, so a reassessment of several findings at once is reported as one
 * change, not as a flicker of intermediate advice.
 *
 * <p>The session's lists hold entries, as a case file does: adding a fact equal to one already
 * there adds a second entry (two identical rides on one day are two sessions of the log, counted
 * twice, as the same case read from a file counts them), and removing takes away one entry equal to
 * it. The person, the core activation, the
 * STarT Back answers and the date are one at a time: setting one replaces the earlier one, and
 * setting null removes it.
 *
 * <p><b>Not thread-safe.</b> A session belongs to one person and must not be shared between
 * threads: use it from one thread at a time (handing it from one thread to another, with the
 * usual happens-before, is fine). Use from a second thread while a first is inside a method is
 * detected on a best-effort basis and refused with a {@link ConcurrentModificationException}. The
 * knowledge base it came from is shared freely; open one session per person.
 *
 * <p>Close a session when done, best with try-with-resources: on a {@link ReloadingKnowledgeBase}
 * it holds the rules it was opened on until then. A closed session refuses every use but
 * {@link #close()} and {@link #isClosed()} with an {@link IllegalStateException}.
 */
public final class PersonSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PersonSession.class);

    private final KnowledgeBase kb;
    private final List<SessionListener> listeners;
    /** Run once the session is closed; a reloading knowledge base lets go of the session's rules then. */
    private final Runnable afterClose;
    private final AtomicReference<Thread> user = new AtomicReference<>();
    private Case current;
    /** The case of {@link #assessment}: what the listeners have heard of. */
    private Case assessed;
    private Assessment assessment;
    private boolean notifying;
    private boolean closed;

    PersonSession(KnowledgeBase kb, Case initial, boolean intake, List<SessionListener> listeners,
            Runnable afterClose) {
        this.kb = kb;
        this.listeners = List.copyOf(listeners);
        this.afterClose = afterClose;
        this.current = initial;
        this.assessed = initial;
        this.assessment = kb.assess(initial);
        if (intake && !this.listeners.isEmpty()) {
            // the intake's events: from a person of whom nothing is known yet to the intake
            tell(AssessmentChanges.between(kb.assess(Case.builder().id(initial.id()).build()), assessment));
        }
    }

    // ---------------------------------------------------------------- evaluating

    /**
     * Assesses the current case, tells the listeners what changed since the last assessment, and
     * returns the new one: the same as {@code assess(currentCase())} on the session's rules.
     *
     * @return the assessment now
     * @throws IllegalStateException when the session is closed, or when called from a listener
     * @throws RunawayRulesException when the rules fire more often than the knowledge base's firing
     *     limit; the session then keeps its last assessment and its facts, and stays open
     * @throws RuleFailedException when a rule throws while it is evaluated; the session stays as for a
     *     runaway
     * @throws ContractShortfallException when the assessment falls short of the contract's statements
     *     (rules edited so that a statement no longer holds for this person); the session stays as for
     *     a runaway. It is an {@link IllegalStateException}, but not a sign that the session is closed
     */
    public Assessment update() {
        return call(() -> {
            requireChangeable("update()");
            Assessment before = assessment;
            assessment = kb.assess(current);
            assessed = current;
            if (!listeners.isEmpty()) {
                tell(AssessmentChanges.between(before, assessment));
            }
            return assessment;
        });
    }

    /**
     * The assessment of the last {@link #update()}, or of the case the session was opened with.
     * Changes made since the last update are not in it.
     *
     * @return the latest assessment
     * @throws IllegalStateException when the session is closed
     */
    public Assessment assessment() {
        return call(() -> assessment);
    }

    /**
     * Whether facts changed since the last {@link #update()} (or since the session was opened): the
     * listeners have not heard of them yet. Update before saving {@link #currentCase()}: a session
     * resumed from a saved case tells its listeners only what changes from there on, so a red flag
     * added and saved without an update would never be told.
     *
     * @return true when {@link #currentCase()} differs from the case of {@link #assessment()}
     * @throws IllegalStateException when the session is closed
     */
    public boolean hasPendingChanges() {
        return call(() -> current != assessed && !current.equals(assessed));
    }

    /**
     * The facts in the session now (including changes not yet assessed: see
     * {@link #hasPendingChanges()}), each list in the order its facts were added. Its id is the id of
     * the case the session was opened with.
     *
     * @return the current case
     * @throws IllegalStateException when the session is closed
     */
    public Case currentCase() {
        return call(() -> current);
    }

    // ---------------------------------------------------------------- facts

    /**
     * Adds a fact: a symptom, a red flag, a mobility finding, a breathing observation, an exercise,
     * a fault in form or an entry of the exercise log.
     *
     * @param fact the fact
     * @return true, as {@link List#add}: a fact equal to one already there is one more entry
     * @throws org.backpainkb.model.InvalidCaseException when its list would be longer than a case may hold
     *     ({@link Case#MAX_LIST_ELEMENTS}), so that the session can always be saved and read back; the
     *     session is left as it was. Log entries older than the pain log's window count for nothing:
     *     remove them as the log grows
     * @throws IllegalStateException when the session is closed
     */
    public boolean add(Fact fact) {
        // checked inside the change, after the session is known to be open: a closed session refuses any use alike
        return change("add", c -> c.with(Objects.requireNonNull(fact, "fact")));
    }

    /**
     * Removes a fact, e.g. a red flag whose cause a doctor has ruled out.
     *
     * @param fact a fact equal to one added; one entry equal to it goes, the first
     * @return whether there was one
     * @throws IllegalStateException when the session is closed
     */
    public boolean remove(Fact fact) {
        return change("remove", c -> c.without(Objects.requireNonNull(fact, "fact")));
    }

    /**
     * Replaces a fact with another, e.g. an entry of the exercise log once the next morning's pain
     * is known. One entry equal to {@code before} is replaced, as in {@link #remove}: of two equal
     * entries, the other stays.
     *
     * @param before a fact equal to one added
     * @param after the fact now
     * @throws IllegalArgumentException when {@code before} is not in the session
     * @throws IllegalStateException when the session is closed
     */
    public void replace(Fact before, Fact after) {
        change("replace", c -> {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!c.contains(before)) {
                throw new IllegalArgumentException("cannot replace " + before + ": it is not in this session");
            }
            // a fact replaced by an equal one stays where it is: nothing changed
            return before.equals(after) ? c : c.without(before).with(after);
        });
    }

    /**
     * Records a reassessment of one movement: the finding replaces every earlier finding of the
     * same movement, or is added when there was none.
     *
     * @param finding the movement's range as assessed now
     * @return the findings of that movement it replaced, possibly none
     * @throws IllegalStateException when the session is closed
     */
    public List<MobilityFinding> reassessMobility(MobilityFinding finding) {
        // checked once the session is known to be open: a closed session refuses any use alike
        List<MobilityFinding> replaced = call(() -> {
            Objects.requireNonNull(finding, "finding");
            return current.mobility().stream()
                    .filter(f -> f.movement() == finding.movement() && !f.equals(finding)).toList();
        });
        change("reassessMobility", c -> replaceAll(c, replaced, finding));
        return replaced;
    }

    /**
     * Records what the person reports of one region now: the symptom replaces every earlier
     * symptom of the same region (a new intensity is not a second symptom), or is added when there
     * was none.
     *
     * @param symptom what hurts now, and how much
     * @return the symptoms of that region it replaced, possibly none
     * @throws IllegalStateException when the session is closed
     */
    public List<Symptom> reportSymptom(Symptom symptom) {
        List<Symptom> replaced = call(() -> {
            Objects.requireNonNull(symptom, "symptom");
            return current.symptoms().stream()
                    .filter(s -> s.region() == symptom.region() && !s.equals(symptom)).toList();
        });
        change("reportSymptom", c -> replaceAll(c, replaced, symptom));
        return replaced;
    }

    // ---------------------------------------------------------------- one at a time

    /**
     * Sets the person, replacing any person set before.
     *
     * @param value the person, or null to remove it
     * @throws IllegalStateException when the session is closed
     */
    public void setPerson(Person value) {
        change("setPerson", c -> Case.builder(c).person(value).build());
    }

    /**
     * Sets the core activation, replacing any assessment of it before: the core is assessed as a
     * whole, one at a time.
     *
     * @param value whether the core switches on, and how strong it is; null when not assessed
     *     (motor control is then not established)
     * @throws IllegalStateException when the session is closed
     */
    public void setCore(CoreActivation value) {
        change("setCore", c -> Case.builder(c).core(value).build());
    }

    /**
     * Sets the STarT Back Screening Tool's answers: a new screening replaces the old one.
     *
     * @param value the nine answers, or null when not screened (the risk is then not reported)
     * @throws IllegalStateException when the session is closed
     */
    public void setStartBack(StartBack value) {
        change("setStartBack", c -> Case.builder(c).startBack(value).build());
    }

    /**
     * Moves the day the session describes: time passes. Sessions older than the pain log's window
     * before this day, and sessions after it, no longer count; the next {@link #update()} says
     * what changed (a dose, a clearance, a recommendation).
     *
     * @param value the day, or null for the latest session's date
     * @throws IllegalStateException when the session is closed
     */
    public void setAsOf(LocalDate value) {
        change("setAsOf", c -> Case.builder(c).asOf(value).build());
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Whether the session is closed.
     *
     * @return true after {@link #close()}
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes the session; on a reloading knowledge base, lets go of the rules it was opened on.
     * Changes no {@link #update()} assessed are dropped with a warning in the log.
     * Closing twice does nothing. A listener may close the session: no listener is told of further
     * changes, and the update that called it returns normally.
     *
     * @throws ConcurrentModificationException when another thread is using the session
     */
    @Override
    public void close() {
        Thread other = user.get();
        if (other != null && other != Thread.currentThread()) {
            throw inUse(other);
        }
        if (!closed) {
            if (!current.equals(assessed)) {
                // dropped, not lost in silence: the application may have meant to update first
                LOG.warn("person session {} closed with changes no update() assessed; its listeners never heard of them",
                        current.id() == null ? "(no id)" : current.id());
            }
            closed = true;
            afterClose.run();
        }
    }

    // ---------------------------------------------------------------- implementation

    /** Replaces the current case with an edit of it; whether the edit changed anything. */
    private boolean change(String operation, UnaryOperator<Case> edit) {
        return call(() -> {
            requireChangeable(operation);
            Case before = current;
            current = edit.apply(before);
            return !current.equals(before);
        });
    }

    private static Case replaceAll(Case c, List<? extends Fact> replaced, Fact now) {
        Case edited = c;
        for (Fact old : replaced) {
            edited = edited.without(old);
        }
        // one symptom of a region, one finding of a movement: the one reported now, once
        return edited.contains(now) ? edited : edited.with(now);
    }

    /** Tells every listener every change; a listener that throws is logged and the others still hear it. */
    private void tell(List<Change> changes) {
        notifying = true;
        try {
            for (Change change : changes) {
                for (SessionListener listener : listeners) {
                    if (closed) {
                        return; // a listener closed the session: tell no one more
                    }
                    try {
                        change.tell().accept(listener);
                    } catch (Exception | Error e) {
                        // a checked exception thrown sneakily (Kotlin, @SneakyThrows) or an assertion is a listener's
                        // failure like any other; only a JVM out of memory or broken is not the listener's alone
                        if (e instanceof VirtualMachineError vm && !(vm instanceof StackOverflowError)) {
                            throw vm;
                        }
                        LOG.warn("session listener {} failed on {}; the other listeners are still told",
                                listener.getClass().getName(), change.event(), e);
                    }
                }
            }
        } finally {
            notifying = false;
        }
    }

    private void requireChangeable(String operation) {
        if (notifying) {
            throw new IllegalStateException(operation + ": a listener may read the session but not change or update it");
        }
    }

    /** Runs an action as the session's one user, refusing a closed session and a second thread. */
    private <T> T call(Supplier<T> action) {
        Thread me = Thread.currentThread();
        if (user.get() == me) {
            // re-entered on the same thread, from a listener
            requireOpen();
            return action.get();
        }
        if (!user.compareAndSet(null, me)) {
            throw inUse(user.get());
        }
        try {
            requireOpen();
            return action.get();
        } finally {
            user.set(null);
        }
    }

    private static ConcurrentModificationException inUse(Thread other) {
        return new ConcurrentModificationException("this PersonSession is in use by thread "
                + (other == null ? "?" : other.getName()) + " and was called from thread "
                + Thread.currentThread().getName() + ": a session must not be shared between threads");
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this PersonSession is closed: open a new one with KnowledgeBase.openSession()");
        }
    }
}
