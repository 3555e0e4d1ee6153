package org.backpainkb.examples.modular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Decision;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;
import org.junit.jupiter.api.Test;

/** The app on the module path, as surefire runs it when there is a module-info, with no flags of its own. */
class ModularAppTest {

    private static final Path WALKING_HURTS = Path.of("../walking-hurts.yaml");

    @Test
    void theAppAndTheLibraryAreNamedModulesAndTheInternalsAreNotExported() {
        Module library = KnowledgeBase.class.getModule();

        assertThat(ModularApp.class.getModule().getName()).isEqualTo("org.backpainkb.examples.modular");
        assertThat(library.getName()).isEqualTo("org.backpainkb");
        assertThat(library.getDescriptor().isAutomatic()).isFalse();
        assertThat(library.isExported("org.backpainkb.internal")).isFalse();
        assertThat(library.isExported("org.backpainkb.internal.matching")).isFalse();
        assertThat(library.isExported("org.backpainkb.io")).isTrue();
    }

    @Test
    void walkingThatHurtsIsTheWrongExerciseAndWalkingIsModified() throws Exception {
        Assessment result = new ModularApp().assess(WALKING_HURTS);

        assertThat(result.reasons()).contains(ReasonCode.WRONG_EXERCISE);
        assertThat(result.clearance(ExerciseCategory.WALKING).decision()).isEqualTo(Decision.MODIFY);
        assertThat(result.clearance(ExerciseCategory.WALKING).reason()).isEqualTo(ReasonCode.WRONG_EXERCISE);
    }

    @Test
    void rulesFromADirectoryAreCheckedAndAssessOnTheModulePathTheirClassesReachingOnlyWhatTheyMay() throws Exception {
        // rules other than the build's get the time limit's clock in their classes, which calls into the library
        KnowledgeBase edited = KnowledgeBase.fromDirectory(Path.of("../../rules-drl"));

        Assessment result = edited.assess(CaseReader.read(WALKING_HURTS));

        assertThat(result.clearance(ExerciseCategory.WALKING).decision()).isEqualTo(Decision.MODIFY);
        assertThat(KnowledgeBase.class.getModule().isExported("org.backpainkb.internal.matching")).isFalse();
    }

    @Test
    void theMainPrintsTheResultAsJson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            ModularApp.main(new String[] {WALKING_HURTS.toString()});
        } finally {
            System.setOut(stdout);
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"caseId\":\"walking-hurts\"")
                .contains("\"WRONG_EXERCISE\"").contains("{\"category\":\"WALKING\",\"decision\":\"MODIFY\"");
    }

    @Test
    void theShippedJsonSchemasAreReadableFromTheLibrarysModule() {
        assertThat(ClassLoader.getSystemResource("org/backpainkb/schema/case.schema.json")).isNotNull();
    }
}
