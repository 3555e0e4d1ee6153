package org.backpainkb.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.backpainkb.internal.RuleCheck;
import org.backpainkb.internal.RuleFiles;

/**
 * Loads a rules directory as {@code KnowledgeBase.fromDirectory} does, in a JVM of its own, and prints
 * where the time went: checking (what a rule may contain, the compiled classes) against compiling and
 * loading. The first load is the cold one; the rest are warm. {@link BenchmarkReport} runs it.
 */
public final class DirectoryLoad {

    private DirectoryLoad() {
    }

    /**
     * Prints {@code cold CHECK_MS COMPILE_MS} then {@code warm CHECK_MS COMPILE_MS} per warm load.
     *
     * @param args the rules directory, and the number of warm loads
     */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int warm = Integer.parseInt(args[1]);
        for (int i = 0; i <= warm; i++) {
            RuleCheck.Result result = RuleCheck.load(RuleFiles.fromDirectory(dir));
            result.rules().close();
            System.out.printf(Locale.ROOT, "%s %.1f %.1f%n", i == 0 ? "cold" : "warm",
                    result.timing().checkNanos() / 1e6, result.timing().compileNanos() / 1e6);
        }
    }
}
