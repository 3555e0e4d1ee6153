package org.backpainkb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.backpainkb.io.CaseReader;

/**
 * The command line's batch mode, timed from outside: {@code assess --format json} on a JSON Lines
 * file of 200,000 of the benchmark's cases and on one of 10, in fresh JVMs, alternated. What the
 * extra cases cost, divided by their number, is the marginal cost of a case: start-up and warm-up
 * cancel out. The output is checked against the same cases assessed one by one.
 */
final class BatchCost {

    /** The four benchmark cases as lines of JSON, each checked to read back as the case it stands for. */
    private static final Map<String, String> LINES = Map.of(
            BenchCases.NOTHING_WRONG, "{\"id\":\"nothing-wrong\"," + wellBase()
                    + "\"symptoms\":[{\"region\":\"LOW_BACK\",\"intensity\":2,\"relievedBy\":[\"WALKING\"]}]}",
            BenchCases.ONE_REASON, "{\"id\":\"one-reason\"," + wellBase()
                    + "\"symptoms\":[{\"region\":\"LOW_BACK\",\"intensity\":5,\"aggravatedBy\":[\"WALKING\",\"STANDING\"],"
                    + "\"relievedBy\":[\"SITTING\"]}]}",
            BenchCases.ALL_FIVE_REASONS, "{\"id\":\"all-five-reasons\",\"person\":{\"age\":52},"
                    + "\"symptoms\":[{\"region\":\"LOW_BACK\",\"intensity\":6,\"aggravatedBy\":[\"WALKING\",\"LIFTING\"]}],"
                    + "\"mobility\":[{\"movement\":\"FLEXION\",\"status\":\"RESTRICTED\",\"percentOfNormal\":60,"
                    + "\"painful\":true},{\"movement\":\"EXTENSION\",\"status\":\"FULL\"}],"
                    + "\"breathing\":[{\"pattern\":\"BREATH_HOLDING\",\"during\":\"LIFTING\"}],"
                    + "\"core\":{\"canActivateOnCue\":true,\"activatesDuringExercise\":false,\"strength\":\"STRONG\"},"
                    + "\"exercises\":[{\"name\":\"Brisk walk\",\"category\":\"WALKING\",\"load\":\"BODYWEIGHT\","
                    + "\"sessionsPerWeek\":5},{\"name\":\"Weighted plank\",\"category\":\"STABILITY\",\"load\":\"EXTERNAL\","
                    + "\"sessionsPerWeek\":3}],"
                    + "\"formErrors\":[{\"exercise\":\"Deadlift\",\"category\":\"STRENGTH\",\"fault\":\"ROUNDED_BACK_UNDER_LOAD\","
                    + "\"load\":\"EXTERNAL\",\"repetitionsPerWeek\":45}]}",
            BenchCases.RED_FLAG, "{\"id\":\"red-flag\",\"symptoms\":[{\"region\":\"LOW_BACK\",\"intensity\":8,"
                    + "\"belowKnee\":true},{\"region\":\"LEG\",\"intensity\":6,\"belowKnee\":true}],"
                    + "\"redFlags\":[\"SADDLE_NUMBNESS\",\"NIGHT_PAIN\"],"
                    + "\"exercises\":[{\"name\":\"Brisk walk\",\"category\":\"WALKING\",\"load\":\"BODYWEIGHT\"}]}");

    private static final int LONG = 200_000;
    private static final int SHORT = 10;

    /** The figures of one measurement. */
    record Result(double shortSeconds, double longSeconds, int runs) {
        /** Microseconds per case beyond the short file's. */
        double marginalMicros() {
            return (longSeconds - shortSeconds) / (LONG - SHORT) * 1e6;
        }
    }

    private final String jar;
    private final Path work;

    BatchCost(String jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    private static String wellBase() {
        return "\"person\":{\"age\":46},\"mobility\":[{\"movement\":\"FLEXION\",\"status\":\"FULL\"},"
                + "{\"movement\":\"EXTENSION\",\"status\":\"FULL\"},{\"movement\":\"ROTATION\",\"status\":\"FULL\"},"
                + "{\"movement\":\"SIDE_BENDING\",\"status\":\"FULL\"}],"
                + "\"breathing\":[{\"pattern\":\"DIAPHRAGMATIC\",\"during\":\"EXERCISE\"}],"
                + "\"core\":{\"canActivateOnCue\":true,\"activatesDuringExercise\":true,\"strength\":\"AVERAGE\"},"
                + "\"exercises\":[{\"name\":\"Brisk walk\",\"category\":\"WALKING\",\"load\":\"BODYWEIGHT\",\"sessionsPerWeek\":5},"
                + "{\"name\":\"Side plank\",\"category\":\"STABILITY\",\"load\":\"BODYWEIGHT\",\"sessionsPerWeek\":3}],"
                + "\"sessions\":[{\"date\":\"2026-11-02\",\"exercise\":\"Side plank\",\"category\":\"STABILITY\","
                + "\"painBefore\":2,\"painDuring\":3,\"painNextMorning\":1}],";
    }

    /**
     * Writes the files, checks the output against the one-by-one output, then times both files.
     *
     * @param runs how many times each file is assessed
     * @return the median wall times
     * @throws IOException when a file cannot be written or the command line fails
     * @throws InterruptedException when interrupted while waiting for the command line
     */
    Result measure(int runs) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (String name : BenchCases.NAMES) {
            String line = LINES.get(name);
            if (!CaseReader.parse(line).equals(BenchCases.named(name))) {
                throw new IllegalStateException("the JSON line of " + name + " is not the benchmark's case: " + line);
            }
            lines.add(line);
        }
        Path longFile = write("batch-200000.jsonl", lines, LONG);
        Path shortFile = write("batch-10.jsonl", lines, SHORT);
        checkSameAsOneByOne(lines, longFile);
        List<Double> shortTimes = new ArrayList<>();
        List<Double> longTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            shortTimes.add(wallSeconds(shortFile));
            longTimes.add(wallSeconds(longFile));
        }
        return new Result(BenchmarkReport.median(shortTimes), BenchmarkReport.median(longTimes), runs);
    }

    private Path write(String name, List<String> lines, int count) throws IOException {
        Path file = work.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(lines.get(i % lines.size()));
                out.write('\n');
            }
        }
        return file;
    }

    /** Every line of the long file's output is its case's output when that case is assessed alone, as a file. */
    private void checkSameAsOneByOne(List<String> lines, Path longFile) throws IOException, InterruptedException {
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Path file = work.resolve("alone-" + i + ".json");
            Files.writeString(file, lines.get(i));
            List<String> output = output(file);
            if (output.size() != 1) {
                throw new IllegalStateException("one case gave " + output.size() + " lines: " + output);
            }
            alone.add(output.get(0));
        }
        Process p = start(longFile).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        int n = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine(), n++) {
                if (!line.equals(alone.get(n % alone.size()))) {
                    p.destroy();
                    throw new IllegalStateException("line " + (n + 1) + " of the batch differs from its case assessed alone");
                }
            }
        }
        finish(p);
        if (n != LONG) {
            throw new IllegalStateException("the batch gave " + n + " lines for " + LONG + " cases");
        }
    }

    private List<String> output(Path file) throws IOException, InterruptedException {
        Process p = start(file).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        finish(p);
        return out.lines().toList();
    }

    private double wallSeconds(Path file) throws IOException, InterruptedException {
        long start = System.nanoTime();
        finish(start(file).start());
        return (System.nanoTime() - start) / 1e9;
    }

    private ProcessBuilder start(Path file) {
        return new ProcessBuilder(BenchmarkReport.javaCommand(), "-jar", jar,
                "assess", "--format", "json", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    private static void finish(Process p) throws InterruptedException {
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("the command line failed: " + p.info().commandLine().orElse("java -jar"));
        }
    }
}
