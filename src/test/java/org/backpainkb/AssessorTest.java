package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One interface for every knowledge base: code written against {@link Assessor} runs the same on
 * fixed rules and on rules that follow a directory, and a session opened on a reloading knowledge
 * base follows the rules serving when it was opened.
 */
class AssessorTest {

    private static final Case WALKING_HURTS = Case.builder()
            .symptom(new Symptom(Region.LOW_BACK, 5, Activity.WALKING)).build();

    @TempDir
    Path temp;

    /** What an application written against the interface does: one assessment, one live session. */
    private static void assessAndFollow(Assessor assessor) {
        Assessment once = assessor.assess(WALKING_HURTS);
        assertThat(once.reasons()).contains(ReasonCode.WRONG_EXERCISE);
        assertThat(once.knowledgeBase()).isEqualTo(assessor.id());
        try (PersonSession session = assessor.openSession()) {
            assertThat(session.assessment().reasons()).isEmpty();
            session.add(new Symptom(Region.LOW_BACK, 5, Activity.WALKING));
            Assessment updated = session.update();
            assertThat(updated.clearance(ExerciseCategory.WALKING).decision())
                    .isEqualTo(once.clearance(ExerciseCategory.WALKING).decision());
            assertThat(updated.knowledgeBase()).isEqualTo(assessor.id());
        }
        EventRecorder heard = new EventRecorder();
        try (PersonSession resumed = assessor.resumeSession(WALKING_HURTS, heard)) {
            assertThat(resumed.assessment()).isEqualTo(once);
            assertThat(heard.take()).isEmpty();
        }
    }

    @Test
    void aFixedKnowledgeBaseServesCodeWrittenAgainstTheInterface() {
        assessAndFollow(KnowledgeBase.bundled());
    }

    @Test
    void aReloadingKnowledgeBaseServesTheSameCode() {
        try (ReloadingKnowledgeBase kb = ReloadingKnowledgeBase.builder(RuleFixtures.copyOfProjectRules(temp.resolve("rules")))
                .pollInterval(Duration.ofHours(1)).build()) {
            assessAndFollow(kb);
        }
    }

    @Test
    void aSessionFollowsTheRulesServingWhenItWasOpenedWhichAreDisposedOnlyOnceItIsClosed() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        try (ReloadingKnowledgeBase kb = ReloadingKnowledgeBase.builder(rules).pollInterval(Duration.ofHours(1)).build()) {
            KnowledgeBaseId old = kb.id();
            PersonSession session = kb.openSession(Case.builder().build());

            Files.writeString(rules.resolve("breathing.drl"), Files.readString(rules.resolve("breathing.drl")) + "\n// edited\n");
            assertThat(kb.reloadNow().get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(kb.id()).isNotEqualTo(old);

            session.add(new Symptom(Region.LOW_BACK, 5, Activity.WALKING));
            Assessment onOldRules = session.update();
            assertThat(onOldRules.knowledgeBase()).isEqualTo(old);
            assertThat(onOldRules.reasons()).contains(ReasonCode.WRONG_EXERCISE);
            assertThat(kb.disposedCount()).isZero();

            Case sofar = session.currentCase();
            session.close();
            assertThat(kb.disposedCount()).isEqualTo(1);
            try (PersonSession fresh = kb.openSession(sofar)) {
                assertThat(fresh.assessment().knowledgeBase()).isEqualTo(kb.id());
            }
        }
    }

    @Test
    void aClosedReloadingKnowledgeBaseOpensNoSession() {
        ReloadingKnowledgeBase kb = ReloadingKnowledgeBase.builder(RuleFixtures.copyOfProjectRules(temp.resolve("rules")))
                .pollInterval(Duration.ofHours(1)).build();
        kb.close();

        assertThatThrownBy(kb::openSession).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> kb.resumeSession(Case.builder().build())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
