package org.backpainkb.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.PersonSession;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.Case;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.Region;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One person followed over seven weeks through the topology: the library's story, event by event. */
class PersonStoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KnowledgeBase kb;

    @TempDir
    Path state;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    @Test
    void each_weeks_event_sends_the_changes_the_librarys_story_test_expects_and_nothing_else() {
        try (Harness topology = new Harness(kb, state)) {
            List<Story.Step> steps = new ArrayList<>(Story.weeks0To2());
            steps.addAll(Story.weeks3To6());
            for (Story.Step step : steps) {
                assertThat(Events.describe(topology.send(Story.PERSON, step.event()))).as(step.name())
                        .containsExactlyElementsOf(step.expected());
            }
            assertThat(topology.deadLetters()).isEmpty();
        }
    }

    @Test
    void a_screening_and_symptoms_that_point_one_way_send_the_risk_the_preference_and_the_suggestions_they_change() {
        try (Harness topology = new Harness(kb, state)) {
            topology.send(Story.PERSON, Events.intake(Story.intake()));

            List<String> screened = topology.send(Story.PERSON, Events.startBack(new StartBack(true, true, true, true,
                    false, false, false, false, Bothersomeness.SLIGHTLY)));
            List<String> pointing = topology.send(Story.PERSON, Events.add(new Symptom(Region.LOW_BACK, 4,
                    List.of(Activity.WALKING, Activity.STANDING), List.of(Activity.SITTING), false)));

            assertThat(screened).extracting(e -> Events.describe(Events.read(e))).contains("risk none -> MEDIUM");
            assertThat(pointing).extracting(e -> Events.describe(Events.read(e)))
                    .contains("preference NONE -> FLEXION").anyMatch(line -> line.startsWith("suggestions "));
        }
    }

    @Test
    void every_change_carries_the_person_the_op_that_caused_it_and_the_knowledge_bases_id() {
        try (Harness topology = new Harness(kb, state)) {
            topology.send(Story.PERSON, Events.intake(Story.intake()));
            List<String> changes = topology.send(Story.PERSON, Events.add(Story.PLANK));

            assertThat(changes).hasSize(2);
            for (String change : changes) {
                JsonNode e = Events.read(change);
                assertThat(e.get("personId").textValue()).isEqualTo(Story.PERSON);
                assertThat(e.get("op").textValue()).isEqualTo("add");
                assertThat(e.get("knowledgeBase").get("rulesHash").textValue()).isEqualTo(kb.id().rulesHash());
                assertThat(e.get("knowledgeBase").get("version").textValue()).isEqualTo(kb.id().version());
                assertThat(e.get("knowledgeBase").get("thresholds")).isEqualTo(JSON.valueToTree(kb.id().thresholds()));
            }
            JsonNode added = Events.read(changes.get(0)).get("added");
            assertThat(added.get("advice").textValue()).isNotBlank();
            assertThat(added.get("severity").isTextual()).isTrue();
        }
    }

    @Test
    void the_topologys_changes_are_a_live_sessions_changes_call_for_call_also_where_the_story_groups_them() {
        List<String> events = new ArrayList<>();
        Story.weeks0To2().forEach(s -> events.add(s.event()));
        Story.weeks3To6().forEach(s -> events.add(s.event()));
        events.addAll(Story.week7());

        List<List<String>> fromTopology = new ArrayList<>();
        Case stored;
        try (Harness topology = new Harness(kb, state)) {
            for (String event : events) {
                fromTopology.add(Events.describe(topology.send(Story.PERSON, event)));
            }
            stored = topology.cases().get(Story.PERSON);
        }

        // the same events on one session kept open all along, updated after each
        List<List<String>> fromSession = new ArrayList<>();
        ChangeEvents heard = new ChangeEvents();
        try (PersonSession session = kb.openSession(Case.builder().id(Story.PERSON).build(), heard)) {
            for (String event : events) {
                heard.clear();
                PersonEventReader.read(Story.PERSON, event.getBytes(StandardCharsets.UTF_8))
                        .applyTo(session);
                session.update();
                fromSession.add(heard.events(Story.PERSON, "", session.assessment().knowledgeBase()).stream()
                        .filter(Events::aboutAdvice).map(Events::describe).toList());
            }
            assertThat(stored).isEqualTo(session.currentCase());
        }
        assertThat(fromTopology).isEqualTo(fromSession);
        // week 7's last event ends where the library's story ends its single update
        assertThat(fromTopology.get(fromTopology.size() - 1)).contains("dose WALKING KEEP -> none");
        assertThat(stored.sessions()).extracting(ExerciseSession::painDuring).containsExactly(2, 3);
    }
}
