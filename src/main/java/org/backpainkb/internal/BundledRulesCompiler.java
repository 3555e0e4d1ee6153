package org.backpainkb.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.backpainkb.RuleProblem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Run by the build after compiling the classes: checks the rules directory as {@code validate}
 * does (compiling, metadata, unique names, nothing reaching outside the facts), so a broken rule
 * fails the build, then writes the index the jar uses to find its rule files and the rules
 * precompiled into Drools' executable model, which {@link PrecompiledRules} loads without
 * compiling DRL.
 */
public final class BundledRulesCompiler {

    private BundledRulesCompiler() {
    }

    /**
     * Compiles and indexes the bundled rules.
     *
     * @param args the rules directory, and the output directory of the bundled rules
     * @throws IOException when the index cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path rulesDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        RuleFiles files = RuleFiles.fromDirectory(rulesDir);
        RuleCheck.Result check = RuleCheck.check(files);
        if (check.rules() != null) {
            check.rules().close();
        }
        if (!check.ok()) {
            StringBuilder report = new StringBuilder("The rules in " + rulesDir + " do not validate:\n");
            for (RuleProblem p : check.problems()) {
                report.append("  ").append(rulesDir.resolve(p.file())).append(':').append(p.line()).append(": ")
                        .append(p.message()).append('\n');
            }
            throw new IllegalStateException(report.toString());
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(RuleFiles.INDEX_FILE),
                files.drl().stream().map(RuleFiles.RuleFile::path).collect(Collectors.joining("\n", "", "\n")),
                StandardCharsets.UTF_8);
        byte[] module = executableModel(files, rulesDir);
        Files.write(out.resolve(PrecompiledRules.MODULE_FILE), module);
        Files.writeString(out.resolve(PrecompiledRules.INFO_FILE),
                files.hash() + "\n" + String.join("\n", modelClasses(module)) + "\n", StandardCharsets.UTF_8);
    }

    /** The model classes a module lists in its {@code drools-model} descriptor, one per rule package. */
    private static List<String> modelClasses(byte[] module) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(module))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("META-INF/kie/") && e.getName().endsWith("/drools-model")) {
                    List<String> names = new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList();
                    if (!names.isEmpty()) {
                        return names;
                    }
                }
            }
        }
        throw new IllegalStateException("the precompiled rules name no model class: this Drools version lays out"
                + " its modules differently from what the library reads");
    }

    /** The rules as an executable-model module; the classic compiler has already accepted them. */
    private static byte[] executableModel(RuleFiles files, Path rulesDir) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (RuleFiles.RuleFile f : files.drl()) {
            kfs.write(DroolsCompiler.KFS_ROOT + DroolsCompiler.PACKAGE_ROOT + f.path(), f.text());
        }
        ReleaseId releaseId = ks.newReleaseId("org.backpainkb.bundled", "rules", files.hash().substring(0, 12));
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder report = new StringBuilder("The rules in " + rulesDir + " validate, but the build could not"
                    + " precompile them (Drools' executable model accepts less than the classic compiler; an"
                    + " arithmetic on a field beside a bound variable, such as `a > b + $x`, can often be written"
                    + " `a - b > $x`):\n");
            errors.forEach(m -> report.append("  ").append(m.getPath()).append(':').append(m.getLine()).append(": ")
                    .append(m.getText().lines().findFirst().orElse("")).append('\n'));
            throw new IllegalStateException(report.toString());
        }
        byte[] module = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(releaseId);
        return module;
    }
}
