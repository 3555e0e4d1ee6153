package org.backpainkb.examples.kafka;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.backpainkb.Assessor;

/**
 * The topology: person events in (key the person id, value the event's JSON), one processor that
 * keeps each person's case in a persistent key-value store, the changes of their assessments out
 * and refused events to the dead-letter topic.
 *
 * <pre>
 * events topic --&gt; person-events (source) --&gt; assess (processor, store person-cases)
 *                                               |--&gt; changes (sink) --&gt; changes topic
 *                                               '--&gt; dead-letters (sink) --&gt; dead-letter topic
 * </pre>
 *
 * <p>The store is backed by a changelog topic ({@code <application.id>-person-cases-changelog},
 * compacted), from which Kafka Streams restores it when a task moves to another instance.
 */
public final class PersonEventsTopology {

    /** The store of each person's case, by person id: the case as the library's CaseWriter writes it, as JSON. */
    public static final String CASES = "person-cases";
    static final String SOURCE = "person-events";
    static final String PROCESSOR = "assess";
    static final String CHANGES_SINK = "changes";
    static final String DEAD_LETTERS_SINK = "dead-letters";

    private PersonEventsTopology() {
    }

    /**
     * The topology over the default topics.
     *
     * @param assessor the knowledge base: a {@link org.backpainkb.KnowledgeBase}, a
     *     {@link org.backpainkb.ReloadingKnowledgeBase}, or any other; each event is assessed on the
     *     rules it serves at that moment
     * @return the topology
     */
    public static Topology build(Assessor assessor) {
        return build(assessor, Topics.DEFAULTS);
    }

    /**
     * The topology.
     *
     * @param assessor the knowledge base; each event is assessed on the rules it serves at that moment
     * @param topics the topics' names
     * @return the topology
     */
    public static Topology build(Assessor assessor, Topics topics) {
        return build(assessor, topics, Stores.persistentKeyValueStore(CASES));
    }

    /**
     * The topology with another kind of store, e.g. one in memory (still backed by its changelog),
     * to measure what the persistent store costs.
     *
     * @param assessor the knowledge base
     * @param topics the topics' names
     * @param store the store, named {@link #CASES}
     * @return the topology
     */
    static Topology build(Assessor assessor, Topics topics, KeyValueBytesStoreSupplier store) {
        Objects.requireNonNull(assessor, "assessor");
        Topology topology = new Topology();
        topology.addSource(SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), topics.events());
        topology.addProcessor(PROCESSOR, () -> new PersonEventProcessor(assessor), SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(store, Serdes.String(), new CaseSerde()), PROCESSOR);
        topology.addSink(CHANGES_SINK, topics.changes(), Serdes.String().serializer(), Serdes.String().serializer(),
                PROCESSOR);
        topology.addSink(DEAD_LETTERS_SINK, topics.deadLetters(), Serdes.String().serializer(),
                Serdes.String().serializer(), PROCESSOR);
        return topology;
    }
}
