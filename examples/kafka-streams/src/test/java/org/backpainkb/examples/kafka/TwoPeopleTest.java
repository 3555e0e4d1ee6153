package org.backpainkb.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people followed at once, their events interleaved on one partition: each person's changes
 * are the ones they have when followed alone, and never another's.
 */
class TwoPeopleTest {

    /** The README's worked example, walking hurts and sitting eases: weeks 0, 2 and 4 as case files. */
    private static final String WALKER = "walker-3";

    private static KnowledgeBase kb;
    private static Case week0;
    private static Case week2;
    private static Case week4;

    @TempDir
    Path state;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
        week0 = CaseDiff.example("walking-hurts-week-0.yaml");
        week2 = CaseDiff.example("walking-hurts-week-2.yaml");
        week4 = CaseDiff.example("walking-hurts-week-4.yaml");
    }

    /** The walker's events: the intake, then what changed between the visits of weeks 0, 2 and 4. */
    private static List<String> walkerEvents() {
        List<String> events = new ArrayList<>();
        events.add(Events.intake(week0));
        events.addAll(CaseDiff.events(week0, week2));
        events.addAll(CaseDiff.events(week2, week4));
        return events;
    }

    private static List<String> storyEvents() {
        List<String> events = new ArrayList<>();
        Story.weeks0To2().forEach(s -> events.add(s.event()));
        Story.weeks3To6().forEach(s -> events.add(s.event()));
        return events;
    }

    @Test
    void two_peoples_interleaved_events_give_each_the_changes_they_have_alone_and_never_mix() {
        List<String> walker = walkerEvents();
        List<String> story = storyEvents();
        List<List<String>> walkerAlone = alone(WALKER, walker, "walker-alone");
        List<List<String>> storyAlone = alone(Story.PERSON, story, "story-alone");

        Map<String, List<List<String>>> together = new LinkedHashMap<>();
        together.put(WALKER, new ArrayList<>());
        together.put(Story.PERSON, new ArrayList<>());
        try (Harness topology = new Harness(kb, state.resolve("together"))) {
            for (int i = 0; i < Math.max(walker.size(), story.size()); i++) {
                if (i < walker.size()) {
                    together.get(WALKER).add(Events.describe(topology.send(WALKER, walker.get(i))));
                }
                if (i < story.size()) {
                    together.get(Story.PERSON).add(Events.describe(topology.send(Story.PERSON, story.get(i))));
                }
            }
            Case walkerNow = topology.cases().get(WALKER);
            assertThat(walkerNow).usingRecursiveComparison().ignoringCollectionOrder().ignoringFields("id")
                    .isEqualTo(week4);
            assertThat(walkerNow.id()).isEqualTo(WALKER);
            assertThat(topology.cases().get(Story.PERSON).redFlags()).isEmpty();
            assertThat(topology.cases().get(Story.PERSON).sessions()).hasSize(3);
            assertThat(topology.deadLetters()).isEmpty();
        }
        assertThat(together.get(WALKER)).isEqualTo(walkerAlone);
        assertThat(together.get(Story.PERSON)).isEqualTo(storyAlone);
        assertThat(walkerAlone.get(0)).as("the walker's intake").contains("stage MOTOR_CONTROL -> MOBILITY");
    }

    @Test
    void after_the_events_between_two_visits_the_stored_case_assesses_as_the_second_visits_case_file() {
        try (Harness topology = new Harness(kb, state)) {
            topology.send(WALKER, Events.intake(week0));
            CaseDiff.events(week0, week2).forEach(e -> topology.send(WALKER, e));
            assertSameAssessment(topology.cases().get(WALKER), week2);

            CaseDiff.events(week2, week4).forEach(e -> topology.send(WALKER, e));
            assertSameAssessment(topology.cases().get(WALKER), week4);
        }
    }

    @Test
    void every_change_is_keyed_by_its_person_and_says_so_in_its_body() {
        try (Harness topology = new Harness(kb, state)) {
            topology.sendBytes(WALKER, Events.intake(week0).getBytes(StandardCharsets.UTF_8));
            topology.sendBytes(Story.PERSON, Events.intake(Story.intake()).getBytes(StandardCharsets.UTF_8));
            List<KeyValue<String, String>> changes = topology.changes();

            assertThat(changes).extracting(kv -> kv.key).containsOnly(WALKER, Story.PERSON).contains(WALKER, Story.PERSON);
            for (KeyValue<String, String> kv : changes) {
                assertThat(Events.read(kv.value).get("personId").textValue()).isEqualTo(kv.key);
            }
        }
    }

    private List<List<String>> alone(String person, List<String> events, String dir) {
        List<List<String>> changes = new ArrayList<>();
        try (Harness topology = new Harness(kb, state.resolve(dir))) {
            for (String event : events) {
                changes.add(Events.describe(topology.send(person, event)));
            }
        }
        return changes;
    }

    private static void assertSameAssessment(Case stored, Case file) {
        Assessment live = kb.assess(stored);
        Assessment fromFile = kb.assess(file);
        assertThat(live).usingRecursiveComparison().ignoringFields("caseId", "firedRules").isEqualTo(fromFile);
    }
}
