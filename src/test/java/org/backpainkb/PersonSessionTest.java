package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ConcurrentModificationException;
import java.util.concurrent.atomic.AtomicReference;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Person;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.backpainkb.model.Activity;
import org.backpainkb.model.RedFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a live session keeps its facts, when it re-evaluates, and how it refuses misuse. */
class PersonSessionTest {

    private static final Exercise PLANK = new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT);
    private static final MobilityFinding FLEXION_RESTRICTED = new MobilityFinding(Movement.FLEXION,
            MobilityStatus.RESTRICTED);

    private static KnowledgeBase kb;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    @Test
    void a_new_session_without_facts_has_the_assessment_of_an_empty_case() {
        try (PersonSession session = kb.openSession()) {
            assertThat(session.assessment()).usingRecursiveComparison().ignoringFields("firedRules")
                    .isEqualTo(kb.assess(Case.builder().build()));
        }
    }

    @Test
    void changes_take_effect_on_update_not_before() {
        EventRecorder events = new EventRecorder();
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build())) {
            session.addListener(events);
            session.addExercise(PLANK);

            assertThat(session.assessment().reasons()).isEmpty();
            assertThat(events.take()).isEmpty();
            assertThat(session.currentCase().exercises()).containsExactly(PLANK);

            assertThat(session.update().reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
            assertThat(session.assessment().reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
            assertThat(events.take()).isNotEmpty();
        }
    }

    @Test
    void opening_with_a_case_reports_nothing_until_something_changes() {
        EventRecorder events = new EventRecorder();
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).exercise(PLANK).build())) {
            session.addListener(events);
            assertThat(session.assessment().recommendation("restore-mobility-before-stability")).isPresent();

            session.update();

            assertThat(events.take()).isEmpty();
        }
    }

    @Test
    void an_update_reports_only_the_rules_fired_by_that_update() {
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build())) {
            assertThat(session.update().firedRules()).isEmpty();

            session.addExercise(PLANK);

            assertThat(session.update().firedRules())
                    .containsExactly("Stability training before mobility is restored is too early");
        }
    }

    @Test
    void facts_are_values_so_an_equal_fact_is_added_once_and_removed_once() {
        Symptom walkingHurts = new Symptom(Region.LOW_BACK, 4, Activity.WALKING);
        try (PersonSession session = kb.openSession()) {
            assertThat(session.addSymptom(walkingHurts)).isTrue();
            assertThat(session.addSymptom(new Symptom(Region.LOW_BACK, 4, Activity.WALKING))).isFalse();
            assertThat(session.currentCase().symptoms()).containsExactly(walkingHurts);

            assertThat(session.removeSymptom(walkingHurts)).isTrue();
            assertThat(session.removeSymptom(walkingHurts)).isFalse();
            assertThat(session.update().reasons()).isEmpty();
        }
    }

    @Test
    void the_core_is_one_at_a_time_so_setting_it_replaces_the_earlier_one() {
        try (PersonSession session = kb.openSession()) {
            session.setCore(new CoreActivation(false, false, CoreStrength.STRONG));
            assertThat(session.update().reasons()).contains(ReasonCode.CORE_NOT_ACTIVATED);

            session.setCore(new CoreActivation(true, true, CoreStrength.STRONG));

            assertThat(session.update().reasons()).doesNotContain(ReasonCode.CORE_NOT_ACTIVATED);
            assertThat(session.currentCase().core()).isEqualTo(new CoreActivation(true, true, CoreStrength.STRONG));
            assertThat(session.assessment().stage()).isEqualTo(Stage.STABILITY_AND_STRENGTH);

            assertThat(session.clearCore()).isTrue();
            assertThat(session.update().stage()).isEqualTo(Stage.MOTOR_CONTROL);
        }
    }

    @Test
    void the_person_is_one_at_a_time_and_the_snapshot_keeps_the_sessions_case_id() {
        try (PersonSession session = kb.openSession(Case.builder().id("p-1").person(new Person(40)).build())) {
            session.setPerson(new Person(41));

            assertThat(session.currentCase().person()).isEqualTo(new Person(41));
            assertThat(session.currentCase().id()).isEqualTo("p-1");
            assertThat(session.update().caseId()).isEqualTo("p-1");
        }
    }

    @Test
    void replacing_a_fact_that_is_not_in_the_session_is_refused() {
        try (PersonSession session = kb.openSession()) {
            assertThatThrownBy(() -> session.replaceExercise(PLANK, PLANK))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exercise: cannot replace")
                    .hasMessageContaining("not in this session");
        }
    }

    @Test
    void a_closed_session_refuses_use_with_a_clear_message() {
        PersonSession session = kb.openSession();
        session.close();
        session.close();

        assertThat(session.isClosed()).isTrue();
        assertThatThrownBy(session::update).isInstanceOf(IllegalStateException.class)
                .hasMessage("this PersonSession is closed: open a new one with KnowledgeBase.openSession()");
        assertThatThrownBy(session::assessment).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.addRedFlag(RedFlag.FEVER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.addListener(new SessionListener() { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_listener_may_read_the_session_but_not_change_it() {
        AtomicReference<Assessment> seen = new AtomicReference<>();
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build())) {
            session.addListener(new SessionListener() {
                @Override
                public void recommendationAdded(Recommendation added) {
                    seen.set(session.assessment());
                    session.removeExercise(PLANK);
                }
            });
            session.addExercise(PLANK);

            assertThatThrownBy(session::update).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a listener may read the session but not change or update it");
            assertThat(seen.get().reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
            assertThat(session.currentCase().exercises()).containsExactly(PLANK);
        }
    }

    @Test
    void a_listener_that_closes_the_session_hears_no_more_and_the_update_returns() {
        EventRecorder later = new EventRecorder();
        PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build());
        session.addListener(new SessionListener() {
            @Override
            public void recommendationAdded(Recommendation added) {
                session.close();
            }
        });
        session.addListener(later);
        session.addExercise(PLANK);

        Assessment returned = session.update();

        assertThat(returned.reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
        assertThat(session.isClosed()).isTrue();
        assertThat(later.take()).isEmpty();
    }

    @Test
    void a_second_thread_is_refused_while_the_session_is_in_use() throws InterruptedException {
        AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build())) {
            session.addListener(new SessionListener() {
                @Override
                public void recommendationAdded(Recommendation added) {
                    Thread other = new Thread(() -> {
                        try {
                            session.assessment();
                        } catch (Throwable t) {
                            fromOtherThread.set(t);
                        }
                    }, "other-thread");
                    other.start();
                    try {
                        other.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            session.addExercise(PLANK);
            session.update();
        }

        assertThat(fromOtherThread.get()).isInstanceOf(ConcurrentModificationException.class)
                .hasMessageContaining("called from thread other-thread")
                .hasMessageContaining("must not be shared between threads");
    }

    @Test
    void a_session_may_be_handed_to_another_thread_between_uses() throws InterruptedException {
        AtomicReference<Assessment> fromOtherThread = new AtomicReference<>();
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build())) {
            session.addExercise(PLANK);
            Thread other = new Thread(() -> fromOtherThread.set(session.update()));
            other.start();
            other.join();

            assertThat(fromOtherThread.get().reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
        }
    }

    @Test
    void a_runaway_rule_set_closes_the_session() {
        int emptyNeeds = SharedKnowledgeBase.BUNDLED.assess(Case.builder().build()).firedRules().size();
        KnowledgeBase tight = KnowledgeBase.builder().firingLimit(emptyNeeds + 1).build();
        PersonSession session = tight.openSession();
        session.addExercise(PLANK);
        session.addMobility(FLEXION_RESTRICTED);
        session.addRedFlag(RedFlag.BLADDER_DYSFUNCTION);

        assertThatThrownBy(session::update).isInstanceOf(RunawayRulesException.class);
        assertThat(session.isClosed()).isTrue();
    }
}
