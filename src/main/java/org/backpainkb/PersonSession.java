package org.backpainkb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.backpainkb.internal.CaseFacts;
import org.backpainkb.internal.Conclusions;
import org.backpainkb.internal.Evaluation;
import org.backpainkb.internal.PainLog;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Person;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;
import org.backpainkb.rules.ReportedRedFlag;

/**
 * A live assessment of one person, followed over time: add, replace and remove facts as they
 * arrive (a pain log, a reassessment, a red flag answered yes), call {@link #update()}, and be
 * told through a {@link SessionListener} what advice appeared, changed or was withdrawn.
 *
 * <pre>{@code
 * try (PersonSession session = kb.openSession()) {
 *     session.addListener(new SessionListener() {
 *         @Override
 *         public void recommendationAdded(Recommendation r) {
 *             notifyPerson(r.advice());
 *         }
 *     });
 *     session.reassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED));
 *     session.addExercise(new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT));
 *     session.update();                      // restore-mobility-before-stability is added
 *     session.reassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL));
 *     session.update();                      // ... and withdrawn
 * }
 * }</pre>
 *
 * <p><b>Changes take effect on {@link #update()}.</b> The methods that add, replace and remove
 * facts only record the change; {@code update()} runs the rules over the facts as they are then,
 * returns the new {@link Assessment} and tells the listeners how it differs from the one before.
 * So a reassessment of several findings at once is reported as one change, not as a flicker of
 * intermediate advice. Conclusions are kept up to date incrementally: a conclusion whose facts
 * went is withdrawn, and the result after any history of changes is the one a one-shot
 * {@link KnowledgeBase#assess(Case)} of {@link #currentCase()} gives.
 *
 * <p>Facts are values: adding a fact equal to one already in the session changes nothing (and
 * returns false), and removing takes away the equal fact. The person and the core activation are
 * one at a time: setting them replaces the earlier one.
 *
 * <p><b>Not thread-safe.</b> A session belongs to one person and must not be shared between
 * threads: use it from one thread at a time (handing it from one thread to another, with the
 * usual happens-before, is fine). Use from a second thread while a first is inside a method is
 * detected on a best-effort basis and refused with a {@link ConcurrentModificationException}. The
 * {@link KnowledgeBase} it came from is shared freely; open one session per person.
 *
 * <p>A session holds a rules engine session: close it when done, best with try-with-resources. A
 * closed session refuses every use but {@link #close()} and {@link #isClosed()} with an
 * {@link IllegalStateException}.
 */
public final class PersonSession implements AutoCloseable {

    private final Evaluation evaluation;
    private final int firingLimit;
    private final KnowledgeBaseId knowledgeBase;
    private final String caseId;
    /** The facts in the engine, in the order they were added: red flags wrapped as the rules see them. */
    private final Set<Object> facts = new LinkedHashSet<>();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Thread> user = new AtomicReference<>();
    private Person person;
    private CoreActivation core;
    private StartBack startBack;
    private LocalDate asOf;
    /** The pain log's window and summaries now in the engine, made from the sessions, asOf and thresholds. */
    private List<Object> painLog = List.of();
    private Assessment assessment;
    private boolean notifying;
    private boolean closed;
    /** Run once the session is closed; a reloading knowledge base lets go of the session's rules then. */
    private final Runnable afterClose;

    PersonSession(Evaluation evaluation, int firingLimit, KnowledgeBaseId knowledgeBase, Case initial, Runnable afterClose) {
        this.evaluation = evaluation;
        this.afterClose = afterClose;
        this.firingLimit = firingLimit;
        this.knowledgeBase = knowledgeBase;
        this.caseId = initial.id();
        try {
            addAll(initial);
            this.assessment = evaluate();
        } catch (RuntimeException e) {
            evaluation.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- listeners

    /**
     * Registers a listener, told of the changes of every later {@link #update()}.
     *
     * @param listener the listener
     * @throws IllegalStateException when the session is closed
     */
    public void addListener(SessionListener listener) {
        Objects.requireNonNull(listener, "listener");
        run(() -> listeners.add(listener));
    }

    /**
     * Unregisters a listener.
     *
     * @param listener a listener registered before
     * @return whether it was registered
     * @throws IllegalStateException when the session is closed
     */
    public boolean removeListener(SessionListener listener) {
        return call(() -> listeners.remove(listener));
    }

    // ---------------------------------------------------------------- evaluating

    /**
     * Runs the rules over the facts as they are now, tells the listeners what changed since the
     * last assessment, and returns the new one. Its {@code firedRules} are the rules fired by this
     * update only.
     *
     * @return the assessment now
     * @throws IllegalStateException when the session is closed, or when called from a listener
     * @throws RunawayRulesException when the rules fire more often than the knowledge base's firing
     *     limit; the session is then closed, as its conclusions cannot be trusted (and so it is
     *     after any other failure of the rules)
     */
    public Assessment update() {
        return call(() -> {
            requireChangeable("update()");
            Assessment before = assessment;
            Assessment after;
            try {
                after = evaluate();
            } catch (RuntimeException e) {
                close(); // half-fired conclusions cannot be trusted
                throw e;
            }
            assessment = after;
            List<Consumer<SessionListener>> changes = changes(before, after);
            if (!changes.isEmpty() && !listeners.isEmpty()) {
                notifying = true;
                try {
                    for (Consumer<SessionListener> change : changes) {
                        for (SessionListener listener : listeners) {
                            if (closed) {
                                return after; // a listener closed the session: tell no one more
                            }
                            change.accept(listener);
                        }
                    }
                } finally {
                    notifying = false;
                }
            }
            return after;
        });
    }

    /**
     * The assessment of the last {@link #update()}, or of the facts the session was opened with.
     * Changes made since the last update are not in it.
     *
     * @return the latest assessment
     * @throws IllegalStateException when the session is closed
     */
    public Assessment assessment() {
        return call(() -> assessment);
    }

    /**
     * The facts in the session now, as a case (including changes not yet evaluated), each list in
     * the order its facts were added. Its id is the id of the case the session was opened with.
     *
     * @return a snapshot of the facts
     * @throws IllegalStateException when the session is closed
     */
    public Case currentCase() {
        return call(() -> {
            Case.Builder b = Case.builder().id(caseId).person(person).core(core).startBack(startBack).asOf(asOf);
            for (Object fact : facts) {
                if (fact instanceof Symptom f) {
                    b.symptom(f);
                } else if (fact instanceof ReportedRedFlag f) {
                    b.redFlag(f.flag());
                } else if (fact instanceof MobilityFinding f) {
                    b.mobility(f);
                } else if (fact instanceof BreathingObservation f) {
                    b.breathing(f);
                } else if (fact instanceof Exercise f) {
                    b.exercise(f);
                } else if (fact instanceof FormError f) {
                    b.formError(f);
                } else if (fact instanceof ExerciseSession f) {
                    b.session(f);
                }
            }
            return b.build();
        });
    }

    // ---------------------------------------------------------------- facts, in bulk

    /**
     * Adds every fact of a case: its lists' facts are added, its person, core, STarT Back answers
     * and date (when given) replace the session's. The case's id is ignored.
     *
     * @param c the facts to add
     * @throws IllegalStateException when the session is closed
     */
    public void addAll(Case c) {
        Objects.requireNonNull(c, "case");
        run(() -> {
            requireChangeable("addAll");
            if (c.asOf() != null) {
                asOf = c.asOf();
            }
            for (Object fact : CaseFacts.of(c)) {
                if (fact instanceof Person p) {
                    setPerson(p);
                } else if (fact instanceof CoreActivation a) {
                    setCore(a);
                } else if (fact instanceof StartBack answers) {
                    setStartBack(answers);
                } else {
                    add(fact);
                }
            }
        });
    }

    // ---------------------------------------------------------------- one at a time

    /**
     * Sets the person, replacing any person set before.
     *
     * @param value the person
     * @throws IllegalStateException when the session is closed
     */
    public void setPerson(Person value) {
        Objects.requireNonNull(value, "person");
        run(() -> {
            requireChangeable("setPerson");
            if (person != null) {
                remove(person);
            }
            person = value;
            add(value);
        });
    }

    /**
     * Removes the person, if one was set.
     *
     * @return whether a person was set
     * @throws IllegalStateException when the session is closed
     */
    public boolean clearPerson() {
        return call(() -> {
            requireChangeable("clearPerson");
            boolean had = person != null && remove(person);
            person = null;
            return had;
        });
    }

    /**
     * Sets the core activation, replacing any assessment of it before: the core is assessed as a
     * whole, one at a time.
     *
     * @param value whether the core switches on, and how strong it is
     * @throws IllegalStateException when the session is closed
     */
    public void setCore(CoreActivation value) {
        Objects.requireNonNull(value, "core");
        run(() -> {
            requireChangeable("setCore");
            if (core != null) {
                remove(core);
            }
            core = value;
            add(value);
        });
    }

    /**
     * Removes the core activation, if one was set; motor control is then not established.
     *
     * @return whether a core activation was set
     * @throws IllegalStateException when the session is closed
     */
    public boolean clearCore() {
        return call(() -> {
            requireChangeable("clearCore");
            boolean had = core != null && remove(core);
            core = null;
            return had;
        });
    }

    // ---------------------------------------------------------------- screening and time

    /**
     * Sets the STarT Back Screening Tool's answers, replacing any given before: a new screening
     * replaces the old one.
     *
     * @param value the nine answers
     * @throws IllegalStateException when the session is closed
     */
    public void setStartBack(StartBack value) {
        Objects.requireNonNull(value, "startBack");
        run(() -> {
            requireChangeable("setStartBack");
            if (startBack != null) {
                remove(startBack);
            }
            startBack = value;
            add(value);
        });
    }

    /**
     * Removes the STarT Back answers, if given; the risk is then not reported.
     *
     * @return whether answers were given
     * @throws IllegalStateException when the session is closed
     */
    public boolean clearStartBack() {
        return call(() -> {
            requireChangeable("clearStartBack");
            boolean had = startBack != null && remove(startBack);
            startBack = null;
            return had;
        });
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
        run(() -> {
            requireChangeable("setAsOf");
            asOf = value;
        });
    }

    // ---------------------------------------------------------------- symptoms

    /**
     * Adds a symptom.
     *
     * @param symptom what hurts
     * @return whether it was new: false when an equal symptom is already there
     * @throws IllegalStateException when the session is closed
     */
    public boolean addSymptom(Symptom symptom) {
        return addFact(symptom, "symptom");
    }

    /**
     * Removes a symptom.
     *
     * @param symptom a symptom equal to one added
     * @return whether it was there
     * @throws IllegalStateException when the session is closed
     */
    public boolean removeSymptom(Symptom symptom) {
        return removeFact(symptom, "symptom");
    }

    /**
     * Replaces a symptom with another, e.g. when its intensity changes.
     *
     * @param before a symptom equal to one added
     * @param after the symptom now
     * @throws IllegalArgumentException when {@code before} is not in the session
     * @throws IllegalStateException when the session is closed
     */
    public void replaceSymptom(Symptom before, Symptom after) {
        replaceFact(before, after, "symptom");
    }

    // ---------------------------------------------------------------- red flags

    /**
     * Adds a red flag: a screening question answered yes.
     *
     * @param flag the red flag
     * @return whether it was new
     * @throws IllegalStateException when the session is closed
     */
    public boolean addRedFlag(RedFlag flag) {
        Objects.requireNonNull(flag, "redFlag");
        return addFact(new ReportedRedFlag(flag), "redFlag");
    }

    /**
     * Removes a red flag, e.g. when a doctor has ruled out its cause.
     *
     * @param flag the red flag
     * @return whether it was there
     * @throws IllegalStateException when the session is closed
     */
    public boolean removeRedFlag(RedFlag flag) {
        Objects.requireNonNull(flag, "redFlag");
        return removeFact(new ReportedRedFlag(flag), "redFlag");
    }

    // ---------------------------------------------------------------- mobility

    /**
     * Adds a mobility finding.
     *
     * @param finding a spinal movement's range as assessed
     * @return whether it was new
     * @throws IllegalStateException when the session is closed
     */
    public boolean addMobility(MobilityFinding finding) {
        return addFact(finding, "mobility");
    }

    /**
     * Removes a mobility finding.
     *
     * @param finding a finding equal to one added
     * @return whether it was there
     * @throws IllegalStateException when the session is closed
     */
    public boolean removeMobility(MobilityFinding finding) {
        return removeFact(finding, "mobility");
    }

    /**
     * Replaces a mobility finding with another.
     *
     * @param before a finding equal to one added
     * @param after the finding now
     * @throws IllegalArgumentException when {@code before} is not in the session
     * @throws IllegalStateException when the session is closed
     */
    public void replaceMobility(MobilityFinding before, MobilityFinding after) {
        replaceFact(before, after, "mobility");
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
        Objects.requireNonNull(finding, "mobility");
        return call(() -> {
            requireChangeable("reassessMobility");
            Movement movement = finding.movement();
            List<MobilityFinding> replaced = new ArrayList<>();
            for (Object fact : List.copyOf(facts)) {
                if (fact instanceof MobilityFinding f && f.movement() == movement && !f.equals(finding)) {
                    remove(f);
                    replaced.add(f);
                }
            }
            add(finding);
            return List.copyOf(replaced);
        });
    }

    // ---------------------------------------------------------------- breathing

    /**
     * Adds a breathing observation.
     *
     * @param observation how the person was seen to breathe
     * @return whether it was new
     * @throws IllegalStateException when the session is closed
     */
    public boolean addBreathing(BreathingObservation observation) {
        return addFact(observation, "breathing");
    }

    /**
     * Removes a breathing observation.
     *
     * @param observation an observation equal to one added
     * @return whether it was there
     * @throws IllegalStateException when the session is closed
     */
    public boolean removeBreathing(BreathingObservation observation) {
        return removeFact(observation, "breathing");
    }

    /**
     * Replaces a breathing observation with another, e.g. breath holding while lifting that has
     * become diaphragmatic breathing.
     *
     * @param before an observation equal to one added
     * @param after the observation now
     * @throws IllegalArgumentException when {@code before} is not in the session
     * @throws IllegalStateException when the session is closed
     */
    public void replaceBreathing(BreathingObservation before, BreathingObservation after) {
        replaceFact(before, after, "breathing");
    }

    // ---------------------------------------------------------------- exercises

    /**
     * Adds an exercise to the programme.
     *
     * @param exercise the exercise
     * @return whether it was new
     * @throws IllegalStateException when the session is closed
     */
    public boolean addExercise(Exercise exercise) {
        return addFact(exercise, "exercise");
    }

    /**
     * Removes an exercise from the programme.
     *
     * @param exercise an exercise equal to one added
     * @return whether it was there
     * @throws IllegalStateException when the session is closed
     */
    public boolean removeExercise(Exercise exercise) {
        return removeFact(exercise, "exercise");
    }

    /**
     * Replaces an exercise of the programme with another, e.g. with a different load.
     *
     * @param before an exercise equal to one added
     * @param after the exercise now
     * @throws IllegalArgumentException when {@code before} is not in the session
     * @throws IllegalStateException when the session is closed
     */
    public void replaceExercise(Exercise before, Exercise after) {
        replaceFact(before, after, "exercise");
    }

    // ---------------------------------------------------------------- form errors

    /**
     * Adds a fault in form seen while exercising.
     *
     * @param error the fault
     * @return whether it was new
     * @throws IllegalStateException when the session is closed
     */
    public boolean addFormError(FormError error) {
        return addFact(error, "formError");
    }

    /**
     * Removes a fault in form, e.g. once it is corrected.
     *
     * @param error a fault equal to one added
     * @return whether it was there
     * @throws IllegalStateException when the session is closed
     */
    public boolean removeFormError(FormError error) {
        return removeFact(error, "formError");
    }

    /**
     * Replaces a fault in form with another.
     *
     * @param before a fault equal to one added
     * @param after the fault now
     * @throws IllegalArgumentException when {@code before} is not in the session
     * @throws IllegalStateException when the session is closed
     */
    public void replaceFormError(FormError before, FormError after) {
        replaceFact(before, after, "formError");
    }

    // ---------------------------------------------------------------- exercise log

    /**
     * Adds an entry to the exercise log.
     *
     * @param entry a session with its pain ratings
     * @return whether it was new
     * @throws IllegalStateException when the session is closed
     */
    public boolean addExerciseSession(ExerciseSession entry) {
        return addFact(entry, "session");
    }

    /**
     * Removes an entry from the exercise log, e.g. one that has aged out of the window the
     * application assesses.
     *
     * @param entry an entry equal to one added
     * @return whether it was there
     * @throws IllegalStateException when the session is closed
     */
    public boolean removeExerciseSession(ExerciseSession entry) {
        return removeFact(entry, "session");
    }

    /**
     * Replaces an entry of the exercise log, e.g. when the next morning's pain is known.
     *
     * @param before an entry equal to one added
     * @param after the entry now
     * @throws IllegalArgumentException when {@code before} is not in the session
     * @throws IllegalStateException when the session is closed
     */
    public void replaceExerciseSession(ExerciseSession before, ExerciseSession after) {
        replaceFact(before, after, "session");
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
     * Releases the rules engine session. Closing twice does nothing. A listener may close the
     * session: no listener is told of further changes, and the update that called it returns
     * normally.
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
            closed = true;
            listeners.clear();
            try {
                evaluation.close();
            } finally {
                afterClose.run();
            }
        }
    }

    // ---------------------------------------------------------------- implementation

    private boolean addFact(Object fact, String what) {
        Objects.requireNonNull(fact, what);
        return call(() -> {
            requireChangeable(what);
            return add(fact);
        });
    }

    private boolean removeFact(Object fact, String what) {
        Objects.requireNonNull(fact, what);
        return call(() -> {
            requireChangeable(what);
            return remove(fact);
        });
    }

    private void replaceFact(Object before, Object after, String what) {
        Objects.requireNonNull(before, what);
        Objects.requireNonNull(after, what);
        run(() -> {
            requireChangeable(what);
            if (!facts.contains(before)) {
                throw new IllegalArgumentException(what + ": cannot replace " + before + ": it is not in this session");
            }
            remove(before);
            add(after);
        });
    }

    private boolean add(Object fact) {
        if (!facts.add(fact)) {
            return false;
        }
        evaluation.insert(List.of(fact));
        return true;
    }

    private boolean remove(Object fact) {
        if (!facts.remove(fact)) {
            return false;
        }
        evaluation.delete(fact);
        return true;
    }

    private Assessment evaluate() {
        refreshPainLog();
        evaluation.clearFiredRules();
        evaluation.fire(firingLimit);
        return Conclusions.assess(evaluation, caseId, knowledgeBase);
    }

    /** Replaces the pain log's facts with those of the sessions and the day now; unchanged ones stay. */
    private void refreshPainLog() {
        List<ExerciseSession> sessions = facts.stream().filter(ExerciseSession.class::isInstance)
                .map(ExerciseSession.class::cast).toList();
        List<Object> now = PainLog.facts(asOf, sessions, knowledgeBase.thresholds());
        painLog.stream().filter(f -> !now.contains(f)).forEach(evaluation::delete);
        evaluation.insert(now);
        painLog = now;
    }

    /** What changed between two assessments, in the order {@link SessionListener} documents. */
    static List<Consumer<SessionListener>> changes(Assessment before, Assessment after) {
        List<Consumer<SessionListener>> changes = new ArrayList<>();
        if (!before.referral().equals(after.referral())) {
            changes.add(l -> l.referralChanged(before.referral(), after.referral()));
        }
        if (before.stage() != after.stage()) {
            changes.add(l -> l.stageChanged(before.stage(), after.stage()));
        }
        Map<String, Recommendation> was = byId(before.recommendations());
        Map<String, Recommendation> now = byId(after.recommendations());
        for (Recommendation r : before.recommendations()) {
            if (!now.containsKey(r.id())) {
                changes.add(l -> l.recommendationWithdrawn(r));
            }
        }
        for (Recommendation r : after.recommendations()) {
            Recommendation old = was.get(r.id());
            if (old == null) {
                changes.add(l -> l.recommendationAdded(r));
            } else if (!old.equals(r)) {
                changes.add(l -> l.recommendationChanged(old, r));
            }
        }
        for (ExerciseCategory category : ExerciseCategory.values()) {
            Clearance old = before.clearance(category);
            Clearance current = after.clearance(category);
            if (!old.equals(current)) {
                changes.add(l -> l.clearanceChanged(old, current));
            }
        }
        return changes;
    }

    private static Map<String, Recommendation> byId(List<Recommendation> recommendations) {
        Map<String, Recommendation> byId = new LinkedHashMap<>();
        recommendations.forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    private void requireChangeable(String operation) {
        if (notifying) {
            throw new IllegalStateException(operation + ": a listener may read the session but not change or update it");
        }
    }

    private void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Runs an action as the session's one user, refusing a closed session and a second thread. */
    private <T> T call(Supplier<T> action) {
        Thread me = Thread.currentThread();
        Thread current = user.get();
        if (current == me) {
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
