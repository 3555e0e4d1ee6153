package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.model.Case;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Load;
import org.backpainkb.model.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a session tells its listeners is what changed, with the reason codes rule authors add too. */
class AssessmentChangesTest {

    @Test
    void anUpdateThatChangesNothingTellsNothingWhenAClearancesReasonIsACodeTheRuleAuthorsAdded(@TempDir Path dir)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir);
        Files.writeString(rules.resolve("reason-codes.yaml"), Files.readString(rules.resolve("reason-codes.yaml"))
                + "LOADED_MOBILITY:\n  words: loaded mobility work\n  means: Mobility work done under a load.\n");
        Files.writeString(rules.resolve("clinic.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "Mobility work with a weight: take the weight off"
                    @reason(LOADED_MOBILITY)
                    @source("seed-form")
                when
                    Exercise(category == ExerciseCategory.MOBILITY, load == Load.EXTERNAL)
                then
                    insertLogical(Restriction.of(ExerciseCategory.MOBILITY, Decision.MODIFY).note("slow-down-and-fix-form"));
                end
                """);
        KnowledgeBase kb = KnowledgeBase.fromDirectory(rules);
        EventRecorder heard = new EventRecorder();
        Case loaded = Case.builder().exercise(new Exercise("Weighted cat-camel", ExerciseCategory.MOBILITY, Load.EXTERNAL))
                .build();

        try (PersonSession session = kb.openSession(loaded, heard)) {
            assertThat(session.assessment().clearance(ExerciseCategory.MOBILITY).reason())
                    .isEqualTo(ReasonCode.of("LOADED_MOBILITY"));
            heard.take();

            session.update();
            session.update();

            assertThat(heard.take()).isEmpty();
        }
    }
}
