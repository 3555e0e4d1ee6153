package org.backpainkb;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backpainkb.internal.DirectoryFingerprint;
import org.backpainkb.model.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A knowledge base that follows a rules directory as rule authors edit it. A daemon thread of its
 * own polls the directory; once an edit has settled (nothing changed for the debounce time), that
 * thread builds a candidate from it, validates it as {@code validate} does, runs the directory's
 * {@code scenarios/} when asked, and only then swaps it in, atomically. A broken edit is refused:
 * the last good rules go on serving and the listener hears every problem.
 *
 * <p>Assessments never wait for a reload and never fail because of one: each runs to the end on
 * the rules it started with, and its {@link Assessment#knowledgeBase()} says which. A
 * {@link #openSession(Case, SessionListener...) session} follows the rules serving when it was opened until it is
 * closed. Rules that were replaced are disposed of as soon as no assessment, snapshot or session
 * uses them any more.
 *
 * <pre>{@code
 * try (ReloadingKnowledgeBase kb = ReloadingKnowledgeBase.builder(Path.of("rules-drl"))
 *         .runScenarios(true).listener(myListener).build()) {
 *     Assessment a = kb.assess(someCase);
 * }
 * }</pre>
 */
public final class ReloadingKnowledgeBase implements Assessor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingKnowledgeBase.class);

    private final Path directory;
    private final RulesCandidate candidates;
    private final ReloadListener listener;
    private final Generations generations;
    private final DirectoryPoller poller;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ReloadingKnowledgeBase(Builder b) {
        this.directory = b.directory;
        this.candidates = new RulesCandidate(b.directory, b.runScenarios, b.scenarioTimeout, b.limits);
        this.listener = b.listener;
        String fingerprint = null;
        try {
            fingerprint = DirectoryFingerprint.of(directory);
        } catch (java.io.UncheckedIOException e) {
            // a directory that cannot be read: the check below says so as a RulesException, as fromDirectory does
        }
        RulesCandidate.Outcome first = candidates.check();
        if (first.kb() == null) {
            throw new RulesException(first.problems());
        }
        if (fingerprint == null) {
            fingerprint = DirectoryFingerprint.of(directory);
        }
        this.generations = new Generations(first.kb());
        this.poller = new DirectoryPoller(directory, fingerprint, b.pollInterval, b.debounce, this::reload);
    }

    /**
     * A builder for a knowledge base following a rules directory.
     *
     * @param rulesDirectory the directory of {@code *.drl} files, {@code thresholds.yaml} and,
     *        optionally, {@code scenarios/}
     * @return a new builder
     */
    public static Builder builder(Path rulesDirectory) {
        return new Builder(rulesDirectory);
    }

    /**
     * Assesses one case on the rules serving now. Safe to call from many threads at once, also
     * while rules are being reloaded.
     *
     * @param c the case
     * @return what the rules concluded, with the hash of the rules that concluded it
     * @throws IllegalStateException when closed
     * @throws RunawayRulesException when the rules fire more often than the firing limit allows
     * @throws RuleFailedException when a rule throws while it is evaluated
     * @throws ContractShortfallException when the assessment falls short of the contract's statements
     *     for this case (rules edited so that a statement no longer holds for this person); an
     *     {@link IllegalStateException}, not a sign that anything is closed
     */
    @Override
    public Assessment assess(Case c) {
        try (Snapshot s = snapshot()) {
            return s.assess(c);
        }
    }

    /**
     * Opens a live session for one person on the rules serving now. The session follows those
     * rules, the ones serving when it was opened, for as long as it is open: a reload meanwhile
     * does not change it (its assessments' {@link Assessment#knowledgeBase()} keeps the rules hash
     * it started with), and the rules it holds are disposed of only once it is closed. To move a
     * person onto newer rules, open a new session with {@link PersonSession#currentCase()}.
     *
     * @param initial the facts known so far
     * @param listeners told of the intake's events and of every change, in the order given
     * @return a session to close when done with the person
     * @throws IllegalStateException when closed
     * @throws RunawayRulesException when the rules fire more often than the firing limit allows
     * @throws RuleFailedException when a rule throws while it is evaluated
     * @throws ContractShortfallException when the assessment falls short of the contract's statements
     *     for this case (rules edited so that a statement no longer holds for this person); an
     *     {@link IllegalStateException}, not a sign that anything is closed
     */
    @Override
    public PersonSession openSession(Case initial, SessionListener... listeners) {
        return openOnServingRules(initial, true, listeners);
    }

    /**
     * Reopens a saved person's session on the rules serving now, as {@link #openSession(Case,
     * SessionListener...)} does, without the intake's events. See {@link Assessor#resumeSession}.
     *
     * @param saved the person's case as it was saved
     * @param listeners told of every change from here on, in the order given
     * @return a session to close when done with the person
     * @throws IllegalStateException when closed
     * @throws RunawayRulesException when the rules fire more often than the firing limit allows
     * @throws RuleFailedException when a rule throws while it is evaluated
     * @throws ContractShortfallException when the assessment falls short of the contract's statements
     *     for this case (rules edited so that a statement no longer holds for this person); an
     *     {@link IllegalStateException}, not a sign that anything is closed
     */
    @Override
    public PersonSession resumeSession(Case saved, SessionListener... listeners) {
        return openOnServingRules(saved, false, listeners);
    }

    private PersonSession openOnServingRules(Case initial, boolean intake, SessionListener... listeners) {
        Generations.Generation held = hold();
        try {
            return held.kb.openSession(initial, intake, KnowledgeBase.listeners(listeners), held::release);
        } catch (RuntimeException | Error e) {
            held.release();
            throw e;
        }
    }

    /**
     * Holds on to the rules serving now, so that several cases are assessed by the same rules
     * whatever reloads happen meanwhile. Close it promptly: replaced rules are disposed of only
     * once every snapshot of them is closed.
     *
     * @return a snapshot of the rules serving now
     * @throws IllegalStateException when closed
     */
    public Snapshot snapshot() {
        return new Snapshot(hold());
    }

    private Generations.Generation hold() {
        if (closed.get()) {
            throw new IllegalStateException("this knowledge base is closed");
        }
        return generations.acquire();
    }

    /**
     * Which rules serve new assessments now.
     *
     * @return the version and rules hash
     */
    @Override
    public KnowledgeBaseId id() {
        return generations.current().id();
    }

    /**
     * The directory followed.
     *
     * @return the rules directory
     */
    public Path directory() {
        return directory;
    }

    /**
     * Checks the directory now, without waiting for the next poll or the debounce time, and
     * reloads if it changed.
     *
     * @return completes with true when new rules were swapped in, false when nothing changed or
     *         the edit was refused
     */
    public CompletableFuture<Boolean> reloadNow() {
        return poller.reloadNow();
    }

    /** Stops following the directory and disposes of the rules once no assessment or session uses them. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            poller.close();
            generations.retireCurrent();
        }
    }

    /** How many replaced rule sets have been disposed of; for tests. */
    long disposedCount() {
        return generations.disposedCount();
    }

    /** The knowledge base serving now; for tests. */
    KnowledgeBase currentKnowledgeBase() {
        return generations.current();
    }

    /** Builds, checks and swaps in the directory's rules; runs on the poller's thread. */
    private boolean reload() {
        RulesCandidate.Outcome candidate = candidates.check();
        KnowledgeBaseId serving = generations.current().id();
        if (candidate.kb() == null) {
            LOG.warn("Rules in {} refused, {} problem(s); still serving rules {}", directory,
                    candidate.problems().size(), serving.rulesHash());
            notify(() -> listener.rejected(serving, candidate.problems()));
            return false;
        }
        if (closed.get()) {
            candidate.kb().compiledRules().close();
            return false;
        }
        KnowledgeBaseId next = candidate.kb().id();
        KnowledgeBaseId previous = generations.replace(candidate.kb()).id();
        if (next.rulesHash().equals(previous.rulesHash())) {
            // the hash is the rules' alone: an edit of thresholds.yaml leaves it as it was
            LOG.info("Rules in {} reloaded: thresholds {} replace {}; rules {} unchanged", directory, next.thresholds(),
                    previous.thresholds(), next.rulesHash());
        } else {
            LOG.info("Rules in {} reloaded: {} replaces {}", directory, next.rulesHash(), previous.rulesHash());
        }
        candidate.kb().warnings().forEach(w -> LOG.warn("Rules in {}: {}: warning: {}", directory, w.location(w.file()),
                w.message()));
        notify(() -> listener.reloaded(previous, next));
        return true;
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A reload listener failed", e);
        }
    }

    /** The rules that served when it was taken; assess any number of cases on them, then close. */
    public static final class Snapshot implements AutoCloseable {
        private final Generations.Generation generation;
        private final AtomicBoolean released = new AtomicBoolean();

        private Snapshot(Generations.Generation generation) {
            this.generation = generation;
        }

        /**
         * Assesses a case on this snapshot's rules.
         *
         * @param c the case
         * @return what the rules concluded
         * @throws IllegalStateException when the snapshot is closed
         */
        public Assessment assess(Case c) {
            if (released.get()) {
                throw new IllegalStateException("this snapshot is closed");
            }
            return generation.kb.assess(c);
        }

        /**
         * Which rules this snapshot holds.
         *
         * @return the version and rules hash
         */
        public KnowledgeBaseId id() {
            return generation.kb.id();
        }

        /** Lets the rules go; they are disposed of once replaced and no snapshot holds them. */
        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                generation.release();
            }
        }
    }

    /** Chooses how a reloading knowledge base follows its directory. */
    public static final class Builder {
        private final Path directory;
        private boolean runScenarios;
        private Limits limits = Limits.DEFAULT;
        private Duration pollInterval = Duration.ofMillis(500);
        private Duration debounce = Duration.ofSeconds(1);
        private Duration scenarioTimeout = Duration.ofSeconds(10);
        private ReloadListener listener = new ReloadListener() { };

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "rulesDirectory");
        }

        /**
         * Whether edited rules must also pass every scenario in the directory's {@code scenarios/}
         * before they serve. Off by default.
         *
         * @param value true to run the scenarios
         * @return this builder
         */
        public Builder runScenarios(boolean value) {
            this.runScenarios = value;
            return this;
        }

        /**
         * How long an edit's scenarios may run before the edit is refused; 10 s unless set. A run
         * that does not end in time is abandoned and reported to the listener.
         *
         * @param value more than zero
         * @return this builder
         */
        public Builder scenarioTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("scenarioTimeout: must be more than zero, was " + value);
            }
            this.scenarioTimeout = value;
            return this;
        }

        /**
         * Who hears of reloads and refused edits.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(ReloadListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * How often the directory is looked at; 500 ms unless set.
         *
         * @param value more than zero
         * @return this builder
         */
        public Builder pollInterval(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("pollInterval: must be more than zero, was " + value);
            }
            this.pollInterval = value;
            return this;
        }

        /**
         * How long the directory must stay unchanged before an edit is built, so that saving
         * several files is one reload; 1 s unless set.
         *
         * @param value zero or more
         * @return this builder
         */
        public Builder debounce(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("debounce: must not be negative, was " + value);
            }
            this.debounce = value;
            return this;
        }

        /**
         * Sets the most rule firings allowed in one assessment.
         *
         * @param limit 1 or more
         * @return this builder
         */
        public Builder firingLimit(int limit) {
            this.limits = limits.withFirings(limit);
            return this;
        }

        /**
         * Sets the longest the rules of one assessment may run ({@link KnowledgeBase#DEFAULT_TIME_LIMIT}
         * unless set); see {@link KnowledgeBase.Builder#timeLimit(Duration)}.
         *
         * @param limit more than zero
         * @return this builder
         */
        public Builder timeLimit(Duration limit) {
            this.limits = limits.withTime(limit);
            return this;
        }

        /**
         * Loads the directory's rules now, on the calling thread, and starts following it.
         *
         * @return the knowledge base; close it to stop following
         * @throws RulesException listing every problem when the rules as they are now are not good
         */
        public ReloadingKnowledgeBase build() {
            return new ReloadingKnowledgeBase(this);
        }
    }
}
