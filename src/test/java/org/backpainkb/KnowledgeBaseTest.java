package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.backpainkb.rules.Thresholds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entry point: loading rules from the library or a directory, thresholds, limits and sharing. */
class KnowledgeBaseTest {

    private static final Path RULES = Path.of("rules-drl");

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    private static Case painDuring(int during) {
        return Case.builder()
                .core(new CoreActivation(true, true, null))
                .session(new ExerciseSession(LocalDate.of(2026, 11, 2), "Squat", ExerciseCategory.STRENGTH, 2, during,
                        2))
                .build();
    }

    @Test
    void theExerciseIdsAreThoseOfTheExerciseLibraryAndEverySuggestionIsOneOfThem() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Assessment a = kb.assess(Case.builder().symptom(new Symptom(
                Region.LOW_BACK, 5, Activity.WALKING)).build());

        assertThat(List.copyOf(kb.exerciseIds())).hasSizeGreaterThanOrEqualTo(25)
                .contains("stationary-cycling", "bird-dog").isSorted();
        assertThat(a.suggestedExercises()).isNotEmpty().extracting(SuggestedExercise::id)
                .allMatch(kb.exerciseIds()::contains);
    }

    @Test
    void theRecommendationIdsAreTheAdviceOfTheTextsAndEveryRecommendationGivenIsOneOfThem() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Assessment a = kb.assess(Case.builder().redFlag(RedFlag.NIGHT_PAIN)
                .symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build());

        assertThat(List.copyOf(kb.recommendationIds())).contains("get-checked-by-a-doctor",
                "find-an-exercise-that-gets-you-back-to-walking").isSorted();
        assertThat(a.recommendations()).hasSizeGreaterThanOrEqualTo(2).extracting(Recommendation::id)
                .allMatch(kb.recommendationIds()::contains);
    }

    @Test
    void theBundledRulesUseTheContractsDefaultThresholds() {
        assertThat(kb.thresholds()).isEqualTo(Thresholds.DEFAULTS);
        assertThat(Thresholds.DEFAULTS).isEqualTo(new Thresholds(5, 0, 50));
        assertThat(kb.firingLimit()).isEqualTo(KnowledgeBase.DEFAULT_FIRING_LIMIT);
    }

    @Test
    void theRulesDirectoryOfTheProjectGivesTheSameKnowledgeBaseAsTheBundledRules() {
        KnowledgeBase fromDirectory = KnowledgeBase.fromDirectory(RULES);

        assertThat(fromDirectory.id()).isEqualTo(kb.id());
        Case c = painDuring(8);
        assertThat(fromDirectory.assess(c).clearances()).isEqualTo(kb.assess(c).clearances());
    }

    @Test
    void aThresholdsFileInTheRulesDirectoryMovesThePainBoundary(@TempDir Path dir) throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 7\n");

        KnowledgeBase tolerant = KnowledgeBase.fromDirectory(rules);

        assertThat(tolerant.thresholds().maxPainDuring()).isEqualTo(7);
        assertThat(tolerant.assess(painDuring(7)).reasons()).isEmpty();
        assertThat(tolerant.assess(painDuring(8)).reasons()).containsExactly(ReasonCode.PAIN_RESPONSE);
    }

    @Test
    void thresholdsGivenToTheBuilderOverrideTheFile() {
        KnowledgeBase tolerant = KnowledgeBase.builder().thresholds(new Thresholds(7, 0, 50)).build();

        assertThat(kb.assess(painDuring(6)).reasons()).containsExactly(ReasonCode.PAIN_RESPONSE);
        assertThat(tolerant.assess(painDuring(6)).reasons()).isEmpty();
        assertThat(tolerant.assess(painDuring(8)).reasons()).containsExactly(ReasonCode.PAIN_RESPONSE);
    }

    @Test
    void aResultNamesTheThresholdsInForceBesideTheRulesHash() {
        KnowledgeBase tolerant = KnowledgeBase.builder().thresholds(new Thresholds(7, 0, 50)).build();

        KnowledgeBaseId shipped = kb.assess(painDuring(6)).knowledgeBase();
        KnowledgeBaseId tuned = tolerant.assess(painDuring(6)).knowledgeBase();

        assertThat(tuned.rulesHash()).isEqualTo(shipped.rulesHash());
        assertThat(shipped.thresholds()).isEqualTo(Thresholds.DEFAULTS);
        assertThat(tuned.thresholds()).isEqualTo(new Thresholds(7, 0, 50));
        assertThat(tuned).isNotEqualTo(shipped);
    }

    @Test
    void rulesThatLoadWithAnUntranslatedTextSayItInTheirWarningsAndTheBundledRulesHaveNone(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Path german = rules.resolve("texts/de.yaml");
        Files.writeString(german, Files.readString(german).replaceFirst("(?m)^breathe-with-the-effort:\\n(  .*\\n)+", ""));

        assertThat(KnowledgeBase.fromDirectory(rules).warnings()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.WARNING);
            assertThat(p.file()).isEqualTo("texts/de.yaml");
            assertThat(p.message()).contains("breathe-with-the-effort is not translated");
        }).noneMatch(RuleProblem::blocking);
        assertThat(KnowledgeBase.bundled().warnings()).isEmpty();
    }

    @Test
    void aThresholdOutOfRangeInTheFileIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("thresholds.yaml"), "maxPainDuring: 12\n");

        assertThatThrownBy(() -> KnowledgeBase.fromDirectory(rules)).isInstanceOfSatisfying(RulesException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("thresholds.yaml");
                    assertThat(p.message()).contains("maxPainDuring").contains("0..10");
                }));
    }

    @Test
    void aBrokenRuleIsRefusedWithItsFileAndLine(@TempDir Path dir) {
        Path rules = RuleFixtures.brokenCopy(dir, "misspelled-field");
        RuleFixtures.Mistake mistake = RuleFixtures.mistakes("misspelled-field").get(0);

        assertThatThrownBy(() -> KnowledgeBase.fromDirectory(rules)).isInstanceOfSatisfying(RulesException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(mistake.file());
                    assertThat(p.line()).isEqualTo(mistake.line());
                    assertThat(p.message()).contains("patern");
                }));
    }

    /** The project's rules with one more rule, in the guide's form, in a file of its own. */
    private static KnowledgeBase withClinicRule(Path dir, String name, String when, String conclusion) throws IOException {
        Path rules = RuleFixtures.withClinicRule(dir, name, "seed-right-order", when, "insertLogical(" + conclusion + ");");
        // these rules fail only on some cases: the contract's cases would refuse them before any test of their own
        return KnowledgeBase.builder().rulesDirectory(rules).checkContract(false).build();
    }

    @Test
    void twoRulesConcludingDifferentStagesForOneCaseFailNamingBothRatherThanGiveAHalfRightResult(@TempDir Path dir)
            throws IOException {
        KnowledgeBase edited = withClinicRule(dir, "A strong core is ready for stability work",
                "CoreActivation(strength == CoreStrength.STRONG)", "new CurrentStage(Stage.STABILITY_AND_STRENGTH)");
        Case strongCoreRestricted = Case.builder()
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED))
                .core(new CoreActivation(true, true, CoreStrength.STRONG)).build();

        assertThatThrownBy(() -> edited.assess(strongCoreRestricted)).isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("rule \"A strong core is ready for stability work\"")
                .hasMessageContaining("rule \"Work on mobility first while a movement is restricted\" concluded MOBILITY")
                .hasMessageContaining("a case is at one stage");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"new DoseFinding(null, null)", "new CurrentStage(null)", "new RiskOfPersistence(RiskGroup.LOW, -5, 99999)",
        "new Suggestion(null, null, null, \"keeps-you-active-while-walking-hurts\")"})
    void aConclusionWithNothingOrNonsenseInItFailsTheRuleThatConcludedItByName(String conclusion, @TempDir Path dir)
            throws IOException {
        KnowledgeBase edited = withClinicRule(dir, "A symptom concludes nothing sound", "Symptom()", conclusion);

        assertThatThrownBy(() -> edited.assess(Case.builder().symptom(new Symptom(Region.LOW_BACK, 3)).build()))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("rule \"A symptom concludes nothing sound\"");
    }

    @Test
    void aConditionThatFailsWhileTheFactsAreMatchedNamesItsRule(@TempDir Path dir) throws IOException {
        // a rule that throws is refused when the rules load; one compiled without the contract's cases reaches here
        KnowledgeBase edited = withClinicRule(dir, "A symptom read as a dose",
                "Symptom(new DoseFinding(null, Dose.KEEP) != null)", "new MotorControlInPlace()");

        assertThatThrownBy(() -> edited.assess(Case.builder().symptom(new Symptom(Region.LOW_BACK, 3)).build()))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageStartingWith("rule \"A symptom read as a dose\" failed: ");
    }

    @Test
    void aConsequenceThatThrowsGivesItsOwnExceptionAsTheCauseAndNoTypeOfTheEngine(@TempDir Path dir) throws IOException {
        KnowledgeBase edited = withClinicRule(dir, "Pain read as a score", "$s : Symptom()",
                "new RiskOfPersistence(RiskGroup.LOW, $s.intensity() + 7, 0)");

        assertThatThrownBy(() -> edited.assess(Case.builder().symptom(new Symptom(Region.LOW_BACK, 3)).build()))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageStartingWith("rule \"Pain read as a score\" failed: a STarT Back total is 0 to 9")
                .satisfies(e -> {
                    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                        assertThat(t.getClass().getName()).doesNotStartWith("org.kie").doesNotStartWith("org.drools");
                    }
                })
                .cause().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingRulesDirectoryIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> KnowledgeBase.fromDirectory(dir.resolve("absent")))
                .isInstanceOf(RulesException.class).hasMessageContaining("absent");
    }

    @Test
    void aFiringLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> KnowledgeBase.builder().firingLimit(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firingLimit");
    }

    @Test
    void anAssessmentThatFiresMoreRulesThanTheLimitIsStoppedAndNamesTheRules() {
        KnowledgeBase tight = KnowledgeBase.builder().firingLimit(2).build();

        assertThatThrownBy(() -> tight.assess(Case.builder().redFlag(RedFlag.FEVER).build()))
                .isInstanceOfSatisfying(RunawayRulesException.class, e -> assertThat(e.rules()).isNotEmpty());
    }

    @Test
    void anAssessmentThatNeedsExactlyTheFiringLimitIsAllowedAndOneFewerIsNot() {
        Case c = Case.builder().redFlag(RedFlag.NIGHT_PAIN).core(new CoreActivation(true, false, null)).build();
        int needed = kb.assess(c).firedRules().size();

        KnowledgeBase exact = KnowledgeBase.builder().firingLimit(needed).build();
        KnowledgeBase tooTight = KnowledgeBase.builder().firingLimit(needed - 1).build();

        assertThat(exact.assess(c).firedRules()).hasSize(needed);
        assertThatThrownBy(() -> tooTight.assess(c)).isInstanceOf(RunawayRulesException.class);
    }

    @Test
    void assessingNoCaseIsRefused() {
        assertThatThrownBy(() -> kb.assess(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anAssessmentIsImmutable() {
        Assessment a = kb.assess(painDuring(8));

        assertThatThrownBy(() -> a.reasons().add(ReasonCode.RED_FLAG))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.clearances().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void oneKnowledgeBaseSharedByManyThreadsGivesEveryThreadTheSameResults() throws Exception {
        List<Case> cases = List.of(painDuring(3), painDuring(9), Case.builder().redFlag(RedFlag.FEVER).build(),
                Case.builder().build());
        List<Assessment> expected = cases.stream().map(kb::assess).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % cases.size();
                results.add(pool.submit(() -> kb.assess(cases.get(n)).equals(expected.get(n))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
