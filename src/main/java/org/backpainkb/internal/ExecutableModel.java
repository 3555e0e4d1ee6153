package org.backpainkb.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule files into Drools' executable model: plain Java classes for every condition and
 * consequence, which the guard reads before anything is loaded. Used for the bundled rules at build
 * time and for a rules directory when it is loaded. The compiler runs in memory and writes nothing.
 */
final class ExecutableModel {

    /** Where the rules' classes are in a module: the package of their conclusions. */
    static final String CLASSES_ROOT = DroolsCompiler.PACKAGE_ROOT;

    private ExecutableModel() {
    }

    /**
     * A compiled module.
     *
     * @param bytes the module as the compiler wrote it (a jar)
     * @param classes the rules' classes by internal name, nothing else of the module
     * @param modelClasses the binary names of the classes that describe the rules to the engine
     */
    record Module(byte[] bytes, Map<String, byte[]> classes, List<String> modelClasses) {
    }

    /**
     * The outcome of compiling: a module, or the compiler's errors.
     *
     * @param module the module, or null when there are errors
     * @param errors the compiler's error messages, empty when it compiled
     */
    record Outcome(Module module, List<Message> errors) {
    }

    /**
     * Compiles rule files; only files that passed {@link RuleLanguage} may be given, since the
     * compiler evaluates some of what it reads (metadata) as it builds.
     *
     * @param files the rule files
     * @return the module or the errors
     */
    static Outcome compile(RuleFiles files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (RuleFiles.RuleFile f : files.drl()) {
            kfs.write(DroolsCompiler.KFS_ROOT + DroolsCompiler.PACKAGE_ROOT + f.path(), f.text());
        }
        ReleaseId id = DroolsCompiler.nextReleaseId(ks);
        kfs.generateAndWritePomXML(id);
        KieBuilder builder = CompilerLocale.neutral(() -> ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class));
        try {
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                return new Outcome(null, errors);
            }
            return new Outcome(read(((InternalKieModule) builder.getKieModule()).getBytes()), List.of());
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    /**
     * Reads a module's bytes: its rule classes and the names of its model classes.
     *
     * @param bytes a module as {@link #compile} made it
     * @return the module
     */
    static Module read(byte[] bytes) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        List<String> models = List.of();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                if (name.startsWith(CLASSES_ROOT) && name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), zip.readAllBytes());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                    models = new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled rules", e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the compiled rules name no model class: this Drools version lays out"
                    + " its modules differently from what the library reads");
        }
        return new Module(bytes, Map.copyOf(classes), models);
    }
}
