package org.backpainkb.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.streams.test.TestRecord;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.RedFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Refused events go to the dead-letter topic, each with its problems and the event as it came:
 * nothing is lost, nothing is half-applied, and the next events are processed as if the refused
 * one had never come.
 */
class DeadLetterTest {

    private static KnowledgeBase kb;

    @TempDir
    Path state;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    static Stream<Arguments> refusedEvents() {
        String plank = Events.write(Events.fact(Story.PLANK));
        return Stream.of(
                Arguments.of("an unknown op", "{\"op\":\"ad\",\"fact\":{\"redFlag\":\"FEVER\"}}",
                        "op", "UNKNOWN_CODE", "'ad' is not an op"),
                Arguments.of("a misspelled code", "{\"op\":\"add\",\"fact\":{\"symptom\":{\"region\":\"LOWER_BACK\",\"intensity\":5}}}",
                        "fact.symptom.region", "UNKNOWN_CODE", "LOWER_BACK"),
                Arguments.of("a misspelled red flag", "{\"op\":\"add\",\"fact\":{\"redFlag\":\"SADDLE_NUMBESS\"}}",
                        "fact.redFlag", "UNKNOWN_CODE", "SADDLE_NUMBESS"),
                Arguments.of("an unknown field of a fact", "{\"op\":\"add\",\"fact\":{\"symptom\":{\"region\":\"LOW_BACK\",\"intensity\":5,\"sore\":true}}}",
                        "fact.symptom.sore", "UNKNOWN_FIELD", "known fields: region, intensity"),
                Arguments.of("an unknown field of the event", "{\"op\":\"add\",\"fact\":" + plank + ",\"when\":\"now\"}",
                        "when", "UNKNOWN_FIELD", "has no field 'when'"),
                Arguments.of("an unknown kind of fact", "{\"op\":\"add\",\"fact\":{\"redflag\":\"FEVER\"}}",
                        "fact.redflag", "UNKNOWN_FIELD", "not a kind of fact"),
                Arguments.of("a value out of range", "{\"op\":\"add\",\"fact\":{\"symptom\":{\"region\":\"LOW_BACK\",\"intensity\":14}}}",
                        "fact.symptom.intensity", "OUT_OF_RANGE", "14"),
                Arguments.of("a date that is no date", "{\"op\":\"asOf\",\"asOf\":\"2026-02-30\"}",
                        "asOf", null, "2026-02-30"),
                Arguments.of("a missing field", "{\"op\":\"replace\",\"before\":" + plank + "}",
                        "after", "MISSING", "required"),
                Arguments.of("an intake of someone else", "{\"op\":\"intake\",\"case\":{\"id\":\"person-18\"}}",
                        "case.id", "UNKNOWN_CODE", "person-18"),
                Arguments.of("text that is not JSON", "{\"op\":\"add\",", "", "MALFORMED", "not JSON"),
                Arguments.of("a fact to replace that the person does not have",
                        Events.replace(RedFlag.FEVER, RedFlag.NIGHT_PAIN), "before", "MISSING", "FEVER"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEvents")
    void a_refused_event_goes_to_the_dead_letter_topic_as_it_came_with_the_path_and_message_of_each_problem(
            String what, String event, String path, String code, String inMessage) {
        try (Harness topology = new Harness(kb, state)) {
            topology.send(Story.PERSON, Events.intake(Story.intake()));
            Case before = topology.cases().get(Story.PERSON);

            assertThat(topology.send(Story.PERSON, event)).as("no change is sent").isEmpty();

            List<TestRecord<String, String>> letters = topology.deadLetters();
            assertThat(letters).hasSize(1);
            TestRecord<String, String> letter = letters.get(0);
            assertThat(letter.key()).isEqualTo(Story.PERSON);
            JsonNode doc = Events.read(letter.value());
            assertThat(doc.get("value").textValue()).as("the event as it came").isEqualTo(event);
            assertThat(doc.get("source").get("topic").textValue()).isEqualTo(Topics.DEFAULTS.events());
            assertThat(doc.get("source").get("offset").longValue()).isEqualTo(1L);
            JsonNode problem = doc.get("problem").get("problems").get(0);
            assertThat(problem.get("path").textValue()).isEqualTo(path);
            if (code != null) {
                assertThat(problem.get("code").textValue()).isEqualTo(code);
            }
            assertThat(problem.get("message").textValue()).contains(inMessage);
            assertThat(topology.cases().get(Story.PERSON)).as("the stored case is untouched").isEqualTo(before);
        }
    }

    @Test
    void every_problem_of_an_event_is_reported_not_only_the_first() {
        String event = "{\"op\":\"replace\",\"before\":{\"symptom\":{\"region\":\"LOW_BACK\",\"intensity\":11}},"
                + "\"after\":{\"session\":{\"date\":\"2026-03-23\",\"exercise\":\"Plank\",\"category\":\"STABILITY\","
                + "\"painBefore\":2,\"painDuring\":7,\"painNextMorning\":4,\"painAfter\":3}},\"note\":\"typed by hand\"}";
        try (Harness topology = new Harness(kb, state)) {
            topology.send(Story.PERSON, event);

            JsonNode problems = Events.read(topology.deadLetters().get(0).value()).get("problem").get("problems");
            List<String> paths = new ArrayList<>();
            problems.forEach(p -> paths.add(p.get("path").textValue()));
            assertThat(paths).containsExactlyInAnyOrder("note", "before.symptom.intensity", "after.session.painAfter");
        }
    }

    @Test
    void nothing_is_half_applied_the_next_good_event_sees_the_case_as_it_was_and_processing_goes_on() {
        // the good half of a replace (a known fact to remove) must not be applied when its other half is refused
        String halfGood = "{\"op\":\"replace\",\"before\":" + Events.write(Events.fact(Story.PLANK))
                + ",\"after\":{\"exercise\":{\"name\":\"Plank\",\"category\":\"STABILITY\",\"load\":\"HEAVY\"}}}";
        List<String> good = List.of(Events.intake(Story.intake()), Events.add(Story.PLANK),
                Events.add(new ExerciseSession(Story.MONDAY_WEEK_4, "Plank", Story.PLANK.category(), 2, 7, null)));

        List<List<String>> withoutRefusals = new ArrayList<>();
        try (Harness topology = new Harness(kb, state.resolve("clean"))) {
            for (String event : good) {
                withoutRefusals.add(Events.describe(topology.send(Story.PERSON, event)));
            }
        }

        List<List<String>> withRefusals = new ArrayList<>();
        try (Harness topology = new Harness(kb, state.resolve("refusals"))) {
            withRefusals.add(Events.describe(topology.send(Story.PERSON, good.get(0))));
            withRefusals.add(Events.describe(topology.send(Story.PERSON, good.get(1))));
            Case beforeRefusals = topology.cases().get(Story.PERSON);
            assertThat(topology.send(Story.PERSON, halfGood)).isEmpty();
            assertThat(topology.send(Story.PERSON, "not an event")).isEmpty();
            topology.sendBytes(Story.PERSON, null);
            topology.sendBytes(Story.PERSON, new byte[] {(byte) 0xC3, (byte) 0x28});
            assertThat(topology.cases().get(Story.PERSON)).isEqualTo(beforeRefusals);
            withRefusals.add(Events.describe(topology.send(Story.PERSON, good.get(2))));

            List<TestRecord<String, String>> letters = topology.deadLetters();
            assertThat(letters).hasSize(4);
            assertThat(Events.read(letters.get(2).value()).get("value").isNull()).as("a record without a value").isTrue();
            assertThat(Events.read(letters.get(3).value()).get("valueBase64").textValue())
                    .as("bytes that are not UTF-8, kept exactly").isEqualTo("wyg=");
        }
        assertThat(withRefusals).isEqualTo(withoutRefusals);
        assertThat(withRefusals.get(2)).contains("added lower-the-dose-pain-during (PAIN_RESPONSE)");
    }

    @Test
    void an_event_without_a_person_goes_to_the_dead_letter_topic() {
        try (Harness topology = new Harness(kb, state)) {
            topology.sendBytes(null, Events.add(RedFlag.FEVER).getBytes(StandardCharsets.UTF_8));

            TestRecord<String, String> letter = topology.deadLetters().get(0);
            assertThat(letter.key()).isNull();
            assertThat(Events.read(letter.value()).get("problem").get("problems").get(0).get("message").textValue())
                    .contains("keyed by the person's id");
            assertThat(topology.changes()).isEmpty();
        }
    }

    @Test
    void an_event_the_rules_fail_on_goes_to_the_dead_letter_topic_and_the_case_stays_as_it_was() {
        Case nothingKnown = Case.builder().id(Story.PERSON).build();
        int firings = kb.assess(nothingKnown).firedRules().size();
        assertThat(kb.assess(Story.intake()).firedRules().size()).isGreaterThan(firings);
        KnowledgeBase tight = KnowledgeBase.builder().firingLimit(firings).build();

        try (Harness topology = new Harness(tight, state)) {
            assertThat(topology.send(Story.PERSON, Events.intake(Story.intake()))).isEmpty();

            JsonNode problem = Events.read(topology.deadLetters().get(0).value()).get("problem");
            assertThat(problem.get("title").textValue()).isEqualTo("The rules failed on this event");
            assertThat(problem.get("exception").textValue()).isEqualTo("org.backpainkb.RunawayRulesException");
            assertThat(topology.cases().get(Story.PERSON)).isNull();
        }
    }
}
