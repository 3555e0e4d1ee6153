package org.backpainkb.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.PersonSession;
import org.backpainkb.SessionListener;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A live session's {@code update()} after one fact changed: one session per example case, taken in
 * turn; each call adds or removes a symptom, then updates, with a listener so that the changes are
 * worked out and told as in an application.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionUpdateBenchmark {

    private static final Symptom UPPER_BACK = new Symptom(Region.UPPER_BACK, 3, Activity.SITTING);

    /** One open session per example case, warmed like the assessment benchmarks. */
    @State(Scope.Thread)
    public static class People {
        List<PersonSession> sessions;
        int next;

        @Setup
        public void setUp() {
            KnowledgeBase kb = KnowledgeBase.bundled();
            SessionListener listener = new SessionListener() { };
            sessions = ExampleCases.cases().stream().map(c -> kb.openSession(c, listener)).toList();
            for (int i = 0; i < AssessLatencyBenchmark.PREWARM; i++) {
                step(this);
            }
        }

        @TearDown
        public void tearDown() {
            sessions.forEach(PersonSession::close);
        }
    }

    @Benchmark
    public Assessment changeOneFactAndUpdate(People people) {
        return step(people);
    }

    private static Assessment step(People people) {
        PersonSession session = people.sessions.get(people.next);
        people.next = (people.next + 1) % people.sessions.size();
        // every session alternates with and without the symptom, a real change each time
        if (!session.add(UPPER_BACK)) {
            session.remove(UPPER_BACK);
        }
        return session.update();
    }
}
