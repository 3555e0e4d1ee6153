package org.backpainkb.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.backpainkb.Assessor;
import org.backpainkb.model.Case;

/**
 * The topology in a {@link TopologyTestDriver}, configured as the application is (exactly once),
 * with its store on a disk of the test's.
 */
final class Harness implements AutoCloseable {

    /** The store's changelog topic, as Kafka Streams names it. */
    static final String CHANGELOG = PersonEventsApp.APPLICATION_ID + "-" + PersonEventsTopology.CASES + "-changelog";

    final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> events;
    private final TestOutputTopic<String, String> changes;
    private final TestOutputTopic<String, String> deadLetters;

    Harness(Assessor assessor, Path stateDir) {
        this(PersonEventsTopology.build(assessor), stateDir);
    }

    Harness(Topology topology, Path stateDir) {
        Properties config = PersonEventsApp.config("test-driver:9092", stateDir);
        driver = new TopologyTestDriver(topology, config);
        Topics topics = Topics.DEFAULTS;
        events = driver.createInputTopic(topics.events(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        changes = driver.createOutputTopic(topics.changes(), Serdes.String().deserializer(), Serdes.String().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters(), Serdes.String().deserializer(),
                Serdes.String().deserializer());
    }

    /** Sends one event of a person's, and returns the changes it caused, in the order sent. */
    List<String> send(String personId, String event) {
        sendBytes(personId, event == null ? null : event.getBytes(StandardCharsets.UTF_8));
        return changesOf(personId);
    }

    void sendBytes(String personId, byte[] value) {
        events.pipeInput(personId, value);
    }

    /** Every change sent since the last call, and checks that all are this person's. */
    List<String> changesOf(String personId) {
        List<String> values = new ArrayList<>();
        for (KeyValue<String, String> kv : changes.readKeyValuesToList()) {
            if (!personId.equals(kv.key)) {
                throw new AssertionError("a change of " + kv.key + " while only " + personId + " was expected");
            }
            values.add(kv.value);
        }
        return values;
    }

    List<KeyValue<String, String>> changes() {
        return changes.readKeyValuesToList();
    }

    List<TestRecord<String, String>> deadLetters() {
        return deadLetters.readRecordsToList();
    }

    KeyValueStore<String, Case> cases() {
        return driver.getKeyValueStore(PersonEventsTopology.CASES);
    }

    @Override
    public void close() {
        driver.close();
    }
}
