package org.backpainkb.bench;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.PlainJavaAssessor;
import org.backpainkb.model.Case;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm latency of one assessment, through the knowledge base and through the plain-Java floor
 * (the contract's statements by hand), for each of the four benchmark cases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessLatencyBenchmark {

    @Param({BenchCases.NOTHING_WRONG, BenchCases.ONE_REASON, BenchCases.ALL_FIVE_REASONS, BenchCases.RED_FLAG})
    public String caseName;

    private KnowledgeBase kb;
    private PlainJavaAssessor floor;
    private Case theCase;

    @Setup
    public void load() {
        kb = KnowledgeBase.bundled();
        floor = new PlainJavaAssessor(kb.thresholds());
        theCase = BenchCases.named(caseName);
        Assessment a = kb.assess(theCase);
        // time only what is right: the case gives its reasons, and both ways agree on them
        if (!Set.copyOf(a.reasons()).equals(Set.copyOf(BenchCases.expectedReasons(caseName)))
                || !PlainJavaAssessor.Verdict.of(a).equals(floor.assess(theCase))) {
            throw new IllegalStateException(caseName + ": unexpected assessment " + a);
        }
    }

    @Benchmark
    public Assessment drools() {
        return kb.assess(theCase);
    }

    @Benchmark
    public PlainJavaAssessor.Verdict plainJava() {
        return floor.assess(theCase);
    }
}
