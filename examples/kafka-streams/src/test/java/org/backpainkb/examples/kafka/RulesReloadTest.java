package org.backpainkb.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.KnowledgeBaseId;
import org.backpainkb.ReloadingKnowledgeBase;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules are edited while the application runs: a {@link ReloadingKnowledgeBase} following a
 * copy of the repository's rules directory takes the edit up between two events, and every change
 * after it is assessed on the new rules and carries their id.
 */
class RulesReloadTest {

    private static final Path RULES = Path.of(System.getProperty("backpainkb.rules.dir"));
    private static final String OTHER = "person-18";
    private static final ExerciseSession PAINFUL =
            new ExerciseSession(LocalDate.of(2026, 3, 23), "Cat-camel", ExerciseCategory.MOBILITY, 2, 7, null);

    @TempDir
    Path state;

    @Test
    void a_rule_edited_between_two_events_serves_the_next_event_and_its_changes_carry_the_new_rules_id(
            @TempDir Path rules) throws Exception {
        copy(RULES, rules);
        try (ReloadingKnowledgeBase kb = ReloadingKnowledgeBase.builder(rules).pollInterval(Duration.ofHours(1)).build();
                Harness topology = new Harness(kb, state)) {
            KnowledgeBaseId asShipped = kb.id();
            assertThat(asShipped.rulesHash()).isEqualTo(KnowledgeBase.bundled().id().rulesHash());

            topology.send(Story.PERSON, Events.intake(Story.intake()));
            List<String> before = topology.send(Story.PERSON, Events.add(PAINFUL));
            assertThat(painDuringAdvice(before).get("severity").textValue()).isEqualTo("WARNING");
            assertThat(before).allSatisfy(change -> assertThat(rulesHash(change)).isEqualTo(asShipped.rulesHash()));

            // the clinic decides that pain above the limit during exercise is critical
            Path drl = rules.resolve("pain-response.drl");
            String edited = Files.readString(drl).replaceFirst("@severity\\(WARNING\\)", "@severity(CRITICAL)");
            assertThat(edited).isNotEqualTo(Files.readString(drl));
            Files.writeString(drl, edited);
            assertThat(kb.reloadNow().get(2, TimeUnit.MINUTES)).as("the edit was taken up").isTrue();
            KnowledgeBaseId reloaded = kb.id();
            assertThat(reloaded.rulesHash()).isNotEqualTo(asShipped.rulesHash());

            // another person with the same history, after the reload: the edited rule speaks
            topology.send(OTHER, Events.intake(Story.intake()));
            List<String> after = topology.send(OTHER, Events.add(PAINFUL));
            assertThat(painDuringAdvice(after).get("severity").textValue()).isEqualTo("CRITICAL");
            assertThat(after).allSatisfy(change -> assertThat(rulesHash(change)).isEqualTo(reloaded.rulesHash()));

            // the first person's next event is assessed on the new rules too: its changes are what
            // the event changed under them (the new severity alone is no change of this event's)
            List<String> next = topology.send(Story.PERSON, Events.replace(PAINFUL,
                    new ExerciseSession(PAINFUL.date(), "Cat-camel", ExerciseCategory.MOBILITY, 2, 7, 4)));
            assertThat(Events.describe(next)).containsExactly("added lower-the-dose-pain-next-morning (PAIN_RESPONSE)");
            assertThat(next).allSatisfy(change -> assertThat(rulesHash(change)).isEqualTo(reloaded.rulesHash()));
        }
    }

    private static JsonNode painDuringAdvice(List<String> changes) {
        return changes.stream().map(Events::read)
                .filter(e -> e.get("event").textValue().equals("recommendationAdded"))
                .map(e -> e.get("added"))
                .filter(r -> r.get("id").textValue().equals("lower-the-dose-pain-during"))
                .findFirst().orElseThrow(() -> new AssertionError("no pain-during advice in " + changes));
    }

    private static String rulesHash(String change) {
        return Events.read(change).get("knowledgeBase").get("rulesHash").textValue();
    }

    /** The whole rules directory: rule files, thresholds, reason codes, sources, texts and scenarios. */
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
