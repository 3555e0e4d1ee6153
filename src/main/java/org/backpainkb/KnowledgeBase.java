package org.backpainkb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Properties;
import org.backpainkb.internal.CaseFacts;
import org.backpainkb.internal.ContractFloor;
import org.backpainkb.internal.PainLog;
import org.backpainkb.internal.CompiledRules;
import org.backpainkb.internal.Conclusions;
import org.backpainkb.internal.Evaluation;
import org.backpainkb.internal.PrecompiledRules;
import org.backpainkb.internal.RuleCheck;
import org.backpainkb.internal.RuleData;
import org.backpainkb.internal.RuleFiles;
import org.backpainkb.internal.Wording;
import org.backpainkb.internal.ThresholdsFile;
import org.backpainkb.model.Code;
import org.backpainkb.model.Case;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.rules.LibraryExercise;
import org.backpainkb.rules.Thresholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: a compiled knowledge base that assesses cases. Loading the bundled rules (the
 * build precompiled them) takes under a second in a fresh JVM; a directory of rules is checked and
 * compiled then, about 5 s as the first thing a fresh JVM does and some tenths of a second once the
 * JVM has compiled rules before (two cores; the README's performance table has the figures). Do it
 * once and share the instance. It is immutable and safe to use
 * from many threads at once: each assessment runs in its own short-lived session.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.bundled();
 * Assessment a = kb.assess(someCase);
 * }</pre>
 *
 * <p>To follow one person over time, as facts arrive, open a {@link PersonSession} with
 * {@link #openSession(Case, SessionListener...)}: it keeps the person's case and last assessment,
 * re-assesses the case on {@link PersonSession#update()} and tells its {@link SessionListener}s when
 * advice appears, changes or is withdrawn.
 */
public final class KnowledgeBase implements Assessor {

    /** The default most rule firings in one assessment; far above what the bundled rules need. */
    public static final int DEFAULT_FIRING_LIMIT = Limits.DEFAULT_FIRINGS;

    /**
     * The default longest time the rules of one assessment may run: the bundled rules take
     * microseconds, and rules edited elsewhere can match more combinations of facts than that.
     */
    public static final Duration DEFAULT_TIME_LIMIT = Limits.DEFAULT_TIME;

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    private final CompiledRules rules;
    private final KnowledgeBaseId id;
    private final Thresholds thresholds;
    private final List<LibraryExercise> library;
    private final Limits limits;
    private final String language;
    /** The texts in this language with these thresholds, found once rather than in every assessment. */
    private final Wording wording;

    private final SortedSet<String> ruleNames;
    /** What the check of these rules found that does not stop them; empty for rules the build checked. */
    private final List<RuleProblem> warnings;
    /** Whether each result is put to the contract's statements ({@link ContractFloor}); not for a part of a rule set. */
    private final boolean contract;

    KnowledgeBase(CompiledRules rules, Thresholds thresholds, List<LibraryExercise> library, Limits limits,
            List<RuleProblem> warnings) {
        this(rules, thresholds, library, limits, RuleData.ENGLISH, warnings, true);
    }

    KnowledgeBase(CompiledRules rules, Thresholds thresholds, List<LibraryExercise> library, Limits limits,
            String language, List<RuleProblem> warnings, boolean contract) {
        this.rules = rules;
        this.contract = contract;
        this.warnings = warnings.stream().filter(p -> !p.blocking()).toList();
        this.language = language;
        this.ruleNames = Collections.unmodifiableSortedSet(new TreeSet<>(rules.rules().keySet()));
        this.id = new KnowledgeBaseId(libraryVersion(), rules.hash(), thresholds);
        this.thresholds = thresholds;
        this.limits = limits;
        this.wording = rules.wording(language, thresholds);
        this.library = wording.translated(library);
    }

    /**
     * Loads the rules bundled in the library, as the build precompiled them, with their thresholds.
     *
     * @return a knowledge base to share
     */
    public static KnowledgeBase bundled() {
        return builder().build();
    }

    /**
     * Loads rules from a directory of edited rule files ({@code *.drl} and an optional
     * {@code thresholds.yaml}).
     *
     * @param rulesDirectory the directory
     * @return a knowledge base to share
     * @throws RulesException listing every problem, with file and line, when the rules do not compile
     *         or contain what a rule may not (see the rules guide)
     */
    public static KnowledgeBase fromDirectory(Path rulesDirectory) {
        return builder().rulesDirectory(rulesDirectory).build();
    }

    /**
     * A builder for a knowledge base with other rules, thresholds, language or limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What checking these rules found that does not stop them from loading (an untranslated text, the
     * old advice form), to show their author or log: the same warnings {@code validate} prints. Empty
     * for the bundled rules, which the build checked.
     *
     * @return the warnings, in file order
     */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    /**
     * Assesses one case. Safe to call from many threads at once.
     *
     * @param c the case
     * @return what the rules concluded
     * @throws RunawayRulesException when the rules fire more often than the firing limit allows, or
     *         run longer than the time limit
     * @throws RuleFailedException when a rule throws while it is evaluated
     * @throws ContractShortfallException when the result falls short of the contract's statements for
     *         this case: rules edited so that a statement no longer holds for this person
     */
    @Override
    public Assessment assess(Case c) {
        Objects.requireNonNull(c, "case");
        List<Object> painLog = PainLog.facts(c.asOf(), c.sessions(), thresholds);
        Assessment a;
        try (Evaluation evaluation = Evaluation.pooled(rules, wording, thresholds, library)) {
            evaluation.insert(CaseFacts.of(c));
            evaluation.insert(painLog);
            evaluation.fire(limits.firings(), limits.time());
            a = Conclusions.assess(evaluation, c.id(), id);
        }
        if (contract) {
            List<String> shortfalls = ContractFloor.shortfalls(c, painLog, thresholds, a);
            if (!shortfalls.isEmpty()) {
                throw new ContractShortfallException(c.id(), shortfalls, a.firedRules());
            }
        }
        return a;
    }

    /**
     * Opens a live session for one person, starting with no facts. See {@link PersonSession}.
     *
     * @return a session to close when done with the person
     */
    @Override
    public PersonSession openSession() {
        return openSession(Case.builder().build());
    }

    /**
     * Opens a live session for one person, starting with the facts of a case (for example the
     * first assessment); its id is the case id of every assessment the session makes. The
     * session's first {@link PersonSession#assessment()} is this case's, and the listeners first
     * hear the intake's events: the changes from a person of whom nothing is known to this case.
     *
     * @param initial the facts known so far
     * @param listeners told of every change, in the order given
     * @return a session to close when done with the person
     * @throws RunawayRulesException when the rules fire more often than the firing limit allows
     * @throws RuleFailedException when a rule throws while it is evaluated
     * @throws ContractShortfallException when the assessment falls short of the contract's statements
     *     for this case (rules edited so that a statement no longer holds for this person); an
     *     {@link IllegalStateException}, not a sign that anything is closed
     */
    @Override
    public PersonSession openSession(Case initial, SessionListener... listeners) {
        return openSession(initial, true, listeners(listeners), () -> { });
    }

    /** The listeners given, each named by its place when it is null rather than a bare "null". */
    static List<SessionListener> listeners(SessionListener... listeners) {
        Objects.requireNonNull(listeners, "listeners: give the listeners, or none");
        for (int i = 0; i < listeners.length; i++) {
            if (listeners[i] == null) {
                throw new NullPointerException("listeners[" + i + "] is null: give only listeners");
            }
        }
        return List.of(listeners);
    }

    @Override
    public PersonSession resumeSession(Case saved, SessionListener... listeners) {
        return openSession(saved, false, listeners(listeners), () -> { });
    }

    /**
     * A session that runs {@code afterClose} once, when it is closed: a reloader lets go of these rules then.
     *
     * @param initial the case to start from
     * @param intake whether the listeners first hear the changes from nothing known to that case
     * @param listeners the listeners
     * @param afterClose run once, on close
     * @return the session
     */
    PersonSession openSession(Case initial, boolean intake, List<SessionListener> listeners, Runnable afterClose) {
        Objects.requireNonNull(initial, "initial");
        return new PersonSession(this, initial, intake, listeners, afterClose);
    }

    /**
     * The version of the library and the hash of the rules this knowledge base runs.
     *
     * @return the identity reported with every result
     */
    @Override
    public KnowledgeBaseId id() {
        return id;
    }

    /**
     * The names of every rule in this knowledge base.
     *
     * @return rule names, sorted
     */
    public SortedSet<String> ruleNames() {
        return ruleNames;
    }

    /**
     * The ids of the exercises in this knowledge base's exercise library, the ones a result's
     * {@code suggestedExercises} come from.
     *
     * @return exercise ids, sorted
     */
    public SortedSet<String> exerciseIds() {
        SortedSet<String> ids = new TreeSet<>();
        for (LibraryExercise e : library) {
            ids.add(e.id());
        }
        return Collections.unmodifiableSortedSet(ids);
    }

    /**
     * The ids of the recommendations these rules can give: the advice of their texts file, which a rule
     * names by id ({@code Advice.of("id")}).
     *
     * @return recommendation ids, sorted
     */
    public SortedSet<String> recommendationIds() {
        RuleData.Texts english = rules.data().texts().get(RuleData.ENGLISH);
        return Collections.unmodifiableSortedSet(english == null ? new TreeSet<>() : new TreeSet<>(english.advice().keySet()));
    }

    /**
     * The reason codes these rules declare ({@code reason-codes.yaml}): the case format's own, then
     * those the rule authors added.
     *
     * @return the codes, in the order results list them
     */
    public List<ReasonCode> reasonCodes() {
        return List.copyOf(rules.data().reasonCodes().keySet());
    }

    /**
     * The thresholds the rules read.
     *
     * @return the thresholds in force
     */
    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * The most rule firings allowed in one assessment.
     *
     * @return the firing limit
     */
    public int firingLimit() {
        return limits.firings();
    }

    /**
     * The longest the rules of one assessment may run. The engine is stopped before its next firing,
     * and rules edited elsewhere (any but the library's own) also while their conditions are matched:
     * their compiled code reads the clock every thousand calls or so.
     *
     * @return the time limit
     */
    public Duration timeLimit() {
        return limits.time();
    }

    Limits limits() {
        return limits;
    }

    /**
     * The language of the advice, because and note texts.
     *
     * @return a language code, e.g. {@code en} or {@code de}
     */
    public String language() {
        return language;
    }

    /**
     * A code in the words of this knowledge base's language, as its texts file words it: in German,
     * {@code STABILITY_AND_STRENGTH} is "Stabilität und Kraft". A code the file does not word is said in
     * its English words ({@link Code#inWords()}). For an application that shows a result's codes to a
     * person in the language of its advice.
     *
     * @param code a code of a result or a case, e.g. a stage, a category or a red flag
     * @return its words
     */
    public String inWords(Code code) {
        return wording.words(Objects.requireNonNull(code, "code"));
    }

    /** The compiled rules, for a reloading knowledge base to dispose when no assessment uses them. */
    CompiledRules compiledRules() {
        return rules;
    }

    /**
     * The version of this library.
     *
     * @return the version, e.g. {@code 0.2.0}
     */
    public static String libraryVersion() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chooses the rules, thresholds, language and limits of a knowledge base. */
    public static final class Builder {
        private Path rulesDirectory;
        private Thresholds thresholds;
        private Limits limits = Limits.DEFAULT;
        private Locale locale = Locale.ENGLISH;
        private boolean checkContract = true;

        private Builder() {
        }

        /**
         * Chooses the language of the texts: the rules' {@code texts/<language>.yaml}, English for a text
         * it lacks. English by default.
         *
         * @param value e.g. {@code Locale.GERMAN}
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Loads rules from a directory instead of the bundled ones.
         *
         * @param dir a directory of {@code *.drl} files and an optional {@code thresholds.yaml}
         * @return this builder
         */
        public Builder rulesDirectory(Path dir) {
            this.rulesDirectory = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * Overrides the thresholds of the rules' {@code thresholds.yaml}.
         *
         * @param value the thresholds
         * @return this builder
         */
        public Builder thresholds(Thresholds value) {
            this.thresholds = Objects.requireNonNull(value, "thresholds");
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
         * Sets the longest the rules of one assessment may run ({@link #DEFAULT_TIME_LIMIT} unless
         * set). Past it, the engine is stopped before its next firing, or while it matches the
         * conditions of rules edited elsewhere, and the assessment throws a {@link RunawayRulesException}.
         *
         * @param limit more than zero
         * @return this builder
         */
        public Builder timeLimit(Duration limit) {
            this.limits = limits.withTime(limit);
            return this;
        }

        /**
         * Chooses whether rules from a directory must reach the case format's statements 1 to 14 before
         * they load: the library puts cases of its own to them (an emergency red flag, a restricted
         * movement, a STarT Back screening, a pain log) and refuses rules that conclude less, or looser,
         * than a statement asks, with a {@link RuleProblem.Kind#CONTRACT} problem for each. True unless
         * set; turn it off only for a part of a rule set under test. The bundled rules always reach them.
         *
         * @param value false to load rules that fall short of the statements
         * @return this builder
         */
        public Builder checkContract(boolean value) {
            this.checkContract = value;
            return this;
        }

        /**
         * Loads the rules. Rules from a directory are read once, checked (what a rule may contain, then
         * every class compiled from them) and compiled from exactly what was checked; nothing of them
         * runs unless all of it passed.
         *
         * @return the knowledge base
         * @throws RulesException listing every problem, with file and line, when the rules do not compile
         *         or contain what a rule may not
         * @throws IllegalArgumentException when the rules have texts, but none in the locale's language
         */
        public KnowledgeBase build() {
            long start = System.nanoTime();
            RuleFiles files;
            CompiledRules compiled;
            Thresholds fromFile;
            List<LibraryExercise> library;
            List<RuleProblem> warnings = List.of();
            if (rulesDirectory == null) {
                files = RuleFiles.bundled();
                fromFile = ThresholdsFile.parse(files.thresholdsYaml());
                library = RuleCheck.library(files);
                compiled = PrecompiledRules.loadOrCompile(files);
            } else {
                files = RuleFiles.fromDirectory(rulesDirectory);
                RuleCheck.Result checked = RuleCheck.load(files, checkContract);
                fromFile = checked.thresholds();
                library = checked.library();
                compiled = checked.rules();
                warnings = checked.problems();
            }
            Thresholds effective = thresholds != null ? thresholds : fromFile;
            String language;
            try {
                language = Wording.languageFor(compiled.data(), locale);
            } catch (IllegalArgumentException e) {
                compiled.close();
                throw e;
            }
            KnowledgeBase kb = new KnowledgeBase(compiled, effective, library, limits, language, warnings, checkContract);
            LOG.info("Loaded {} rule files from {} in {} ms (rules hash {})", files.drl().size(),
                    rulesDirectory == null ? "the library" : rulesDirectory, (System.nanoTime() - start) / 1_000_000,
                    kb.id.rulesHash());
            return kb;
        }
    }
}
