package org.backpainkb.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *       after every record, and every commit flushes RocksDB's memtable to a file on disk and
 *       writes the checkpoint; a running application commits every {@code commit.interval.ms}
 *       (100 ms under exactly once), once for thousands of records;</li>
 *   <li>the same topology with its store in memory (still logged to its changelog): Kafka Streams'
 *       work on each record (serdes, the changelog record, the transactional producer) without the
 *       per-record flush;</li>
 *   <li>the processor's own work alone, without Kafka: read the event, open a session on the case,
 *       make the change, update, write the changes as JSON; and of that, the three assessments
 *       each event costs (the case before, the empty case of the session's intake events, the
 *       case after).</li>
 * </ol>
 * {@code -Dmeasure.people=N} sets how many people (default 2,000; a tenth of them for the RocksDB
 * topology, whose per-record flush makes it a hundred times slower), {@code -Dmeasure.rounds=N} how
 * many measured rounds follow the warm-up round (default 3).
 */
class ThroughputMeasurement {

    private static final int PEOPLE = Integer.getInteger("measure.people", 2_000);
    private static final int ROUNDS = Integer.getInteger("measure.rounds", 3);

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
        System.out.printf(Locale.ROOT, "%d events a person, %d measured rounds after a warm-up round, %d cores%n",
                events.size(), ROUNDS, Runtime.getRuntime().availableProcessors());

        topology("topology, store in RocksDB", PEOPLE / 10, events, () -> PersonEventsTopology.build(kb));
        topology("topology, store in memory", PEOPLE, events, () -> PersonEventsTopology.build(kb, Topics.DEFAULTS,
                Stores.inMemoryKeyValueStore(PersonEventsTopology.CASES)));
        processorAlone(kb, events);
    }

    private void topology(String what, int people, List<byte[]> events, Supplier<Topology> topology) {
        for (int round = 0; round <= ROUNDS; round++) {
            long changes = 0;
            long elapsed;
            try (Harness driver = new Harness(topology.get(), state.resolve(what.replace(' ', '-') + "-" + round))) {
                long start = System.nanoTime();
                for (byte[] event : events) {
                    for (int person = 0; person < people; person++) {
                        driver.sendBytes(personId(round, person), event);
                    }
                    changes += driver.changes().size(); // drained after each step, as a consumer would
                }
                elapsed = System.nanoTime() - start;
                if (!driver.deadLetters().isEmpty()) {
                    throw new AssertionError("the story's events were refused");
                }
            }
            report(what, round, people * events.size(), changes, elapsed);
        }
    }

    private static void processorAlone(KnowledgeBase kb, List<byte[]> events) {
        List<Case[]> assessed = new ArrayList<>(); // each event's case before and after, of the last round
        for (int round = 0; round <= ROUNDS; round++) {
            long changes = 0;
            List<Case> cases = new ArrayList<>(PEOPLE);
            for (int person = 0; person < PEOPLE; person++) {
                cases.add(Case.builder().id(personId(round, person)).build());
            }
            long start = System.nanoTime();
            for (byte[] event : events) {
                for (int person = 0; person < PEOPLE; person++) {
                    Case before = cases.get(person);
                    PersonEventProcessor.Applied applied = PersonEventProcessor.apply(kb, before,
                            PersonEventReader.read(before.id(), event));
                    cases.set(person, applied.after());
                    if (round == ROUNDS) {
                        assessed.add(new Case[] {before, applied.after()});
                    }
                    for (var change : applied.events()) {
                        changes += Events.write(change).isEmpty() ? 0 : 1;
                    }
                }
            }
            report("processor's work alone", round, PEOPLE * events.size(), changes, System.nanoTime() - start);
        }
        // of which the library's assessments: the case before (the session's opening), the empty
        // case (its intake's events, heard and dropped) and the case after (the update)
        for (int round = 0; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            for (Case[] pair : assessed) {
                kb.assess(pair[0]);
                kb.assess(Case.builder().id(pair[0].id()).build());
                kb.assess(pair[1]);
            }
            report("its three assessments", round, assessed.size(), 0, System.nanoTime() - start);
        }
    }

    private static String personId(int round, int person) {
        return "person-" + round + "-" + person;
    }

    private static void report(String what, int round, int events, long changes, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%-28s %-8s %,7d events in %6.2f s: %,7.0f events/s, %,6.0f us an event%s%n",
                what, round == 0 ? "warm-up" : "round " + round, events, seconds, events / seconds, nanos / 1e3 / events,
                changes == 0 ? "" : String.format(Locale.ROOT, " (%,d changes out)", changes));
    }
}
