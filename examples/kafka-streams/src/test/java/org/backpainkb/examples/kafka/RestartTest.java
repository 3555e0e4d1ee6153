package org.backpainkb.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.io.CaseReader;
import org.backpainkb.io.CaseWriter;
import org.backpainkb.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application stops after week 2 and starts again, on another instance, with a store that is
 * restored from its changelog topic: the story goes on as if nothing had happened.
 *
 * <p>How, with a {@link org.apache.kafka.streams.TopologyTestDriver}: the driver writes every change
 * of the store to the changelog topic, as Kafka Streams does, and a test reads that topic like any
 * output. {@code TopologyTestDriver.close()} deletes the state directory, and a new driver restores
 * nothing by itself (it has no broker to read a changelog from), so the test plays the restore: it
 * puts each changelog record, in order, into the new driver's empty store, which is what Kafka
 * Streams' restoration does with them before the task processes its first record. Under exactly
 * once, that is also what happens after a crash on the same instance: a store without the checkpoint
 * of a clean close is not trusted, but wiped and rebuilt from the changelog.
 */
class RestartTest {

    private static KnowledgeBase kb;

    @TempDir
    Path state;

    @BeforeAll
    static void loadRules() {
        kb = KnowledgeBase.bundled();
    }

    @Test
    void after_a_restart_on_a_new_instance_the_store_is_restored_from_its_changelog_and_the_story_goes_on() {
        List<TestRecord<String, Case>> changelog;
        Case beforeRestart;
        try (Harness first = new Harness(kb, state.resolve("first-instance"))) {
            for (Story.Step step : Story.weeks0To2()) {
                assertThat(Events.describe(first.send(Story.PERSON, step.event()))).as(step.name())
                        .containsExactlyElementsOf(step.expected());
            }
            beforeRestart = first.cases().get(Story.PERSON);
            TestOutputTopic<String, Case> topic = first.driver.createOutputTopic(Harness.CHANGELOG,
                    Serdes.String().deserializer(), new CaseSerde().deserializer());
            changelog = topic.readRecordsToList();
        }
        assertThat(changelog).as("one record per event that changed the case").hasSize(3);
        assertThat(changelog.get(changelog.size() - 1).value()).isEqualTo(beforeRestart);

        try (Harness second = new Harness(kb, state.resolve("second-instance"))) {
            KeyValueStore<String, Case> store = second.cases();
            assertThat(store.get(Story.PERSON)).as("a new instance's disk has nothing").isNull();
            changelog.forEach(record -> store.put(record.key(), record.value()));
            assertThat(store.get(Story.PERSON)).isEqualTo(beforeRestart);

            for (Story.Step step : Story.weeks3To6()) {
                assertThat(Events.describe(second.send(Story.PERSON, step.event()))).as(step.name())
                        .containsExactlyElementsOf(step.expected());
            }
        }
    }

    @Test
    void a_store_left_on_disk_by_a_crash_is_not_trusted_under_exactly_once_but_rebuilt_from_the_changelog()
            throws IOException {
        Path disk = state.resolve("disk");
        Path crashed = state.resolve("crashed");
        try (Harness first = new Harness(kb, disk)) {
            for (Story.Step step : Story.weeks0To2()) {
                first.send(Story.PERSON, step.event());
            }
            // the disk as a crash would leave it: RocksDB's files, written while running; a
            // running task under exactly once has no checkpoint, which a clean close writes
            copy(disk, crashed);
        }
        assertThat(PersonEventsApp.config("any:9092", crashed).get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        // the store could hold writes of a transaction that was aborted: Kafka Streams refuses to
        // use it, and (in a running application) wipes it and restores it from the changelog, as
        // the test above plays
        assertThatThrownBy(() -> new Harness(kb, crashed)).isInstanceOf(TaskCorruptedException.class);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".lock")) {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void the_changelog_holds_each_persons_case_as_the_librarys_case_writer_writes_it() {
        try (Harness topology = new Harness(kb, state)) {
            topology.send(Story.PERSON, Events.intake(Story.intake()));
            TestOutputTopic<String, String> topic = topology.driver.createOutputTopic(Harness.CHANGELOG,
                    Serdes.String().deserializer(), Serdes.String().deserializer());
            List<TestRecord<String, String>> records = new ArrayList<>(topic.readRecordsToList());

            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo(Story.PERSON);
            assertThat(records.get(0).value()).isEqualTo(
                    CaseWriter.write(Story.intake(), CaseReader.Format.JSON));
        }
    }
}
