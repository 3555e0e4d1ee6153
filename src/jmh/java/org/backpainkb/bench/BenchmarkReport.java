package org.backpainkb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every measurement of the README's Performance section and prints one table: retained
 * heap of a loaded knowledge base, cold start of the command line, the marginal cost per case of
 * its batch mode, warm latency through the rules and through the plain-Java floor, throughput on
 * one and two threads, a soak of a million assessments watching the heap, and the live session's
 * heap per person and update latency. Settings come from system properties ({@code bench.*}, set by
 * the {@code bench} Maven profile); {@code -Dbench.only=sessions}, {@code batch}, {@code loading} or
 * {@code latency} runs only that part.
 */
public final class BenchmarkReport {

    private static final int FORKS = Integer.getInteger("bench.forks", 2);
    /**
     * Forks for today's rules against the earlier ones: a fork's latency settles at one level or
     * another for the same code, so two forks a side can put the ratio of the same rules at 1.28x in
     * one run and 1.67x in the next.
     */
    private static final int RATIO_FORKS = Integer.getInteger("bench.ratioForks", 6);
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 2);
    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 3);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 1);
    private static final int SOAK = Integer.getInteger("bench.soak", 1_000_000);
    private static final int COLD_RUNS = Integer.getInteger("bench.coldRuns", 8);
    private static final int WARM_JVMS = 2;
    private static final int WARM_UP_PAIRS = Integer.getInteger("bench.warmUpLoads", 15);
    private static final int WARM_PAIRS = Integer.getInteger("bench.warmLoads", 15);
    private static final int PEOPLE = Integer.getInteger("bench.people", 100_000);
    private static final int BATCH_RUNS = Integer.getInteger("bench.batchRuns", 3);
    /**
     * {@code sessions}, {@code batch}, {@code loading} (the cold start and the rules directory) or
     * {@code latency} (the warm latency and the ratios) runs only that part; anything else, or
     * nothing, runs them all.
     */
    private static final String ONLY = System.getProperty("bench.only", "");

    private static final double MIB = 1024.0 * 1024.0;

    private final List<String> table = new ArrayList<>();

    private BenchmarkReport() {
    }

    /**
     * Runs the measurements and prints the table.
     *
     * @param args unused
     * @throws Exception when a measurement cannot run
     */
    public static void main(String[] args) throws Exception {
        new BenchmarkReport().run();
    }

    private void run() throws Exception {
        say("backpain-kb benchmarks on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; JMH " + FORKS + " forks x " + ITERATIONS + " x " + SECONDS
                + " s after " + WARMUPS + " x " + SECONDS + " s of warm-up");
        if (ONLY.equals("sessions")) {
            sessions();
        } else if (ONLY.equals("batch")) {
            batch();
        } else if (ONLY.equals("loading")) {
            coldStart();
            directoryLoad();
        } else if (ONLY.equals("latency")) {
            latency();
        } else {
            heap();
            coldStart();
            batch();
            directoryLoad();
            latency();
            throughput();
            soak();
            sessions();
        }
        System.out.println();
        System.out.println("=== backpain-kb performance (noisy when other work shares the machine) ===");
        table.forEach(System.out::println);
    }

    private void heap() throws InterruptedException {
        say("heap: loading knowledge bases");
        long before = usedHeapAfterGc();
        KnowledgeBase first = KnowledgeBase.bundled();
        long afterFirst = usedHeapAfterGc();
        KnowledgeBase second = KnowledgeBase.bundled();
        long afterSecond = usedHeapAfterGc();
        Reference.reachabilityFence(first);
        Reference.reachabilityFence(second);
        table.add("");
        table.add("Retained heap (used heap after GC)");
        table.add(String.format(Locale.ROOT, "  first knowledge base, with the engine's one-off state  %8.1f MiB",
                (afterFirst - before) / MIB));
        table.add(String.format(Locale.ROOT, "  each further knowledge base                             %8.1f MiB",
                (afterSecond - afterFirst) / MIB));
    }

    private void coldStart() throws IOException, InterruptedException {
        table.add("");
        table.addAll(ColdStart.rows(System.getProperty("bench.cliJar"), System.getProperty("bench.example"), COLD_RUNS));
    }

    /** The batch mode's marginal cost per case: a long JSON Lines file against a short one, same run. */
    private void batch() throws IOException, InterruptedException {
        String jar = System.getProperty("bench.cliJar");
        table.add("");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            table.add("Batch: not measured, no command-line jar at " + jar + " (run `package` first)");
            return;
        }
        Path work = Files.createDirectories(Path.of(jar).resolveSibling("bench-batch"));
        say("batch: java -jar " + Path.of(jar).getFileName() + " assess --format json on 200,000 and on 10 lines of"
                + " the four cases, " + BATCH_RUNS + " runs each, alternated, after checking the output");
        BatchCost.Result r = new BatchCost(jar, work).measure(BATCH_RUNS);
        table.add("Batch: `java -jar` the command line, `assess --format json FILE` on JSON Lines of the four cases,"
                + " wall time, median of " + r.runs() + " runs each; output checked equal to the cases assessed one by one");
        table.add(String.format(Locale.ROOT, "  10 lines %6.2f s   200,000 lines %6.2f s   marginal %5.1f us a case"
                + "   target <= 30 us: %s", r.shortSeconds(), r.longSeconds(), r.marginalMicros(),
                r.marginalMicros() <= 30 ? "met" : "MISSED"));
    }

    private void directoryLoad() throws IOException, InterruptedException {
        table.add("");
        table.addAll(DirectoryLoadRuns.rows(System.getProperty("bench.rules"), COLD_RUNS, WARM_JVMS, WARM_UP_PAIRS,
                WARM_PAIRS));
    }

    private void latency() throws RunnerException {
        say("latency: 4 cases x (bundled rules, rules-drl and the rules before statements 11 to 14 from their directories,"
                + " plain Java), JMH sample time");
        List<RunResult> results = new ArrayList<>(new Runner(options(AssessLatencyBenchmark.class, "drools|plainJava")
                .build()).run());
        results.addAll(new Runner(options(AssessLatencyBenchmark.class, "currentRules|baselineRules")
                .forks(RATIO_FORKS).build()).run());
        Map<String, double[]> drools = new HashMap<>();
        Map<String, double[]> baseline = new HashMap<>();
        Map<String, double[]> current = new HashMap<>();
        Map<String, double[]> plain = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getParam("caseName");
            var stats = r.getPrimaryResult().getStatistics();
            double[] figures = {stats.getPercentile(50), stats.getPercentile(99), stats.getMean()};
            String benchmark = r.getParams().getBenchmark();
            (benchmark.endsWith(".drools") ? drools : benchmark.endsWith(".baselineRules") ? baseline
                    : benchmark.endsWith(".currentRules") ? current : plain).put(name, figures);
        }
        table.add("");
        table.add("Warm latency per assessment, microseconds (JMH sample time)");
        table.add("  case               rules p50   rules p99  rules mean   plain p50  plain mean   ratio p50  ratio mean");
        for (String name : BenchCases.NAMES) {
            double[] d = drools.get(name);
            double[] p = plain.get(name);
            table.add(String.format(Locale.ROOT, "  %-17s %10.2f  %10.2f  %10.2f  %10.3f  %10.3f  %9.1fx  %9.1fx", name,
                    d[0], d[1], d[2], p[0], p[2], d[0] / p[0], d[2] / p[2]));
        }
        table.add("  the rules before statements 11 to 14 (src/jmh/baseline-rules) against today's (rules-drl), both loaded");
        table.add("  with fromDirectory, same run, " + RATIO_FORKS + " forks each:");
        for (String name : BenchCases.NAMES) {
            double ratio = current.get(name)[0] / baseline.get(name)[0];
            table.add(String.format(Locale.ROOT, "  %-17s baseline p50 %8.2f  now %8.2f  now/baseline %5.2fx  target <= 1.3x: %s",
                    name, baseline.get(name)[0], current.get(name)[0], ratio, ratio <= 1.3 ? "met" : "MISSED"));
        }
        double[] typical = drools.get(BenchCases.TYPICAL);
        double[] typicalFloor = plain.get(BenchCases.TYPICAL);
        table.add(String.format(Locale.ROOT, "  typical case (%s): p50 %.2f us, target < 10 us: %s; ratio of means %.1fx,"
                + " target <= 8x: %s", BenchCases.TYPICAL, typical[0], typical[0] < 10 ? "met" : "MISSED",
                typical[2] / typicalFloor[2], typical[2] / typicalFloor[2] <= 8 ? "met" : "MISSED"));
    }

    private void throughput() throws RunnerException {
        double[] scores = new double[2];
        for (int threads = 1; threads <= 2; threads++) {
            say("throughput: " + threads + " thread(s), one shared knowledge base");
            Collection<RunResult> results = new Runner(options(AssessThroughputBenchmark.class).threads(threads)
                    .build()).run();
            scores[threads - 1] = results.iterator().next().getPrimaryResult().getScore();
        }
        table.add("");
        table.add("Throughput, one shared knowledge base, the four cases in turn");
        table.add(String.format(Locale.ROOT, "  1 thread   %10.0f assessments/s", scores[0]));
        table.add(String.format(Locale.ROOT, "  2 threads  %10.0f assessments/s   %.2fx, target >= 1.7x: %s", scores[1],
                scores[1] / scores[0], scores[1] / scores[0] >= 1.7 ? "met" : "MISSED"));
    }

    private void soak() throws InterruptedException {
        say("soak: " + SOAK + " assessments on one knowledge base, heap after GC every quarter");
        KnowledgeBase kb = KnowledgeBase.bundled();
        List<Case> cases = BenchCases.NAMES.stream().map(BenchCases::named).toList();
        for (int i = 0; i < 20_000; i++) {
            kb.assess(cases.get(i & 3));
        }
        List<Long> heap = new ArrayList<>();
        heap.add(usedHeapAfterGc());
        int quarter = Math.max(1, SOAK / 4);
        long start = System.nanoTime();
        long timed = 0;
        for (int q = 0; q < 4; q++) {
            long from = System.nanoTime();
            for (int i = 0; i < quarter; i++) {
                kb.assess(cases.get(i & 3));
            }
            timed += System.nanoTime() - from;
            heap.add(usedHeapAfterGc());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long growth = heap.get(heap.size() - 1) - heap.get(0);
        StringBuilder samples = new StringBuilder();
        heap.forEach(h -> samples.append(String.format(Locale.ROOT, " %.1f", h / MIB)));
        table.add("");
        table.add(String.format(Locale.ROOT, "Soak: %d assessments in %.0f s (%.0f/s on one thread)", 4L * quarter,
                seconds, 4.0 * quarter / (timed / 1e9)));
        table.add("  used heap after GC at start and each quarter, MiB:" + samples);
        table.add(String.format(Locale.ROOT, "  growth %.2f MiB, target no growth (under 1 MiB): %s", growth / MIB,
                growth < MIB ? "met" : "MISSED"));
    }

    /** The live session: the heap kept for each person followed, and an update after one fact changed. */
    private void sessions() throws InterruptedException, RunnerException {
        say("sessions: " + PEOPLE + " people followed, each on an example case; then update() after one fact changed");
        double perPerson = FollowedPeople.retainedBytesPerPerson(KnowledgeBase.bundled(), PEOPLE);
        var update = new Runner(options(SessionUpdateBenchmark.class).build()).run().iterator().next()
                .getPrimaryResult().getStatistics();
        table.add("");
        table.add("Live sessions, the examples' cases in turn (" + ExampleCases.texts().size() + " of them)");
        table.add(String.format(Locale.ROOT, "  retained heap per followed person (%d people, used heap after GC)  %7.0f bytes"
                + "  target <= 4096: %s", PEOPLE, perPerson, perPerson <= 4096 ? "met" : "MISSED"));
        table.add(String.format(Locale.ROOT, "  update() after one fact changed, us (JMH sample time)  p50 %6.2f  p99 %6.2f"
                + "  target p50 <= 25: %s", update.getPercentile(50), update.getPercentile(99),
                update.getPercentile(50) <= 25 ? "met" : "MISSED"));
    }

    private static ChainedOptionsBuilder options(Class<?> benchmark) {
        return options(benchmark, "\\w+");
    }

    /** The benchmark methods of a class whose names match, e.g. {@code drools|plainJava}. */
    private static ChainedOptionsBuilder options(Class<?> benchmark, String methods) {
        return new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.(" + methods + ")$")
                .forks(FORKS)
                .warmupIterations(WARMUPS)
                .warmupTime(TimeValue.seconds(SECONDS))
                .measurementIterations(ITERATIONS)
                .measurementTime(TimeValue.seconds(SECONDS))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
    }

    static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The java command of the JVM running the report, for the measurements made in fresh JVMs. */
    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void say(String what) {
        System.out.println("[bench] " + what);
    }
}
