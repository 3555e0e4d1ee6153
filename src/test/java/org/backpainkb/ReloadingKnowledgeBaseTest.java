package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.internal.DroolsCompiler;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.slf4j.LoggerFactory;

class ReloadingKnowledgeBaseTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Case WALKING_HURTS = Case.builder()
            .symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build();

    @TempDir
    Path temp;

    private final Recorder events = new Recorder();
    private ReloadingKnowledgeBase kb;

    @AfterEach
    void close() {
        if (kb != null) {
            kb.close();
        }
    }

    /** Remembers what the listener heard. */
    static final class Recorder implements ReloadListener {
        final List<KnowledgeBaseId> reloaded = new CopyOnWriteArrayList<>();
        final List<List<RuleProblem>> rejected = new CopyOnWriteArrayList<>();

        @Override
        public void reloaded(KnowledgeBaseId previous, KnowledgeBaseId current) {
            reloaded.add(current);
        }

        @Override
        public void rejected(KnowledgeBaseId serving, List<RuleProblem> problems) {
            // the copy holds whatever a clinician added to the project's rules: their warnings are not the refusal
            rejected.add(RuleFixtures.blocking(problems));
        }
    }

    /** Waits, polling, until a condition holds; fails if it does not within the patience allowed. */
    @Test
    void aMissingRulesDirectoryIsRefusedAsFromDirectoryRefusesIt() {
        assertThatThrownBy(() -> ReloadingKnowledgeBase.builder(temp.resolve("absent")).build())
                .isInstanceOf(RulesException.class).hasMessageContaining("no such rules directory");
    }

    static void awaitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting after " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting: " + what, e);
            }
        }
    }

    private Path rules() {
        return RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
    }

    private ReloadingKnowledgeBase.Builder watching(Path rules) {
        return ReloadingKnowledgeBase.builder(rules).listener(events)
                .pollInterval(Duration.ofMillis(20)).debounce(Duration.ofMillis(60));
    }

    /** Rules that say something else: a comment changes the hash, a changed text changes the result. */
    private static void editAdvice(Path rules, String newAdvice) throws Exception {
        Path file = rules.resolve("texts/en.yaml");
        String text = Files.readString(file);
        String old = "\"Walking is not bad for your back, and walking making it worse does not by itself mean something serious.";
        assertThat(text).contains(old);
        Files.writeString(file, text.replace(old, "\"" + newAdvice + " " + old.substring(1)));
    }

    private static void appendComment(Path rules, String comment) throws Exception {
        Files.writeString(rules.resolve("breathing.drl"), "\n// " + comment + "\n", StandardOpenOption.APPEND);
    }

    private static String walkingAdvice(Assessment a) {
        return a.recommendation("find-an-exercise-that-gets-you-back-to-walking").orElseThrow().advice();
    }

    @Test
    void aGoodEditIsPickedUpAndEachResultSaysWhichRulesProducedIt() throws Exception {
        Path rules = rules();
        kb = watching(rules).build();
        KnowledgeBaseId before = kb.id();
        Assessment first = kb.assess(WALKING_HURTS);

        editAdvice(rules, "Edited.");
        awaitUntil("the edit is reloaded", () -> !events.reloaded.isEmpty());

        Assessment second = kb.assess(WALKING_HURTS);
        String expectedHash = KnowledgeBase.fromDirectory(rules).id().rulesHash();
        assertThat(first.knowledgeBase()).isEqualTo(before);
        assertThat(walkingAdvice(first)).doesNotStartWith("Edited.");
        assertThat(second.knowledgeBase().rulesHash()).isEqualTo(expectedHash).isNotEqualTo(before.rulesHash());
        assertThat(walkingAdvice(second)).startsWith("Edited.");
        assertThat(events.reloaded).containsExactly(kb.id());
        assertThat(events.rejected).isEmpty();
    }

    @Test
    void aBrokenEditIsRejectedWithItsProblemsAndTheLastGoodRulesKeepServing() throws Exception {
        Path rules = rules();
        kb = watching(rules).build();
        KnowledgeBaseId good = kb.id();

        RuleFixtures.copyTree(RuleFixtures.BROKEN.resolve("misspelled-field"), rules);
        awaitUntil("the broken edit is rejected", () -> !events.rejected.isEmpty());

        assertThat(events.rejected.get(0)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("breathing.drl");
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.message()).contains("has no field 'patern'");
        });
        assertThat(kb.id()).isEqualTo(good);
        assertThat(kb.assess(WALKING_HURTS).knowledgeBase()).isEqualTo(good);
        assertThat(events.reloaded).isEmpty();
    }

    @Test
    void aRulesDirectoryMovedAwayIsToldToTheListenerOnceAndItsReturnIsReloaded() throws Exception {
        Path rules = rules();
        kb = ReloadingKnowledgeBase.builder(rules).listener(events).pollInterval(Duration.ofHours(1)).build();
        KnowledgeBaseId good = kb.id();
        Path away = Files.move(rules, temp.resolve("moved-away"));

        assertThat(kb.reloadNow().get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(kb.reloadNow().get(30, TimeUnit.SECONDS)).isFalse();

        assertThat(events.rejected).singleElement().satisfies(problems -> assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no such rules directory")));
        assertThat(kb.assess(WALKING_HURTS).knowledgeBase()).isEqualTo(good);
        Files.move(away, rules);
        assertThat(kb.reloadNow().get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(kb.id().rulesHash()).isEqualTo(good.rulesHash());
    }

    @Test
    void aForbiddenCallIsRefusedBeforeItCanServe() throws Exception {
        Path rules = rules();
        kb = watching(rules).build();
        KnowledgeBaseId good = kb.id();

        RuleFixtures.copyTree(RuleFixtures.BROKEN.resolve("forbidden-call"), rules);
        awaitUntil("the edit is rejected", () -> !events.rejected.isEmpty());

        assertThat(events.rejected.get(0)).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("breathing.drl:18: System is not allowed"));
        assertThat(kb.id()).isEqualTo(good);
    }

    @Test
    void whenScenariosAreRunAnEditThatBreaksOneIsRejected() throws Exception {
        Path rules = rules();
        kb = watching(rules).runScenarios(true).build();
        KnowledgeBaseId good = kb.id();

        Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 4\n");
        awaitUntil("the edit is rejected", () -> !events.rejected.isEmpty());

        assertThat(events.rejected.get(0)).allMatch(p -> p.file().startsWith("scenarios/")).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("scenarios/pain-settles-none.yaml");
            assertThat(p.message()).startsWith("scenario \"Pain of 5/10 during that settles")
                    .contains("notReasons expected not PAIN_RESPONSE");
        });
        assertThat(kb.id()).isEqualTo(good);
    }

    @Test
    void whenScenariosAreRunDeletingThemWithAnEditDoesNotLetTheEditThrough() throws Exception {
        Path rules = rules();
        kb = watching(rules).runScenarios(true).build();
        KnowledgeBaseId good = kb.id();

        org.assertj.core.util.Files.delete(rules.resolve("scenarios").toFile());
        Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 4\n");
        awaitUntil("the edit is rejected", () -> !events.rejected.isEmpty());

        assertThat(events.rejected.get(0)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("scenarios");
            assertThat(p.message()).startsWith("no scenarios folder in the rules directory");
        });
        assertThat(kb.id()).isEqualTo(good);
    }

    @Test
    void anEditOfTheThresholdsAloneIsLoggedAsThatNotAsTheSameRulesReplacingThemselves() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(ReloadingKnowledgeBase.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try {
            Path rules = rules();
            kb = watching(rules).build();

            Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 4\n");
            awaitUntil("the edit is reloaded", () -> !events.reloaded.isEmpty());

            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains("reloaded: thresholds Thresholds[maxPainDuring=4")
                            .contains("replace Thresholds[maxPainDuring=5").endsWith("unchanged"));
        } finally {
            log.detachAppender(logged);
        }
    }

    @Test
    void rulesThatAreBrokenAtTheStartAreRefusedWithEveryProblem() {
        Path rules = RuleFixtures.brokenCopy(temp.resolve("rules"), "syntax-error", "forbidden-import");

        assertThatThrownBy(() -> watching(rules).build()).isInstanceOfSatisfying(RulesException.class, e ->
                assertThat(RuleFixtures.blocking(e.problems())).extracting(RuleProblem::file)
                        .containsExactly("core-activation.drl", "pain-response.drl"));
    }

    @Test
    void anAssessmentInFlightFinishesOnTheRulesItStartedWithWhichAreDisposedOnlyAfterwards() throws Exception {
        Path rules = rules();
        kb = watching(rules).pollInterval(Duration.ofHours(1)).build();
        KnowledgeBaseId old = kb.id();

        try (ReloadingKnowledgeBase.Snapshot inFlight = kb.snapshot()) {
            editAdvice(rules, "Edited.");
            assertThat(kb.reloadNow().get(30, TimeUnit.SECONDS)).isTrue();

            Assessment late = inFlight.assess(WALKING_HURTS);
            assertThat(late.knowledgeBase()).isEqualTo(old);
            assertThat(walkingAdvice(late)).doesNotStartWith("Edited.");
            assertThat(kb.assess(WALKING_HURTS).knowledgeBase()).isNotEqualTo(old);
            assertThat(kb.disposedCount()).isZero();
        }
        assertThat(kb.disposedCount()).isEqualTo(1);
    }

    @Test
    void concurrentAssessmentsNeverFailWhileRulesAreReloaded() throws Exception {
        Path rules = rules();
        kb = watching(rules).pollInterval(Duration.ofHours(1)).build();
        Set<String> servedHashes = ConcurrentHashMap.newKeySet();
        servedHashes.add(kb.id().rulesHash());
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicLong assessments = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        Assessment a = kb.assess(WALKING_HURTS);
                        seen.add(a.knowledgeBase().rulesHash());
                        assertThat(a.recommendation("find-an-exercise-that-gets-you-back-to-walking")).isPresent();
                        assessments.incrementAndGet();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            t.start();
            workers.add(t);
        }

        for (int i = 0; i < 8; i++) {
            long before = assessments.get();
            appendComment(rules, "edit " + i);
            assertThat(kb.reloadNow().get(30, TimeUnit.SECONDS)).isTrue();
            servedHashes.add(kb.id().rulesHash());
            awaitUntil("assessments go on after reload " + i, () -> assessments.get() > before + 4);
        }
        stop.set(true);
        for (Thread t : workers) {
            t.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(t.isAlive()).as("%s stopped assessing", t.getName()).isFalse();
        }

        assertThat(failures).isEmpty();
        assertThat(servedHashes).hasSize(9);
        assertThat(servedHashes).containsAll(seen);
        assertThat(seen).hasSizeGreaterThan(1);
        awaitUntil("every replaced rule set is disposed", () -> kb.disposedCount() == 8);
    }

    @Test
    void manyReloadsGrowNeitherTheHeapNorTheDroolsRepository() throws Exception {
        Path rules = rules();
        kb = watching(rules).pollInterval(Duration.ofHours(1)).build();
        List<WeakReference<KnowledgeBase>> replaced = new ArrayList<>();
        long firstBuild = DroolsCompiler.builds();
        int warmUp = 5;
        int reloads = 40;
        long heapAfterWarmUp = 0;

        for (int i = 0; i < reloads; i++) {
            replaced.add(new WeakReference<>(kb.currentKnowledgeBase()));
            appendComment(rules, "reload " + i);
            assertThat(kb.reloadNow().get(30, TimeUnit.SECONDS)).isTrue();
            kb.assess(WALKING_HURTS);
            if (i == warmUp - 1) {
                heapAfterWarmUp = usedHeapAfterGc();
            }
        }
        long heapAfterAll = usedHeapAfterGc();
        org.slf4j.LoggerFactory.getLogger(ReloadingKnowledgeBaseTest.class).info(
                "Used heap after {} reloads: {} KB; after {}: {} KB", warmUp, heapAfterWarmUp / 1024, reloads,
                heapAfterAll / 1024);

        assertThat(kb.disposedCount()).isEqualTo(reloads);
        awaitUntil("every replaced knowledge base is collected", () -> {
            System.gc();
            return replaced.stream().allMatch(r -> r.get() == null);
        });
        KieServices ks = KieServices.Factory.get();
        for (long n = firstBuild; n <= DroolsCompiler.builds(); n++) {
            assertThat(ks.getRepository().getKieModule(ks.newReleaseId("org.backpainkb.generated", "rules", "1.0." + n)))
                    .as("module of build " + n).isNull();
        }
        // a leak would keep every one of 35 knowledge bases, several MB each
        assertThat(heapAfterAll - heapAfterWarmUp).as("heap growth in bytes").isLessThan(24L * 1024 * 1024);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    @Test
    void aClosedKnowledgeBaseRefusesAssessmentsAndDisposesItsRules() {
        kb = watching(rules()).build();

        kb.close();

        assertThatThrownBy(() -> kb.assess(WALKING_HURTS)).isInstanceOf(IllegalStateException.class);
        assertThat(kb.disposedCount()).isEqualTo(1);
    }

    /** A rule that passes every check of its text and throws when it fires: it reads a pain as a code. */
    private static final String THROWING_RULE = """
            package org.backpainkb.rules;

            import org.backpainkb.model.*;

            rule "Reads pain as a score"
                @reason(WRONG_EXERCISE)
                @source("a test")
            when
                $symptom : Symptom()
            then
                insertLogical(new RiskOfPersistence(RiskGroup.LOW, $symptom.intensity() + 7, 0));
            end
            """;

    @Test
    void candidatesThatLoopRecurseOrThrowAreRefusedAndAGoodEditStillLoadsAfterThem() throws Exception {
        Path rules = rules();
        kb = watching(rules).runScenarios(true).build();
        KnowledgeBaseId serving = kb.id();
        Path candidate = rules.resolve("candidate.drl");

        for (String hostile : List.of("endless-while-loop.drl", "function.drl")) {
            int before = events.rejected.size();
            Files.copy(Path.of("src/test/resources/hostile-rules", hostile), candidate,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            awaitUntil(hostile + " is refused", () -> events.rejected.size() > before);
            assertThat(events.rejected.get(before)).anySatisfy(p -> assertThat(p.file()).isEqualTo("candidate.drl"));
        }
        int before = events.rejected.size();
        Files.writeString(candidate, THROWING_RULE);
        awaitUntil("the throwing rule is refused", () -> events.rejected.size() > before);
        assertThat(events.rejected.get(before)).allSatisfy(p -> assertThat(p.kind()).isEqualTo(RuleProblem.Kind.RUNTIME))
                .anySatisfy(p -> assertThat(p.message()).contains("Reads pain as a score"));
        assertThat(kb.id()).isEqualTo(serving);

        Files.delete(candidate);
        appendComment(rules, "a good edit after three bad ones");
        awaitUntil("the good edit is reloaded", () -> !events.reloaded.isEmpty());
        assertThat(kb.id()).isNotEqualTo(serving);
    }

    @Test
    void scenariosThatRunPastTheirTimeLimitRefuseTheRulesWithAProblemNotAHang() {
        Path rules = rules();

        assertThatThrownBy(() -> watching(rules).runScenarios(true).scenarioTimeout(Duration.ofNanos(1)).build())
                .isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(RuleProblem.Kind.RUNTIME);
                    assertThat(p.message()).contains("did not finish within");
                }));
    }
}
