package org.backpainkb.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as the build precompiled them (Drools' executable model): loading them skips
 * compiling the DRL, which is most of a cold start. Only the bundled rules come this way; rules from
 * a directory are compiled by {@link DroolsCompiler}, whose messages a rule author can act on.
 *
 * <p>The module's classes are defined straight from its bytes and its models built into a knowledge
 * base, without a container: a container would read the module's descriptors and define the same
 * classes again, which takes longer than all the rest of the load.
 */
public final class PrecompiledRules {

    /** The precompiled module of the bundled rules, beside them on the class path. */
    public static final String MODULE_FILE = "rules.kjar";
    /** The rules hash of the DRL the module was built from, then the names of its model classes, a line each. */
    public static final String INFO_FILE = "rules.kjar.info";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private PrecompiledRules() {
    }

    /**
     * The bundled rules, precompiled when the build left a module made from exactly these files,
     * else compiled from their DRL (classes built outside the library's build, or rules changed since).
     *
     * @param bundled the bundled rule files
     * @return the compiled rules
     */
    public static CompiledRules loadOrCompile(RuleFiles bundled) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        byte[] module = RuleFiles.resourceBytes(loader, RuleFiles.BUNDLED_ROOT + MODULE_FILE);
        byte[] info = RuleFiles.resourceBytes(loader, RuleFiles.BUNDLED_ROOT + INFO_FILE);
        String hash = bundled.hash();
        List<String> lines = info == null ? List.of()
                : new String(info, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (module == null || lines.size() < 2 || !lines.get(0).equals(hash)) {
            LOG.info("Compiling the bundled rules from their DRL: no module precompiled from these files is on the"
                    + " class path (classes built outside the library's build, or rules changed since)");
            return DroolsCompiler.compile(bundled);
        }
        ClassLoader classes = new ModuleClassLoader(classesOf(module), loader);
        List<Model> models = new ArrayList<>();
        for (String name : lines.subList(1, lines.size())) {
            try {
                models.add((Model) Class.forName(name, true, classes).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("the precompiled bundled rules do not load (" + name + "); rebuild the"
                        + " library", e);
            }
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        return new CompiledRules(kieBase, () -> { }, hash, true);
    }

    /** Each class in the module by its binary name. */
    private static Map<String, byte[]> classesOf(byte[] module) {
        Map<String, byte[]> classes = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(module))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (!e.isDirectory() && name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the precompiled bundled rules", e);
        }
        return classes;
    }

    /** Defines the module's classes on first use, the library's own classes visible behind them. */
    private static final class ModuleClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        ModuleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("backpain-kb-precompiled-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
