package org.backpainkb.bench;

import static org.backpainkb.bench.BenchmarkReport.javaCommand;
import static org.backpainkb.bench.BenchmarkReport.median;
import static org.backpainkb.bench.BenchmarkReport.say;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The command line's cold start: launch to its first line of output, in fresh JVMs, with no options,
 * with C1 alone, and with C1 and a class-data archive the measurement makes first.
 */
final class ColdStart {

    private ColdStart() {
    }

    /**
     * Measures and words the cold start.
     *
     * @param jar the command-line jar, or null when it was not built
     * @param example the case file to assess
     * @param runs how many launches of each kind
     * @return the report's lines
     */
    static List<String> rows(String jar, String example, int runs) throws IOException, InterruptedException {
        List<String> rows = new ArrayList<>();
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            rows.add("Cold start: not measured, no command-line jar at " + jar + " (run `package` first)");
            return rows;
        }
        String archive = Path.of(jar).resolveSibling("backpain-kb-cli.jsa").toString();
        say("cold start: " + runs + " runs each of java [options] -jar " + Path.of(jar).getFileName() + " assess "
                + example);
        Files.deleteIfExists(Path.of(archive));
        launch(List.of("-XX:ArchiveClassesAtExit=" + archive), jar, example);
        rows.add("Cold start: JVM launch to first printed assessment, `java [options] -jar` the command line, median"
                + " (best) of " + runs + " runs");
        rows.add(row("no options", List.of(), jar, example, runs));
        rows.add(row("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"), jar, example, runs));
        rows.add(row("-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=" + Path.of(archive).getFileName(),
                List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive), jar, example, runs));
        return rows;
    }

    private static String row(String label, List<String> options, String jar, String example, int runs)
            throws IOException, InterruptedException {
        List<Double> firstOutput = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            firstOutput.add(launch(options, jar, example));
        }
        return String.format(Locale.ROOT, "  %-62s %5.2f s (%4.2f)  target < 1 s: %s", label, median(firstOutput),
                min(firstOutput), median(firstOutput) < 1.0 ? "met" : "MISSED");
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    /** Seconds from launching the command line to its first line of output. */
    private static double launch(List<String> options, String jar, String example)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(options);
        command.addAll(List.of("-jar", jar, "assess", example));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        double first = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (first < 0 && !line.isBlank()) {
                    first = (System.nanoTime() - start) / 1e9;
                }
                output.append(line).append('\n');
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("the command line failed: " + command + "\n" + output);
        }
        return first;
    }
}
