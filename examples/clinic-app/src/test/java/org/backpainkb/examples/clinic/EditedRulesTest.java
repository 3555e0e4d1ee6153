package org.backpainkb.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RulesException;
import org.backpainkb.model.Case;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic loads the rules its physiotherapists edit from a directory, not only the bundled ones. */
class EditedRulesTest {

    private static final Path RULES = Path.of(System.getProperty("backpainkb.rules.dir"));

    private static final Case SIX_OUT_OF_TEN = Case.builder()
            .session(new ExerciseSession(LocalDate.of(2026, 5, 4), "Bridge", ExerciseCategory.MOTOR_CONTROL, 2, 6, 2))
            .build();

    @Test
    void the_repositorys_rules_directory_loads_and_runs_the_same_rules_as_the_bundled_ones() {
        Clinic clinic = Clinic.withRulesFrom(RULES);

        assertThat(clinic.knowledgeBase().id().rulesHash()).isEqualTo(KnowledgeBase.bundled().id().rulesHash());
        assertThat(clinic.intake(SIX_OUT_OF_TEN).reasons()).containsExactly(ReasonCode.PAIN_RESPONSE);
    }

    @Test
    void a_threshold_edited_in_a_copy_of_the_rules_changes_the_advice(@TempDir Path edited) throws IOException {
        copy(RULES, edited);
        Path thresholds = edited.resolve("thresholds.yaml");
        Files.writeString(thresholds, Files.readString(thresholds).replace("maxPainDuring: 5", "maxPainDuring: 6"));

        Clinic clinic = Clinic.withRulesFrom(edited);

        assertThat(clinic.knowledgeBase().thresholds().maxPainDuring()).isEqualTo(6);
        assertThat(clinic.intake(SIX_OUT_OF_TEN).reasons()).isEmpty();
    }

    @Test
    void a_broken_rule_in_the_directory_is_reported_with_its_file(@TempDir Path broken) throws IOException {
        Files.writeString(broken.resolve("broken.drl"), "package org.backpainkb.rules;\nrule \"broken\" when then end oops\n");

        assertThatThrownBy(() -> Clinic.withRulesFrom(broken)).isInstanceOf(RulesException.class)
                .hasMessageContaining("broken.drl");
    }

    /** The whole rules directory: rule files, thresholds, reason codes, sources and the texts folder. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
