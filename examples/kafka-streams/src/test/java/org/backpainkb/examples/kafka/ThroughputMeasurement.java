package org.backpainkb.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events per second per thread through the topology: the library's story (an intake and eleven
 * events) for many people, their events interleaved, piped through a {@link
 * org.apache.kafka.streams.TopologyTestDriver} on one thread with the application's configuration
 * (exactly once, the store with its changelog). Not a test: the build leaves it out; run it with
 * {@code -Dmeasure} (see the README).
 *
 * <p>Three figures, to tell where the time goes:
 * <ol>
 *   <li>the topology as the application runs it, its store in RocksDB. The test driver commits
 *       the transaction after every record, where a running application commits every
 *       {@code commit.interval.ms} (100 ms under exactly once), once for many records;</li>
 *   <li>the same topology with its store in memory (still logged to its changelog): Kafka Streams'
 *       work on each record (serdes, the changelog record, the transactional producer) without
 *       RocksDB;</li>
 *   <li>the processor's own work alone, without Kafka: read the event, open a session on the case,
 *       make the change, update, write the changes as JSON; and of that, the two assessments
 *       each event costs (the case before, the empty case of the session's intake events, the
 *       case after).</li>
 * </ol>
 * {@code -Dmeasure.people=N} sets how many people (default 2,000), {@code -Dmeasure.rounds=N} how many
 * measured rounds follow the warm-up round (default 5).
 */
class ThroughputMeasurement {

    private static final int PEOPLE = Integer.getInteger("measure.people", 2_000);
    private static final int ROUNDS = Integer.getInteger("measure.rounds", 5);

    @TempDir
    Path state;

    @Test
    void events_per_second_per_thread_through_the_topology() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        List<String> story = new ArrayList<>();
        // the intake without the story's own id: each person's id is their key
        story.add(Events.intake(Case.builder(Story.intake()).id(null).build()));
        Story.weeks0To2().stream().skip(1).forEach(s -> story.add(s.event()));
        Story.weeks3To6().forEach(s -> story.add(s.event()));
        story.addAll(Story.week7());
        List<byte[]> events = story.stream().map(e -> e.getBytes(StandardCharsets.UTF_8)).toList();
        int perRound = PEOPLE * events.size();
        System.out.printf(Locale.ROOT, "%,d people x %d events = %,d events a round; %d measured rounds after a warm-up"
                + " round, the four measures alternating in each; %d cores%n", PEOPLE, events.size(), perRound, ROUNDS,
                Runtime.getRuntime().availableProcessors());

        Map<String, List<Double>> usPerEvent = new LinkedHashMap<>();
        for (int round = 0; round <= ROUNDS; round++) {
            measure(usPerEvent, "topology, store in RocksDB", round, perRound,
                    () -> topology(PersonEventsTopology.build(kb), "rocksdb", events));
            measure(usPerEvent, "topology, store in memory", round, perRound,
                    () -> topology(PersonEventsTopology.build(kb, Topics.DEFAULTS,
                            Stores.inMemoryKeyValueStore(PersonEventsTopology.CASES)), "memory", events));
            List<Case[]> assessed = new ArrayList<>(perRound);
            measure(usPerEvent, "processor's work alone", round, perRound, () -> processorAlone(kb, events, assessed));
            measure(usPerEvent, "its two assessments", round, perRound, () -> {
                // the case before (the session resumed on it) and the case after (the update)
                for (Case[] pair : assessed) {
                    kb.assess(pair[0]);
                    kb.assess(pair[1]);
                }
                return 0L;
            });
        }
        System.out.println("median of the measured rounds:");
        usPerEvent.forEach((what, us) -> {
            List<Double> sorted = us.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            System.out.printf(Locale.ROOT, "  %-28s %,7.0f events/s, %,5.0f us an event (rounds: %,.0f to %,.0f us)%n",
                    what, 1e6 / median, median, sorted.get(0), sorted.get(sorted.size() - 1));
        });
    }

    /** Runs one measure once, prints it, and keeps its microseconds an event when not the warm-up. */
    private static void measure(Map<String, List<Double>> usPerEvent, String what, int round, int events,
            Supplier<Long> run) {
        long start = System.nanoTime();
        long changes = run.get();
        long nanos = System.nanoTime() - start;
        double us = nanos / 1e3 / events;
        if (round > 0) {
            usPerEvent.computeIfAbsent(what, w -> new ArrayList<>()).add(us);
        }
        System.out.printf(Locale.ROOT, "%-28s %-8s %,7d events in %6.2f s: %,7.0f events/s, %,6.0f us an event%s%n",
                what, round == 0 ? "warm-up" : "round " + round, events, nanos / 1e9, events / (nanos / 1e9), us,
                changes == 0 ? "" : String.format(Locale.ROOT, " (%,d changes out)", changes));
    }

    private long topology(Topology topology, String name, List<byte[]> events) {
        long changes = 0;
        try (Harness driver = new Harness(topology, state.resolve(name + "-" + System.nanoTime()))) {
            for (byte[] event : events) {
                for (int person = 0; person < PEOPLE; person++) {
                    driver.sendBytes(personId(person), event);
                }
                changes += driver.changes().size(); // drained after each step, as a consumer would
            }
            if (!driver.deadLetters().isEmpty()) {
                throw new AssertionError("the story's events were refused");
            }
        }
        return changes;
    }

    private static long processorAlone(KnowledgeBase kb, List<byte[]> events, List<Case[]> assessed) {
        long changes = 0;
        List<Case> cases = new ArrayList<>(PEOPLE);
        for (int person = 0; person < PEOPLE; person++) {
            cases.add(Case.builder().id(personId(person)).build());
        }
        for (byte[] event : events) {
            for (int person = 0; person < PEOPLE; person++) {
                Case before = cases.get(person);
                PersonEventProcessor.Applied applied = PersonEventProcessor.apply(kb, before,
                        PersonEventReader.read(before.id(), event));
                cases.set(person, applied.after());
                assessed.add(new Case[] {before, applied.after()});
                for (var change : applied.events()) {
                    changes += Events.write(change).isEmpty() ? 0 : 1;
                }
            }
        }
        return changes;
    }

    private static String personId(int person) {
        return "person-" + person;
    }

}
