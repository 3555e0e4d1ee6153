package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.ConcurrentModificationException;
import java.util.concurrent.atomic.AtomicReference;
import org.backpainkb.io.CaseReader;
import org.backpainkb.io.CaseWriter;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.Fact;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Person;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** How a live session keeps its facts, when it re-assesses, whom it tells, and how it refuses misuse. */
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
            assertThat(session.assessment()).isEqualTo(kb.assess(Case.builder().build()));
        }
    }

    @Test
    void changes_take_effect_on_update_not_before() {
        EventRecorder events = new EventRecorder();
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build(), events)) {
            events.take();
            session.add(PLANK);

            assertThat(session.assessment().reasons()).isEmpty();
            assertThat(events.take()).isEmpty();
            assertThat(session.currentCase().exercises()).containsExactly(PLANK);

            assertThat(session.update().reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
            assertThat(session.assessment().reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
            assertThat(events.take()).isNotEmpty();
        }
    }

    @Test
    void listeners_given_at_open_hear_the_intake_as_if_its_facts_were_added_to_an_empty_session() {
        Case intake = Case.builder().id("p-9").mobility(FLEXION_RESTRICTED).exercise(PLANK).redFlag(RedFlag.FEVER).build();
        EventRecorder atOpen = new EventRecorder();
        EventRecorder factByFact = new EventRecorder();

        try (PersonSession opened = kb.openSession(intake, atOpen);
                PersonSession built = kb.openSession(Case.builder().id("p-9").build(), factByFact)) {
            factByFact.take();
            for (Fact fact : new Fact[] {FLEXION_RESTRICTED, PLANK, RedFlag.FEVER}) {
                built.add(fact);
            }
            built.update();

            assertThat(atOpen.take()).contains("added restore-mobility-before-stability (STABILITY_TOO_EARLY)")
                    .isEqualTo(factByFact.take());
            opened.update();
            assertThat(atOpen.take()).isEmpty();
        }
    }

    @Test
    void every_update_is_the_one_shot_assessment_of_the_current_case() {
        try (PersonSession session = kb.openSession(Case.builder().id("p-2").mobility(FLEXION_RESTRICTED).build())) {
            session.add(PLANK);
            session.add(new Symptom(Region.LOW_BACK, 6, Activity.SITTING));

            assertThat(session.update()).isEqualTo(kb.assess(session.currentCase()));
            assertThat(session.assessment().caseId()).isEqualTo("p-2");
        }
    }

    @Test
    void a_session_saved_as_its_case_and_restored_goes_on_where_it_was() {
        String saved;
        Assessment last;
        try (PersonSession session = kb.openSession(Case.builder().id("p-4").mobility(FLEXION_RESTRICTED).build())) {
            session.add(PLANK);
            session.setAsOf(LocalDate.of(2026, 5, 4));
            last = session.update();
            saved = CaseWriter.write(session.currentCase(), CaseReader.Format.YAML);
        }

        try (PersonSession restored = kb.openSession(CaseReader.parse(saved))) {
            assertThat(restored.assessment()).isEqualTo(last);
            assertThat(restored.currentCase().asOf()).isEqualTo(LocalDate.of(2026, 5, 4));
        }
    }

    @Test
    void a_resumed_session_tells_its_listeners_only_what_changes_from_there_on() {
        Case saved = Case.builder().id("p-5").mobility(FLEXION_RESTRICTED).build();
        EventRecorder opened = new EventRecorder();
        EventRecorder resumed = new EventRecorder();
        try (PersonSession first = kb.openSession(saved, opened);
                PersonSession again = kb.resumeSession(saved, resumed)) {
            assertThat(opened.take()).isNotEmpty();
            assertThat(resumed.take()).isEmpty();
            assertThat(again.assessment()).isEqualTo(first.assessment());

            first.replace(FLEXION_RESTRICTED, new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL));
            again.replace(FLEXION_RESTRICTED, new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL));
            first.update();
            again.update();

            assertThat(resumed.take()).isNotEmpty().isEqualTo(opened.take());
        }
    }

    @Test
    void an_equal_fact_is_a_second_entry_and_remove_takes_one_entry_away() {
        Symptom walkingHurts = new Symptom(Region.LOW_BACK, 4, Activity.WALKING);
        try (PersonSession session = kb.openSession()) {
            assertThat(session.add(walkingHurts)).isTrue();
            assertThat(session.add(new Symptom(Region.LOW_BACK, 4, Activity.WALKING))).isTrue();
            assertThat(session.currentCase().symptoms()).containsExactly(walkingHurts, walkingHurts);

            assertThat(session.remove(walkingHurts)).isTrue();
            assertThat(session.update().reasons()).contains(ReasonCode.WRONG_EXERCISE);
            assertThat(session.remove(walkingHurts)).isTrue();
            assertThat(session.remove(walkingHurts)).isFalse();
            assertThat(session.update().reasons()).isEmpty();
        }
    }

    @Test
    void identical_rides_on_one_day_count_as_often_in_a_session_as_in_a_case_file() {
        LocalDate day = LocalDate.of(2026, 11, 10);
        ExerciseSession ride = new ExerciseSession(day, "Cycling", ExerciseCategory.AEROBIC, 2, 2, null);
        Case fromFile = Case.builder().asOf(day).session(ride, ride, ride).build();
        try (PersonSession session = kb.openSession(Case.builder().asOf(day).build())) {
            session.add(ride);
            session.add(ride);
            session.add(ride);

            assertThat(session.currentCase()).isEqualTo(fromFile);
            assertThat(session.update().clearance(ExerciseCategory.AEROBIC).dose())
                    .isEqualTo(kb.assess(fromFile).clearance(ExerciseCategory.AEROBIC).dose());
        }
    }

    @Test
    void reporting_a_symptom_again_leaves_one_symptom_of_its_region() {
        Symptom walkingHurts = new Symptom(Region.LOW_BACK, 4, Activity.WALKING);
        try (PersonSession session = kb.openSession()) {
            session.reportSymptom(walkingHurts);
            session.reportSymptom(walkingHurts);

            assertThat(session.currentCase().symptoms()).containsExactly(walkingHurts);
        }
    }

    @Test
    void a_symptom_reported_again_for_its_region_replaces_the_earlier_one() {
        Symptom before = new Symptom(Region.LOW_BACK, 7, Activity.SITTING);
        Symptom now = new Symptom(Region.LOW_BACK, 3, Activity.SITTING);
        Symptom buttock = new Symptom(Region.BUTTOCK, 2, Activity.WALKING);
        try (PersonSession session = kb.openSession(Case.builder().symptom(before, buttock).build())) {
            assertThat(session.reportSymptom(now)).containsExactly(before);

            assertThat(session.currentCase().symptoms()).containsExactly(buttock, now);
            assertThat(session.reportSymptom(now)).isEmpty();
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

            session.setCore(null);
            assertThat(session.update().stage()).isEqualTo(Stage.MOTOR_CONTROL);
        }
    }

    @Test
    void the_person_is_one_at_a_time_and_the_current_case_keeps_the_sessions_case_id() {
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
            assertThatThrownBy(() -> session.replace(PLANK, PLANK))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot replace Exercise[name=Plank")
                    .hasMessageContaining("not in this session");
        }
    }

    @Test
    void a_fact_replaced_by_an_equal_one_keeps_its_place_and_changes_nothing() {
        Exercise walk = new Exercise("Walk", ExerciseCategory.WALKING, Load.NONE);
        try (PersonSession session = kb.openSession(Case.builder().exercise(PLANK, walk).build())) {
            session.replace(PLANK, new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT));

            assertThat(session.currentCase().exercises()).containsExactly(PLANK, walk);
        }
    }

    @Test
    void a_change_no_update_assessed_is_pending_and_closing_with_it_says_so_in_the_log() {
        Logger log = (Logger) LoggerFactory.getLogger(PersonSession.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try {
            PersonSession session = kb.openSession(Case.builder().id("p-9").build());
            assertThat(session.hasPendingChanges()).isFalse();
            session.add(RedFlag.SADDLE_NUMBNESS);
            assertThat(session.hasPendingChanges()).isTrue();
            session.update();
            assertThat(session.hasPendingChanges()).isFalse();
            session.remove(RedFlag.SADDLE_NUMBNESS);
            session.close();

            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("person session p-9"
                    + " closed with changes no update() assessed; its listeners never heard of them");
        } finally {
            log.detachAppender(logged);
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
        assertThatThrownBy(() -> session.add(RedFlag.FEVER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.add(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.replace(null, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.setAsOf(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.reassessMobility(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.reportSymptom(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_null_listener_or_a_null_array_of_facts_is_refused_by_name_not_with_a_bare_null() {
        assertThatThrownBy(() -> kb.openSession(Case.builder().build(), new EventRecorder(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("listeners[1] is null: give only listeners");
        assertThatThrownBy(() -> Case.builder().redFlag((RedFlag[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("redFlags: give the facts, or none");
    }

    @Test
    void an_entry_past_the_longest_pain_log_a_case_may_hold_is_refused_and_the_session_left_as_it_was() {
        Case.Builder full = Case.builder();
        for (int i = 0; i < Case.MAX_LIST_ELEMENTS; i++) {
            full.session(new ExerciseSession(LocalDate.of(2026, 3, 1).minusDays(i), "Walk", ExerciseCategory.WALKING, 2, 2, 2));
        }
        try (PersonSession session = kb.openSession(full.build())) {
            Case before = session.currentCase();

            assertThatThrownBy(() -> session.add(new ExerciseSession(LocalDate.of(2026, 3, 2), "Walk",
                    ExerciseCategory.WALKING, 2, 2, 2)))
                    .isInstanceOf(org.backpainkb.model.InvalidCaseException.class)
                    .hasMessage("sessions: has 1001 elements; the most a list may hold is 1000");
            assertThat(session.currentCase()).isEqualTo(before);
        }
    }

    @Test
    void a_listener_may_read_the_session_but_its_changes_are_refused() {
        AtomicReference<Assessment> seen = new AtomicReference<>();
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        AtomicReference<PersonSession> opened = new AtomicReference<>();
        SessionListener meddler = new SessionListener() {
            @Override
            public void recommendationAdded(Recommendation added) {
                seen.set(opened.get().assessment());
                try {
                    opened.get().remove(PLANK);
                } catch (RuntimeException e) {
                    refused.set(e);
                }
            }
        };
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build(), meddler)) {
            opened.set(session);
            session.add(PLANK);

            session.update();

            assertThat(refused.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a listener may read the session but not change or update it");
            assertThat(seen.get().reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
            assertThat(session.currentCase().exercises()).containsExactly(PLANK);
        }
    }

    @Test
    void a_listener_that_throws_is_logged_and_every_other_listener_still_hears_every_change() {
        SessionListener failing = new SessionListener() {
            @Override
            public void recommendationAdded(Recommendation added) {
                throw new IllegalStateException("the notification service is down");
            }

            @Override
            public void clearanceNoteChanged(Clearance before, Clearance after) {
                throw new IllegalStateException("the notification service is down");
            }
        };
        EventRecorder before = new EventRecorder();
        EventRecorder after = new EventRecorder();
        EventRecorder alone = new EventRecorder();
        Logger log = (Logger) LoggerFactory.getLogger(PersonSession.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build(),
                before, failing, after);
                PersonSession reference = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build(), alone)) {
            session.add(PLANK);
            reference.add(PLANK);

            Assessment updated = session.update();
            reference.update();

            assertThat(updated.reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
            assertThat(before.take()).isEqualTo(after.take()).isEqualTo(alone.take()).hasSizeGreaterThan(1);
            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                    .filteredOn(m -> m.contains("recommendationAdded"))
                    .singleElement().asString().contains("the other listeners are still told");
        } finally {
            log.detachAppender(logged);
        }
    }

    @Test
    void a_listener_that_throws_a_checked_exception_or_an_assertion_is_a_failing_listener_like_any_other() {
        SessionListener sneaky = new SessionListener() {
            @Override
            public void recommendationAdded(Recommendation added) {
                throwUnchecked(new java.io.IOException("the push service is down"));
            }
        };
        SessionListener asserting = new SessionListener() {
            @Override
            public void referralChanged(Referral before, Referral after) {
                throw new AssertionError("a listener's own check");
            }
        };
        EventRecorder after = new EventRecorder();
        EventRecorder alone = new EventRecorder();
        try (PersonSession session = kb.openSession(Case.builder().build(), sneaky, asserting, after);
                PersonSession reference = kb.openSession(Case.builder().build(), alone)) {
            session.add(RedFlag.SADDLE_NUMBNESS);
            reference.add(RedFlag.SADDLE_NUMBNESS);

            session.update();
            reference.update();

            assertThat(after.take()).isEqualTo(alone.take()).anyMatch(e -> e.startsWith("referral "));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void a_listener_that_closes_the_session_hears_no_more_and_the_update_returns() {
        EventRecorder later = new EventRecorder();
        AtomicReference<PersonSession> opened = new AtomicReference<>();
        SessionListener closer = new SessionListener() {
            @Override
            public void recommendationAdded(Recommendation added) {
                opened.get().close();
            }
        };
        PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build(), closer, later);
        opened.set(session);
        later.take();
        session.add(PLANK);

        Assessment returned = session.update();

        assertThat(returned.reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
        assertThat(session.isClosed()).isTrue();
        assertThat(later.take()).isEmpty();
    }

    @Test
    void a_second_thread_is_refused_while_the_session_is_in_use() {
        AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();
        AtomicReference<PersonSession> opened = new AtomicReference<>();
        SessionListener handsOver = new SessionListener() {
            @Override
            public void recommendationAdded(Recommendation added) {
                Thread other = new Thread(() -> {
                    try {
                        opened.get().assessment();
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
        };
        try (PersonSession session = kb.openSession(Case.builder().mobility(FLEXION_RESTRICTED).build(), handsOver)) {
            opened.set(session);
            session.add(PLANK);
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
            session.add(PLANK);
            Thread other = new Thread(() -> fromOtherThread.set(session.update()));
            other.start();
            other.join();

            assertThat(fromOtherThread.get().reasons()).containsExactly(ReasonCode.STABILITY_TOO_EARLY);
        }
    }

    @Test
    void a_runaway_update_leaves_the_session_open_with_its_last_assessment_and_its_facts() {
        int emptyNeeds = SharedKnowledgeBase.BUNDLED.assess(Case.builder().build()).firedRules().size();
        KnowledgeBase tight = KnowledgeBase.builder().firingLimit(emptyNeeds + 1).build();
        try (PersonSession session = tight.openSession()) {
            Assessment opened = session.assessment();
            session.add(PLANK);
            session.add(FLEXION_RESTRICTED);
            session.add(RedFlag.BLADDER_DYSFUNCTION);

            assertThatThrownBy(session::update).isInstanceOf(RunawayRulesException.class);

            assertThat(session.isClosed()).isFalse();
            assertThat(session.assessment()).isEqualTo(opened);
            session.remove(RedFlag.BLADDER_DYSFUNCTION);
            session.remove(FLEXION_RESTRICTED);
            session.remove(PLANK);
            assertThat(session.update()).isEqualTo(opened);
        }
    }
}
