package org.backpainkb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backpainkb.authoring.Mismatch;
import org.backpainkb.authoring.ScenarioResult;
import org.backpainkb.authoring.ScenarioRunner;
import org.backpainkb.internal.RuleCheck;
import org.backpainkb.internal.RuleFiles;
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
 * the rules it started with, and its {@link Assessment#knowledgeBase()} says which. Rules that
 * were replaced are disposed of as soon as no assessment uses them any more.
 *
 * <pre>{@code
 * try (ReloadingKnowledgeBase kb = ReloadingKnowledgeBase.builder(Path.of("rules-drl"))
 *         .runScenarios(true).listener(myListener).build()) {
 *     Assessment a = kb.assess(someCase);
 * }
 * }</pre>
 */
public final class ReloadingKnowledgeBase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingKnowledgeBase.class);
    private static final String SCENARIOS = "scenarios";

    private final Path directory;
    private final boolean runScenarios;
    private final int firingLimit;
    private final long debounceNanos;
    private final ReloadListener listener;
    private final ScheduledExecutorService watcher;
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private final AtomicLong disposed = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    // touched by the watcher thread only
    private String loadedFingerprint;
    private String pendingFingerprint;
    private long pendingSince;

    private ReloadingKnowledgeBase(Builder b) {
        this.directory = b.directory;
        this.runScenarios = b.runScenarios;
        this.firingLimit = b.firingLimit;
        this.debounceNanos = b.debounce.toNanos();
        this.listener = b.listener;
        String fingerprint = fingerprint();
        Candidate first = build();
        if (first.kb == null) {
            throw new RulesException(first.problems);
        }
        this.loadedFingerprint = fingerprint;
        current.set(new Generation(first.kb));
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "backpain-kb-rules-watcher");
            t.setDaemon(true);
            return t;
        });
        long poll = b.pollInterval.toNanos();
        watcher.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.NANOSECONDS);
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
     */
    public Assessment assess(Case c) {
        try (Snapshot s = snapshot()) {
            return s.assess(c);
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
        while (true) {
            if (closed.get()) {
                throw new IllegalStateException("this knowledge base is closed");
            }
            Generation g = current.get();
            if (g.tryAcquire()) {
                return new Snapshot(g);
            }
            // replaced between reading and acquiring: take the new one
        }
    }

    /**
     * Which rules serve new assessments now.
     *
     * @return the version and rules hash
     */
    public KnowledgeBaseId id() {
        return current.get().kb.id();
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
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            watcher.execute(() -> {
                try {
                    String fingerprint = fingerprint();
                    done.complete(!fingerprint.equals(loadedFingerprint) && attempt(fingerprint));
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new IllegalStateException("this knowledge base is closed"));
        }
        return done;
    }

    /** Stops following the directory and disposes of the rules once no assessment uses them. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            watcher.shutdownNow();
            try {
                watcher.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            current.get().retire();
        }
    }

    /** How many replaced rule sets have been disposed of; for tests. */
    long disposedCount() {
        return disposed.get();
    }

    /** The knowledge base serving now; for tests. */
    KnowledgeBase currentKnowledgeBase() {
        return current.get().kb;
    }

    private void poll() {
        try {
            String fingerprint = fingerprint();
            if (fingerprint.equals(loadedFingerprint)) {
                pendingFingerprint = null;
                return;
            }
            long now = System.nanoTime();
            if (!fingerprint.equals(pendingFingerprint)) {
                pendingFingerprint = fingerprint;
                pendingSince = now;
                return;
            }
            if (now - pendingSince >= debounceNanos) {
                pendingFingerprint = null;
                attempt(fingerprint);
            }
        } catch (RuntimeException e) {
            // a file vanished or was half written between listing and reading: look again next time
            LOG.debug("Could not read the rules in {} this time: {}", directory, e.getMessage());
        }
    }

    /** Builds, checks and swaps in the directory's rules; runs on the watcher thread. */
    private boolean attempt(String fingerprint) {
        loadedFingerprint = fingerprint;
        Candidate candidate = build();
        Generation serving = current.get();
        if (candidate.kb == null) {
            LOG.warn("Rules in {} refused, {} problem(s); still serving rules {}", directory,
                    candidate.problems.size(), serving.kb.id().rulesHash());
            notify(() -> listener.rejected(serving.kb.id(), candidate.problems));
            return false;
        }
        if (closed.get()) {
            candidate.kb.compiledRules().close();
            return false;
        }
        Generation next = new Generation(candidate.kb);
        Generation previous = current.getAndSet(next);
        previous.retire();
        LOG.info("Rules in {} reloaded: {} replaces {}", directory, next.kb.id().rulesHash(),
                previous.kb.id().rulesHash());
        notify(() -> listener.reloaded(previous.kb.id(), next.kb.id()));
        return true;
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A reload listener failed", e);
        }
    }

    private record Candidate(KnowledgeBase kb, List<RuleProblem> problems) {
    }

    private Candidate build() {
        RuleCheck.Result check;
        try {
            check = RuleCheck.check(RuleFiles.fromDirectory(directory));
        } catch (RulesException e) {
            return new Candidate(null, e.problems());
        }
        if (!check.ok()) {
            return new Candidate(null, check.problems());
        }
        KnowledgeBase kb = new KnowledgeBase(check.rules(), check.thresholds(), check.library(), firingLimit);
        Path scenarios = directory.resolve(SCENARIOS);
        if (runScenarios && Files.isDirectory(scenarios)) {
            List<RuleProblem> failures = new ArrayList<>();
            for (ScenarioResult r : new ScenarioRunner(kb).run(List.of(scenarios)).results()) {
                if (!r.passed()) {
                    failures.add(new RuleProblem(directory.relativize(Path.of(r.file())).toString().replace('\\', '/'), 0,
                            "scenario \"" + r.name() + "\" fails: " + (r.error() != null ? r.error()
                                    : r.mismatches().stream().map(ReloadingKnowledgeBase::describe)
                                            .collect(Collectors.joining("; ")))));
                }
            }
            if (!failures.isEmpty()) {
                kb.compiledRules().close();
                return new Candidate(null, failures);
            }
        }
        return new Candidate(kb, List.of());
    }

    private static String describe(Mismatch m) {
        return m.field() + " expected " + m.expected() + ", was " + m.actual();
    }

    /** A digest of every file under the directory, names and contents, so any edit changes it. */
    private String fingerprint() {
        try (Stream<Path> walk = Files.walk(directory)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(directory.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try {
                    sha.update(Files.readAllBytes(p));
                } catch (NoSuchFileException e) {
                    continue;
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** One set of compiled rules and the assessments using it; disposed once replaced and unused. */
    private final class Generation {
        private static final int RETIRED = 1 << 30;
        final KnowledgeBase kb;
        private final AtomicInteger state = new AtomicInteger();
        private final AtomicBoolean disposedFlag = new AtomicBoolean();

        Generation(KnowledgeBase kb) {
            this.kb = kb;
        }

        boolean tryAcquire() {
            while (true) {
                int s = state.get();
                if ((s & RETIRED) != 0) {
                    return false;
                }
                if (state.compareAndSet(s, s + 1)) {
                    return true;
                }
            }
        }

        void release() {
            if (state.decrementAndGet() == RETIRED) {
                dispose();
            }
        }

        void retire() {
            if (state.getAndUpdate(s -> s | RETIRED) == 0) {
                dispose();
            }
        }

        private void dispose() {
            if (disposedFlag.compareAndSet(false, true)) {
                kb.compiledRules().close();
                disposed.incrementAndGet();
            }
        }
    }

    /** The rules that served when it was taken; assess any number of cases on them, then close. */
    public final class Snapshot implements AutoCloseable {
        private final Generation generation;
        private final AtomicBoolean released = new AtomicBoolean();

        private Snapshot(Generation generation) {
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
        private int firingLimit = KnowledgeBase.DEFAULT_FIRING_LIMIT;
        private Duration pollInterval = Duration.ofMillis(500);
        private Duration debounce = Duration.ofSeconds(1);
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
            this.firingLimit = KnowledgeBase.checkFiringLimit(limit);
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
