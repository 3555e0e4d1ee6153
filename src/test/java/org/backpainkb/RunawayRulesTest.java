package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.internal.CaseMapper;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Rules that keep triggering each other end at the firing limit or the time limit with an error naming them. */
class RunawayRulesTest {

    private static final Path LOOPING_RULES = fixture("/runaway-rules");
    /** The fixture's rules fire twice for every pair of exercises: 2 x 12 x 11 = 264 times here. */
    private static final Case TWELVE_EXERCISES = Case.builder().exercise(IntStream.rangeClosed(1, 12)
            .mapToObj(n -> new Exercise("exercise " + n, ExerciseCategory.MOBILITY, Load.BODYWEIGHT))
            .toArray(Exercise[]::new)).build();
    private static final Case WALKING_HURTS = Case.builder()
            .symptom(new Symptom(Region.LOW_BACK, 4, Activity.WALKING)).build();

    @Test
    void rulesThatFireMoreOftenThanTheLimitEndThereWithAnErrorNamingThem() {
        KnowledgeBase kb = KnowledgeBase.builder().rulesDirectory(LOOPING_RULES).checkContract(false).firingLimit(200).build();

        assertThatThrownBy(() -> kb.assess(TWELVE_EXERCISES))
                .isInstanceOfSatisfying(RunawayRulesException.class, e -> {
                    assertThat(e.rules().subList(0, 2))
                            .containsExactlyInAnyOrder("Hit the ball to the left", "Hit the ball to the right");
                    assertThat(e.getMessage()).contains("200 times", "Hit the ball to the left",
                            "Hit the ball to the right");
                });
    }

    @Test
    void theBundledRulesSettleFarWithinTheFiringLimitOnACaseWithEveryListAsLongAsAReaderAllows() {
        Case.Builder largest = Case.builder().asOf(LocalDate.of(2026, 3, 1))
                .core(new CoreActivation(false, false, CoreStrength.STRONG));
        ExerciseCategory[] categories = ExerciseCategory.values();
        for (int i = 0; i < CaseMapper.MAX_LIST_ELEMENTS; i++) {
            ExerciseCategory category = categories[i % categories.length];
            // each fact differs from every other, so none is merged with its equal
            largest.symptom(new Symptom(Region.values()[i % Region.values().length], i % 11,
                    List.of(Activity.WALKING, Activity.LIFTING, Activity.values()[i / 11 % Activity.values().length]),
                    List.of(Activity.SITTING, Activity.values()[i / 99 % Activity.values().length]), true));
            largest.mobility(new MobilityFinding(Movement.values()[i % 2], MobilityStatus.RESTRICTED, i % 100, i < 500));
            largest.exercise(new Exercise("exercise " + i, category, Load.EXTERNAL, 5));
            largest.formError(new FormError("exercise " + i, category, FormFault.ROUNDED_BACK_UNDER_LOAD, Load.EXTERNAL, 60));
            largest.session(new ExerciseSession(LocalDate.of(2026, 3, 1).minusDays(i % 10), "exercise " + i, category, 1, 9, 8));
        }
        KnowledgeBase kb = KnowledgeBase.bundled();

        Assessment a = kb.assess(largest.build());

        assertThat(a.firedRules()).hasSizeLessThan(kb.firingLimit() / 2);
    }

    @Test
    void theFiringLimitIsTheOneTheBuilderWasGiven() {
        KnowledgeBase kb = KnowledgeBase.builder().rulesDirectory(LOOPING_RULES).checkContract(false).firingLimit(37).build();

        assertThat(kb.firingLimit()).isEqualTo(37);
        assertThatThrownBy(() -> kb.assess(TWELVE_EXERCISES))
                .isInstanceOf(RunawayRulesException.class)
                .hasMessageStartingWith("the rules fired 37 times without settling");
    }

    @Test
    void anAssessmentAfterARunawayOneIsAsIfTheRunawayHadNeverHappened() {
        KnowledgeBase kb = KnowledgeBase.builder().rulesDirectory(LOOPING_RULES).checkContract(false).firingLimit(100).build();
        Assessment before = kb.assess(WALKING_HURTS);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> kb.assess(TWELVE_EXERCISES)).isInstanceOf(RunawayRulesException.class);
            assertThat(kb.assess(WALKING_HURTS)).isEqualTo(before);
        }
        assertThat(before.firedRules()).containsExactlyInAnyOrder("Every case gets a stage", "A walker gets advice");
    }

    @Test
    void rulesThatRunPastTheTimeLimitAreStoppedAndTheNextAssessmentIsAsIfTheyHadNeverRun() {
        // 2 x 300 x 299 firings: far more than 20 ms of them, and far fewer than the firing limit
        Case manyExercises = Case.builder().exercise(IntStream.rangeClosed(1, 300)
                .mapToObj(n -> new Exercise("exercise " + n, ExerciseCategory.MOBILITY, Load.BODYWEIGHT))
                .toArray(Exercise[]::new)).build();
        KnowledgeBase kb = KnowledgeBase.builder().rulesDirectory(LOOPING_RULES).checkContract(false).firingLimit(Integer.MAX_VALUE - 1)
                .timeLimit(Duration.ofMillis(20)).build();
        Assessment before = kb.assess(WALKING_HURTS);

        assertThat(kb.timeLimit()).isEqualTo(Duration.ofMillis(20));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> kb.assess(manyExercises))
                    .isInstanceOfSatisfying(RunawayRulesException.class, e -> {
                        assertThat(e.getMessage()).startsWith("the rules did not settle within 20 ms (the time limit)");
                        assertThat(e.rules().get(0)).startsWith("Hit the ball to the");
                        assertThat(e.getMessage()).contains("the rule at work when it passed: Hit the ball to the");
                    });
            assertThat(kb.assess(WALKING_HURTS)).isEqualTo(before);
        }
    }

    @Test
    // a safety net: with the clock broken these rules match for minutes, and the test fails instead
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theTimeLimitStopsRulesWhileTheyMatchFactsWithoutFiringAndNamesTheRuleBeingMatched(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        // four: with the project's own, as many rules that pair as a directory may hold
        Files.writeString(rules.resolve("clinic.drl"), rulesPairingEveryExerciseWithEveryFormError(4, 45));
        String longName = "x".repeat(180);
        Case longestLists = Case.builder()
                .exercise(IntStream.range(0, 1000).mapToObj(n -> new Exercise(longName + "exercise" + n,
                        ExerciseCategory.AEROBIC, Load.NONE)).toArray(Exercise[]::new))
                .formError(IntStream.range(0, 1000).mapToObj(n -> new FormError(longName + "error" + n,
                        ExerciseCategory.AEROBIC, FormFault.values()[n % FormFault.values().length], Load.NONE))
                        .toArray(FormError[]::new)).build();
        KnowledgeBase kb = KnowledgeBase.builder().rulesDirectory(rules).timeLimit(Duration.ofMillis(200)).build();
        Assessment before = kb.assess(WALKING_HURTS);

        // 4 rules x a million pairs x 45 comparisons of texts, none true: no firing for the engine to stop at
        assertThatThrownBy(() -> kb.assess(longestLists)).isInstanceOfSatisfying(RunawayRulesException.class, e -> {
            assertThat(e.getMessage()).startsWith("the rules did not settle within 200 ms (the time limit)");
            assertThat(e.rules().get(0)).startsWith("Pair every exercise with every form error, rule ");
        });
        assertThat(kb.assess(WALKING_HURTS)).isEqualTo(before);
    }

    /** Rules each trying every exercise with every form error through comparisons of built texts. */
    private static String rulesPairingEveryExerciseWithEveryFormError(int rules, int comparisons) {
        StringBuilder drl = new StringBuilder("package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n");
        for (int r = 1; r <= rules; r++) {
            String anyOf = IntStream.rangeClosed(1, comparisons)
                    .mapToObj(c -> "exercise.endsWith($exercise.name() + \"" + c + "\")")
                    .collect(Collectors.joining(" ||\n        "));
            drl.append("\nrule \"Pair every exercise with every form error, rule ").append(r).append("\"\n")
                    .append("    @reason(POOR_FORM)\n    @source(\"seed-form\")\nwhen\n")
                    .append("    $exercise : Exercise()\n    FormError(").append(anyOf).append(")\n")
                    .append("then\n    insertLogical(new MotorControlInPlace());\nend\n");
        }
        return drl.toString();
    }

    @Test
    void conclusionsHoldingMoreThanAMillionCharactersOfTextEndWithAnErrorNamingTheRule(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("clinic.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Every exercise gets a long word"
                    @reason(WRONG_EXERCISE)
                    @source("seed-right-order")
                when
                    // exercises without load only: advice with a reason for any exercise would break statement 10
                    $e : Exercise(load == Load.NONE)
                then
                    insertLogical(new Advice("about-an-exercise", ReasonCode.WRONG_EXERCISE, Severity.INFO, 5,
                        "%1$s", "%1$s" + $e.name()));
                end
                """.formatted("Long advice. ".repeat(70)));
        Case manyExercises = Case.builder().exercise(IntStream.rangeClosed(1, 1_000)
                .mapToObj(n -> new Exercise("exercise " + n, ExerciseCategory.MOBILITY, Load.NONE))
                .toArray(Exercise[]::new)).build();
        KnowledgeBase kb = KnowledgeBase.fromDirectory(rules);

        assertThatThrownBy(() -> kb.assess(manyExercises)).isInstanceOf(RuleFailedException.class)
                .hasMessage("rule \"Every exercise gets a long word\" failed: the conclusions for this case hold more than"
                        + " 1,000,000 characters of text: rules that write long texts, or many of them, for each of many facts");
        assertThat(kb.assess(WALKING_HURTS).reasons()).isNotEmpty();
    }

    @Test
    void aTimeLimitOfZeroOrLessIsRefused() {
        assertThatThrownBy(() -> KnowledgeBase.builder().timeLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeLimit: must be more than zero, was PT0S");
        assertThatThrownBy(() -> ReloadingKnowledgeBase.builder(Path.of("rules-drl")).timeLimit(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeLimit: must be more than zero, was PT-1S");
    }

    @Test
    void aKnowledgeBaseWithNoLimitsGivenUsesTheDefaults() {
        assertThat(SharedKnowledgeBase.BUNDLED.firingLimit()).isEqualTo(KnowledgeBase.DEFAULT_FIRING_LIMIT);
        assertThat(SharedKnowledgeBase.BUNDLED.timeLimit()).isEqualTo(KnowledgeBase.DEFAULT_TIME_LIMIT);
    }

    @Test
    void aFiringLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> KnowledgeBase.builder().firingLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firingLimit: must be 1 or more, was 0");
    }

    private static Path fixture(String name) {
        try {
            return Path.of(RunawayRulesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
