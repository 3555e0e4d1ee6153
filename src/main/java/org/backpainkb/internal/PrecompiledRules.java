package org.backpainkb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as the build precompiled them (Drools' executable model): loading them skips
 * compiling the DRL, which is most of a cold start. Only the bundled rules come this way; rules from
 * a directory are compiled by {@link DroolsCompiler}, whose messages a rule author can act on.
 */
public final class PrecompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    /** The precompiled module of the bundled rules, beside them on the class path. */
    public static final String MODULE_FILE = "rules.kjar";
    /** The rules hash of the DRL the module was built from. */
    public static final String HASH_FILE = "rules.kjar.sha256";

    private PrecompiledRules() {
    }

    /**
     * The bundled rules, precompiled when the build left a module made from exactly these files,
     * else compiled from their DRL (classes built by an IDE, or rules changed since the build).
     *
     * @param bundled the bundled rule files
     * @return the compiled rules
     */
    public static CompiledRules loadOrCompile(RuleFiles bundled) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        byte[] module = read(loader, RuleFiles.BUNDLED_ROOT + MODULE_FILE);
        byte[] builtFrom = read(loader, RuleFiles.BUNDLED_ROOT + HASH_FILE);
        String hash = bundled.hash();
        if (module == null || builtFrom == null || !new String(builtFrom, StandardCharsets.UTF_8).strip().equals(hash)) {
            LOG.info("Compiling the bundled rules from their DRL: no module precompiled from these files is on the"
                    + " class path (classes built outside the library's build, or rules changed since)");
            return DroolsCompiler.compile(bundled);
        }
        KieServices ks = KieServices.Factory.get();
        KieModule kieModule = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(module));
        KieContainer container = ks.newKieContainer(kieModule.getReleaseId());
        // As for compiled rules: the container holds the module, the shared repository need not.
        ks.getRepository().removeKieModule(kieModule.getReleaseId());
        return new CompiledRules(container, hash, true);
    }

    private static byte[] read(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
