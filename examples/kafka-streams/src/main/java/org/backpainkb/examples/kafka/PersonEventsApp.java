package org.backpainkb.examples.kafka;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.backpainkb.Assessor;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.ReloadingKnowledgeBase;

/**
 * Runs the topology against a Kafka cluster until stopped (Ctrl-C, or SIGTERM from the platform).
 *
 * <pre>
 * java -cp ... org.backpainkb.examples.kafka.PersonEventsApp BOOTSTRAP_SERVERS [RULES_DIR]
 * </pre>
 * Without {@code RULES_DIR} the library's bundled rules serve; with it, a
 * {@link ReloadingKnowledgeBase} follows that directory, so an edit of the rules is taken up between
 * two events without a restart. The stores live in {@code kafka-streams-state} in the working
 * directory, or where {@code -Dbackpainkb.state.dir} says (not under {@code /tmp}, which the system
 * may clear). Every instance started with the same application id shares the work:
 * see the README on partitioning and scaling out.
 */
public final class PersonEventsApp {

    /** The application id: the consumer group, and the prefix of the store's changelog topic. */
    public static final String APPLICATION_ID = "backpain-kb-person-events";

    private PersonEventsApp() {
    }

    /**
     * The application's configuration: exactly once ({@code exactly_once_v2}), and the values as
     * the topology reads and writes them.
     *
     * @param bootstrapServers the cluster
     * @param stateDir where the stores live on this instance's disk
     * @return the configuration
     */
    public static Properties config(String bootstrapServers, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // each event's case update, its changes and its dead letter are committed together, or not at all
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // no global store here; Kafka warns unless this is set ahead of 5.0, where it is the default
        // (and its constant is already deprecated, hence the name as text)
        props.put("processing.exception.handler.global.enabled", true);
        // one thread per core is the usual start; more instances add more (see the README)
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Runtime.getRuntime().availableProcessors());
        return props;
    }

    /**
     * Starts the application and waits until it is stopped.
     *
     * @param args the bootstrap servers, and optionally a rules directory to follow
     * @throws InterruptedException when interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PersonEventsApp BOOTSTRAP_SERVERS [RULES_DIR]");
            System.exit(64);
        }
        Path stateDir = Path.of(System.getProperty("backpainkb.state.dir", "kafka-streams-state"));
        Assessor assessor = args.length == 2 ? ReloadingKnowledgeBase.builder(Path.of(args[1])).build() : KnowledgeBase.bundled();
        KafkaStreams streams = new KafkaStreams(PersonEventsTopology.build(assessor), config(args[0], stateDir));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            if (assessor instanceof ReloadingKnowledgeBase reloading) {
                reloading.close();
            }
            stopped.countDown();
        }, "shutdown"));
        streams.start();
        stopped.await();
    }
}
