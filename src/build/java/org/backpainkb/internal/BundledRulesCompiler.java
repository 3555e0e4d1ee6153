package org.backpainkb.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;

/**
 * Run by the build after compiling the classes: checks the rules directory exactly as any rules
 * directory is checked when loaded ({@link RuleCheck}: what a rule may contain, every compiled class,
 * metadata, unique names), so a broken or refused rule fails the build, then writes the index the jar
 * uses to find its rule files, the very module that passed, which {@link PrecompiledRules} loads
 * without compiling DRL, and JSON copies of the reference data ({@link PrecomputedTrees}).
 */
public final class BundledRulesCompiler {

    private BundledRulesCompiler() {
    }

    /**
     * Checks, compiles and indexes the bundled rules.
     *
     * @param args the rules directory, and the output directory of the bundled rules
     * @throws IOException when the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path rulesDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        RuleFiles files = RuleFiles.fromDirectory(rulesDir);
        RuleCheck.Result check = RuleCheck.check(files);
        if (check.rules() != null) {
            check.rules().close();
        }
        // A warning (a rule in the older form) does not stop the build, so rules written in it can be
        // merged and moved later; the tests keep the bundled rules free of warnings.
        check.problems().stream().filter(p -> !p.blocking()).forEach(p -> System.out.println("warning: "
                + rulesDir.resolve(p.file()) + ":" + p.line() + ": " + p.message()));
        if (!check.ok()) {
            StringBuilder report = new StringBuilder("The rules in " + rulesDir + " do not validate:\n");
            for (RuleProblem p : check.problems().stream().filter(RuleProblem::blocking).toList()) {
                report.append("  ").append(rulesDir.resolve(p.file())).append(':').append(p.line()).append(": ")
                        .append(p.message()).append('\n');
            }
            throw new IllegalStateException(report.toString());
        }
        Files.createDirectories(out);
        // the index lists the reference data files too: texts, sources and reason codes are loaded with the rules
        Files.writeString(out.resolve(RuleFiles.INDEX_FILE),
                java.util.stream.Stream.concat(files.drl().stream(), files.data().stream()).map(RuleFiles.RuleFile::path)
                        .collect(Collectors.joining("\n", "", "\n")),
                StandardCharsets.UTF_8);
        Files.write(out.resolve(PrecompiledRules.MODULE_FILE), check.module());
        Files.writeString(out.resolve(PrecompiledRules.INFO_FILE), files.hash() + "\n" + files.checksum() + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve(PrecomputedTrees.FILE), PrecomputedTrees.write(files), StandardCharsets.UTF_8);
    }
}
