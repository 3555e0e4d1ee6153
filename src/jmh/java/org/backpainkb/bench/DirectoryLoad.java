package org.backpainkb.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.backpainkb.internal.CompiledRules;
import org.backpainkb.internal.RuleCheck;
import org.backpainkb.internal.RuleFiles;
import org.backpainkb.internal.UncheckedLoad;

/**
 * Loads a rules directory in a JVM of its own and prints how long each load took, checked as
 * {@code KnowledgeBase.fromDirectory} does it, or only compiled and loaded, so that the difference
 * is what the checks add. The first load is the cold one; the rest are warm. {@link BenchmarkReport}
 * runs it.
 */
public final class DirectoryLoad {

    private DirectoryLoad() {
    }

    /**
     * Prints {@code cold MS} then {@code warm MS} per warm load.
     *
     * @param args {@code checked} or {@code unchecked}, the rules directory, and the number of warm loads
     */
    public static void main(String[] args) {
        boolean checked = args[0].equals("checked");
        Path dir = Path.of(args[1]);
        int warm = Integer.parseInt(args[2]);
        for (int i = 0; i <= warm; i++) {
            long start = System.nanoTime();
            RuleFiles files = RuleFiles.fromDirectory(dir);
            CompiledRules rules = checked ? RuleCheck.load(files).rules() : UncheckedLoad.compileAndLoad(files);
            double ms = (System.nanoTime() - start) / 1e6;
            rules.close();
            System.out.printf(Locale.ROOT, "%s %.1f%n", i == 0 ? "cold" : "warm", ms);
        }
    }
}
