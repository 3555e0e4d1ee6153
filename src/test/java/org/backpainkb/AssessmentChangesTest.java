package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.Case;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Load;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Region;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;
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

    @Test
    void aScreeningAndADirectionalPreferenceThatComeAndGoAreToldWithTheSuggestionsTheyChange() {
        List<String> heard = new ArrayList<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void riskChanged(Risk before, Risk after) {
                heard.add("risk " + (before == null ? null : before.group()) + " -> " + (after == null ? null : after.group()));
            }

            @Override
            public void directionalPreferenceChanged(DirectionalPreference before, DirectionalPreference after) {
                heard.add("preference " + before + " -> " + after);
            }

            @Override
            public void suggestedExercisesChanged(List<SuggestedExercise> before, List<SuggestedExercise> after) {
                heard.add("suggestions " + (after.size() > before.size() ? "more" : "fewer or others"));
            }
        };
        StartBack lowRisk = new StartBack(false, false, false, false, false, false, false, false, Bothersomeness.SLIGHTLY);
        Symptom standingHurtsSittingEases = new Symptom(Region.LOW_BACK, 4, List.of(Activity.STANDING),
                List.of(Activity.SITTING), false);

        try (PersonSession session = SharedKnowledgeBase.BUNDLED.openSession(Case.builder().build(), listener)) {
            heard.clear();
            session.setStartBack(lowRisk);
            session.update();
            assertThat(heard).containsExactly("risk null -> LOW");

            heard.clear();
            session.add(standingHurtsSittingEases);
            session.update();
            assertThat(heard).containsExactly("preference NONE -> FLEXION", "suggestions more");

            heard.clear();
            session.remove(standingHurtsSittingEases);
            session.setStartBack(null);
            session.update();
            assertThat(heard).containsExactly("risk LOW -> null", "preference FLEXION -> NONE", "suggestions fewer or others");
        }
    }
}
