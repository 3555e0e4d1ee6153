package org.backpainkb.bench;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.PlainJavaAssessor;
import org.backpainkb.model.Case;
import org.backpainkb.rules.Thresholds;
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
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessLatencyBenchmark {

    /**
     * Assessments run over all four cases before JMH's own warm-up: the engine's code paths take
     * tens of thousands of assessments to be compiled, far more than a short warm-up gives.
     */
    static final int PREWARM = Integer.getInteger("bench.prewarm", 40_000);

    /** A knowledge base, warmed over every case, and the case to time. */
    @State(Scope.Benchmark)
    public abstract static class WarmedRules {
        @Param({BenchCases.NOTHING_WRONG, BenchCases.ONE_REASON, BenchCases.ALL_FIVE_REASONS, BenchCases.RED_FLAG})
        public String caseName;

        KnowledgeBase kb;
        Case theCase;

        /** The knowledge base to time. */
        abstract KnowledgeBase load();

        /** What to check before timing, so that only a right answer is timed. */
        void check(Assessment a) {
        }

        @Setup
        public void setUp() {
            kb = load();
            theCase = BenchCases.named(caseName);
            check(kb.assess(theCase));
            for (int i = 0; i < PREWARM; i++) {
                kb.assess(BenchCases.named(BenchCases.NAMES.get(i & 3)));
            }
        }
    }

    /** The bundled rules. */
    @State(Scope.Benchmark)
    public static class Rules extends WarmedRules {
        @Override
        KnowledgeBase load() {
            return KnowledgeBase.bundled();
        }

        @Override
        void check(Assessment a) {
            // time only what is right: the case gives its reasons, and the rules meet the contract
            if (!Set.copyOf(a.reasons()).equals(Set.copyOf(BenchCases.expectedReasons(caseName)))
                    || !new PlainJavaAssessor(kb.thresholds()).shortfalls(theCase, a).isEmpty()) {
                throw new IllegalStateException(caseName + ": unexpected assessment " + a);
            }
        }
    }

    /**
     * The rules as they were before the contract's statements 11 to 14 ({@code src/jmh/baseline-rules}),
     * warmed the same way, so both rule sets are timed in one run.
     */
    @State(Scope.Benchmark)
    public static class BaselineRules extends WarmedRules {
        @Override
        KnowledgeBase load() {
            // rules from before statements 11 to 14 fall short of them by design
            return KnowledgeBase.builder().rulesDirectory(Path.of(System.getProperty("bench.baselineRules",
                    "src/jmh/baseline-rules"))).checkContract(false).build();
        }
    }

    /**
     * The current rules loaded the way the baseline is (from a directory, without the contract's checks,
     * which put each result to the statements whatever the rules), so that the ratio compares rules, not
     * load paths or the library's checks.
     */
    @State(Scope.Benchmark)
    public static class CurrentRulesFromDirectory extends WarmedRules {
        @Override
        KnowledgeBase load() {
            return KnowledgeBase.builder().rulesDirectory(Path.of(System.getProperty("bench.currentRules", "rules-drl")))
                    .checkContract(false).build();
        }
    }

    /** The plain-Java floor and the case to time. */
    @State(Scope.Benchmark)
    public static class Floor {
        @Param({BenchCases.NOTHING_WRONG, BenchCases.ONE_REASON, BenchCases.ALL_FIVE_REASONS, BenchCases.RED_FLAG})
        public String caseName;

        PlainJavaAssessor floor;
        Case theCase;

        @Setup
        public void load() {
            floor = new PlainJavaAssessor(Thresholds.DEFAULTS);
            theCase = BenchCases.named(caseName);
        }
    }

    @Benchmark
    public Assessment drools(Rules state) {
        return state.kb.assess(state.theCase);
    }

    @Benchmark
    public Assessment baselineRules(BaselineRules state) {
        return state.kb.assess(state.theCase);
    }

    @Benchmark
    public Assessment currentRules(CurrentRulesFromDirectory state) {
        return state.kb.assess(state.theCase);
    }

    @Benchmark
    public PlainJavaAssessor.Verdict plainJava(Floor state) {
        return state.floor.assess(state.theCase);
    }
}
