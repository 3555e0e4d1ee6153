package org.backpainkb.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.backpainkb.internal.CompiledRules;
import org.backpainkb.internal.RuleCheck;
import org.backpainkb.internal.RuleFiles;
import org.backpainkb.internal.UncheckedLoad;

/**
 * Loads a rules directory in a JVM of its own and prints how long each load took, checked as
 * {@code KnowledgeBase.fromDirectory} does it, or only read, compiled and loaded, so that the
 * difference is what the checks add. {@link BenchmarkReport} runs it.
 *
 * <p>Cold, a JVM loads once, one way. Warm, a JVM alternates the two ways, so that both run on the
 * same compiled code and the same heap: the compiler of the rules keeps getting faster for dozens
 * of loads, and two JVMs that each load one way ten times measure where each stands on that slope
 * more than what the checks cost.
 */
public final class DirectoryLoad {

    private DirectoryLoad() {
    }

    /**
     * Prints {@code cold checked|unchecked MS}, or, warm, after the warm-up pairs, per measured pair
     * {@code warm checked MS}, {@code warm unchecked MS} and {@code parts CHECKS_MS COMPILE_MS}: the
     * checked load's own split between checking and compiling.
     *
     * @param args {@code cold-checked}, {@code cold-unchecked} or {@code warm}, the rules directory, and
     *        for warm the number of warm-up pairs and of measured pairs
     */
    public static void main(String[] args) {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "cold-checked" -> print("cold checked", load(dir, true));
            case "cold-unchecked" -> print("cold unchecked", load(dir, false));
            case "warm" -> warm(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("cold-checked, cold-unchecked or warm, not " + args[0]);
        }
    }

    private static void warm(Path dir, int warmUp, int measured) {
        for (int i = 0; i < warmUp + measured; i++) {
            long start = System.nanoTime();
            RuleCheck.Result result = RuleCheck.load(RuleFiles.fromDirectory(dir));
            double checked = (System.nanoTime() - start) / 1e6;
            result.rules().close();
            double unchecked = load(dir, false);
            if (i >= warmUp) {
                print("warm checked", checked);
                print("warm unchecked", unchecked);
                System.out.printf(Locale.ROOT, "parts %.1f %.1f%n", result.timing().checkNanos() / 1e6,
                        result.timing().compileNanos() / 1e6);
            }
        }
    }

    /** One load from reading the files to rules ready to assess, in ms. */
    private static double load(Path dir, boolean checked) {
        long start = System.nanoTime();
        RuleFiles files = RuleFiles.fromDirectory(dir);
        CompiledRules rules = checked ? RuleCheck.load(files).rules() : UncheckedLoad.compileAndLoad(files);
        double ms = (System.nanoTime() - start) / 1e6;
        rules.close();
        return ms;
    }

    private static void print(String label, double ms) {
        System.out.printf(Locale.ROOT, "%s %.1f%n", label, ms);
    }
}
