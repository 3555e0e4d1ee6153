package org.backpainkb.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Assessments per second through one shared knowledge base, over the four benchmark cases in
 * turn; the report runs it on one thread and on two.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessThroughputBenchmark {

    /** One knowledge base for every thread. */
    @State(Scope.Benchmark)
    public static class Shared {
        KnowledgeBase kb;
        List<Case> cases;

        @Setup
        public void load() {
            kb = KnowledgeBase.bundled();
            cases = BenchCases.NAMES.stream().map(BenchCases::named).toList();
            for (int i = 0; i < AssessLatencyBenchmark.PREWARM; i++) {
                kb.assess(cases.get(i & 3));
            }
        }
    }

    /** Each thread's place in the mix. */
    @State(Scope.Thread)
    public static class Turn {
        int next;
    }

    @Benchmark
    public Assessment mixOfFourCases(Shared shared, Turn turn) {
        Case c = shared.cases.get(turn.next);
        turn.next = (turn.next + 1) & 3;
        return shared.kb.assess(c);
    }
}
