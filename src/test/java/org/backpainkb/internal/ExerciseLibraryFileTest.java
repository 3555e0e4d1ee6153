package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.rules.LibraryExercise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exercise library file: read and checked like the thresholds, a mistake named with its line. */
class ExerciseLibraryFileTest {

    private static final Path LIBRARY = Path.of("rules-drl", ExerciseLibraryFile.FILE);

    private static String library() throws Exception {
        return Files.readString(LIBRARY);
    }

    @Test
    void theProjectsLibraryHasAtLeastTwentyFiveExercisesOverTheSevenCategories() throws Exception {
        List<LibraryExercise> exercises = ExerciseLibraryFile.parse(library());

        assertThat(exercises).hasSizeGreaterThanOrEqualTo(25);
        assertThat(EnumSet.copyOf(exercises.stream().map(LibraryExercise::category).toList()))
                .containsExactlyInAnyOrder(ExerciseCategory.values());
        assertThat(exercises).allSatisfy(e -> {
            assertThat(e.source()).isNotBlank();
            assertThat(e.cues()).isNotBlank();
            assertThat(e.stages()).isNotEmpty();
        });
    }

    @Test
    void aSecondDocumentAfterADashedLineIsRefusedNotDroppedUnread() throws Exception {
        String library = library();
        String last = library.substring(library.lastIndexOf("\n- id: "));
        String text = library + "---\n" + last.strip().replaceFirst("id: ([a-z-]+)", "id: $1-again") + "\n";

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("more follows the end of the document (a '---' line?)");
            assertThat(p.line()).isGreaterThan((int) library.lines().count());
        });
    }

    @Test
    void anUnknownCategoryIsNamedAtItsOwnLine() throws Exception {
        String text = library().replaceFirst("category: STABILITY", "category: STABILTY");
        int line = (int) text.substring(0, text.indexOf("STABILTY")).lines().count();

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("exercises.yaml");
            assertThat(p.kind()).isEqualTo(RuleProblem.Kind.LIBRARY);
            assertThat(p.message()).contains("category").contains("STABILTY").contains("STABILITY");
            assertThat(p.line()).isEqualTo(line);
        });
    }

    @Test
    void anExerciseWithExternalLoadIsRefusedForTheMobilityStage() throws Exception {
        String entry = "- id: cross-trainer\n";
        String text = library().replaceFirst("load: NONE\n  stages: \\[MOBILITY, MOTOR_CONTROL, STABILITY_AND_STRENGTH\\]",
                "load: EXTERNAL\n  stages: [MOBILITY, MOTOR_CONTROL, STABILITY_AND_STRENGTH]");
        assertThat(text).isNotEqualTo(library()).contains(entry);

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).extracting(RuleProblem::message).singleElement().asString()
                .contains("an exercise with EXTERNAL load does not fit the stage MOBILITY");
    }

    @Test
    void anUnknownValueAndAnUnknownFieldAreReportedAtTheirLinesAndAMissingFieldAtTheEntrys() {
        String text = """
                - id: one
                  name: "One"
                  category: MOBILITY
                  direction: NEUTRAL
                  load: NONE
                  stages: [MOBILITY]
                  amount: "10, daily"
                  cues: "slowly"
                  source: "a book"
                - id: one
                  name: "One again"
                  category: MOBILITY
                  direction: SIDEWAYS
                  load: NONE
                  stages: [MOBILITY]
                  amount: "10, daily"
                  cues: "slowly"
                  reps: 3
                """;

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).extracting(p -> p.line() + " " + p.message().substring(0, p.message().indexOf(':')))
                .containsExactlyInAnyOrder("18 reps", "13 direction (one)", "10 source (one)");
        assertThat(e.problems()).extracting(RuleProblem::message).anyMatch(m -> m.startsWith("reps: unknown field"))
                .anyMatch(m -> m.startsWith("direction (one): unknown value"))
                .anyMatch(m -> m.startsWith("source (one): is required: a text in quotes"));
    }

    @Test
    void aValueGivenInTheWrongShapeIsToldTheShapeNotThatItIsMissing() {
        String text = """
                - id: one
                  name: 3
                  category: MOBILITY
                  direction: NEUTRAL
                  load: NONE
                  stages: MOBILITY
                  amount: ""
                  cues: "slowly"
                  avoidWhen: PAINFUL_FLEXION
                  source: "a book"
                """;

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).extracting(RuleProblem::message).containsExactlyInAnyOrder(
                "name (one): must be a text, was 3",
                "stages (one): must be a list in square brackets, such as [MOBILITY], was \"MOBILITY\"; allowed values:"
                        + " MOBILITY, MOTOR_CONTROL, STABILITY_AND_STRENGTH",
                "amount (one): is empty; it is required: a text in quotes",
                "avoidWhen (one): must be a list in square brackets, such as [PAIN_BELOW_KNEE_WITH_PAINFUL_FLEXION], was"
                        + " \"PAINFUL_FLEXION\"; allowed values: PAIN_BELOW_KNEE_WITH_PAINFUL_FLEXION, PAINFUL_FLEXION,"
                        + " PAINFUL_EXTENSION, LIFTING_AGGRAVATED, SITTING_AGGRAVATED, FRACTURE_NOT_RULED_OUT, PAINFUL_ROTATION");
    }

    @Test
    void aFieldGivenTwiceInAnEntryIsRefusedAtItsSecondLineNotReadAsTheLast() throws Exception {
        String text = library().replaceFirst("(?m)^(  direction: NEUTRAL\\n)", "$1  direction: EXTENSION\n");
        int second = (int) text.substring(0, text.indexOf("  direction: EXTENSION\n")).lines().count() + 1;

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(second);
            assertThat(p.message()).isEqualTo("not valid YAML: direction is given twice: keep one");
        });
    }

    @Test
    void aLibraryOfMoreThanFiveHundredExercisesIsRefusedAtTheFirstOneTooMany() throws Exception {
        StringBuilder text = new StringBuilder(library());
        for (int i = 0; i < ExerciseLibraryFile.MAX_EXERCISES; i++) {
            text.append(String.format("- id: walk-%d%n  name: Walk%n  category: WALKING%n  direction: NEUTRAL%n"
                    + "  load: BODYWEIGHT%n  stages: [MOBILITY]%n  amount: daily%n  cues: tall%n  source: x%n", i));
        }
        int firstTooMany = (int) library().lines().count() + 1 + 9 * (ExerciseLibraryFile.MAX_EXERCISES
                - ExerciseLibraryFile.parse(library()).size());

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text.toString()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(firstTooMany);
            assertThat(p.message()).startsWith("the library holds more than 500 exercises");
        });
    }

    @Test
    void anIdUsedTwiceIsRefused() throws Exception {
        String text = library().replaceFirst("id: walking-intervals", "id: walking-on-the-flat");

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'walking-on-the-flat' is used twice"));
    }

    @Test
    void aLibraryThatCannotGiveEveryStageItsWorkIsRefused() throws Exception {
        String text = library().replace("category: STABILITY", "category: CORE_STRENGTH");

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .contains("NEUTRAL exercise of category STABILITY for stage STABILITY_AND_STRENGTH"));
    }

    @Test
    void whatTheLibraryLacksIsSaidOnceForEveryStageItLacksItFor() throws Exception {
        String text = library().replace("- id: pool-walking\n", "- id: pool-walking\n  avoidWhen: [PAINFUL_EXTENSION]\n")
                .replace("- id: cross-trainer\n", "- id: cross-trainer\n  avoidWhen: [PAINFUL_EXTENSION]\n");

        RulesException e = catchThrowableOfType(RulesException.class, () -> ExerciseLibraryFile.parse(text));

        assertThat(e.problems()).extracting(RuleProblem::message).containsExactly(
                "the library needs an AEROBIC exercise that is not EXTENSION (a NEUTRAL one is neither) for stages MOBILITY,"
                        + " MOTOR_CONTROL, STABILITY_AND_STRENGTH with no avoidWhen, so that every case has the suggestions"
                        + " the contract asks for",
                "the library needs an AEROBIC exercise that is not FLEXION (a NEUTRAL one is neither) for stages MOBILITY,"
                        + " MOTOR_CONTROL, STABILITY_AND_STRENGTH with no avoidWhen, so that every case has the suggestions"
                        + " the contract asks for");
    }

    @Test
    void theValidatorChecksTheLibraryOfARulesDirectory(@TempDir Path dir) throws Exception {
        try (var files = Files.list(Path.of("rules-drl"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Files.writeString(dir.resolve(ExerciseLibraryFile.FILE), library().replaceFirst("load: NONE", "load: HEAVY"));

        RuleCheck.Result result = RuleCheck.check(RuleFiles.fromDirectory(dir));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("exercises.yaml");
            assertThat(p.message()).contains("HEAVY");
        });
    }
}
