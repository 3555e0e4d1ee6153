package org.backpainkb.bench;

import static org.backpainkb.bench.BenchmarkReport.javaCommand;
import static org.backpainkb.bench.BenchmarkReport.median;
import static org.backpainkb.bench.BenchmarkReport.say;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Loading an edited rules directory, checked and not: what the checks add, cold (a fresh JVM per
 * load) and warm (the two ways alternated in one JVM, after warming both up). Each JVM runs
 * {@link DirectoryLoad}.
 */
final class DirectoryLoadRuns {

    private DirectoryLoadRuns() {
    }

    /**
     * Measures and words the loads.
     *
     * @param dir the rules directory
     * @param coldRuns fresh JVMs each way
     * @param warmJvms JVMs alternating the two ways
     * @param warmUpPairs pairs of loads to warm up, in each of those
     * @param warmPairs pairs of loads measured, in each of those
     * @return the report's lines
     */
    static List<String> rows(String dir, int coldRuns, int warmJvms, int warmUpPairs, int warmPairs)
            throws IOException, InterruptedException {
        say("rules directory: " + coldRuns + " fresh JVMs each way loading " + dir + " once; then "
                + warmJvms + " JVMs alternating the two ways, " + warmUpPairs + " pairs to warm up and "
                + warmPairs + " measured");
        Map<String, List<Double>> times = new HashMap<>();
        for (int i = 0; i < coldRuns; i++) {
            for (String mode : List.of("cold-checked", "cold-unchecked")) {
                collect(run(dir, mode), times);
            }
        }
        for (int i = 0; i < warmJvms; i++) {
            collect(run(dir, "warm", String.valueOf(warmUpPairs), String.valueOf(warmPairs)), times);
        }
        List<String> rows = new ArrayList<>();
        rows.add("Loading an edited rules directory (" + dir + "), ms; checked is fromDirectory, unchecked the same"
                + " read, compile and load without the checks");
        rows.add(row("cold, first load in a JVM", median(times.get("cold checked")), median(times.get("cold unchecked"))));
        rows.add(row("warm, alternated in a JVM", median(times.get("warm checked")), median(times.get("warm unchecked"))));
        double checks = median(times.get("parts checks"));
        double compiling = median(times.get("parts compile"));
        rows.add(String.format(Locale.ROOT, "  %-28s checks %7.1f  compile and load %7.1f  checks add %+5.1f%%",
                "warm, within each checked load", checks, compiling, checks / compiling * 100));
        return rows;
    }

    private static String run(String dir, String... mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaCommand(),
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider", "-cp",
                System.getProperty("java.class.path"), DirectoryLoad.class.getName(), mode[0], dir));
        command.addAll(List.of(mode).subList(1, mode.length));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("loading the rules directory failed: " + output);
        }
        return output;
    }

    /** Lines such as {@code warm checked 512.3} and {@code parts 41.0 470.2}, by their first two words. */
    private static void collect(String output, Map<String, List<Double>> times) {
        for (String line : output.lines().toList()) {
            String[] f = line.split(" ");
            if (f[0].equals("parts")) {
                times.computeIfAbsent("parts checks", k -> new ArrayList<>()).add(Double.parseDouble(f[1]));
                times.computeIfAbsent("parts compile", k -> new ArrayList<>()).add(Double.parseDouble(f[2]));
            } else if (f[0].equals("cold") || f[0].equals("warm")) {
                times.computeIfAbsent(f[0] + " " + f[1], k -> new ArrayList<>()).add(Double.parseDouble(f[2]));
            }
        }
    }

    private static String row(String label, double checked, double unchecked) {
        double added = (checked - unchecked) / unchecked;
        return String.format(Locale.ROOT, "  %-28s checked %7.1f  unchecked %7.1f  checks add %+5.1f%%  target <= 20%%:"
                + " %s", label, checked, unchecked, added * 100, added <= 0.20 ? "met" : "MISSED");
    }
}
