package org.backpainkb.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as the build compiled and checked them (Drools' executable model, passed by the
 * same guard as any rules directory): loading them skips compiling the DRL, which is most of a cold
 * start.
 */
public final class PrecompiledRules {

    /** The precompiled module of the bundled rules, beside them on the class path. */
    public static final String MODULE_FILE = "rules.kjar";
    /** The rules hash of the files the module was built from, then their checksum, a line each. */
    public static final String INFO_FILE = "rules.kjar.info";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private PrecompiledRules() {
    }

    /**
     * The bundled rules, precompiled when the build left a module made from exactly these files,
     * else checked and compiled now (classes built outside the library's build, or rules changed since).
     *
     * @param bundled the bundled rule files
     * @return the compiled rules
     * @throws org.backpainkb.RulesException when the bundled rules do not pass the check
     */
    public static CompiledRules loadOrCompile(RuleFiles bundled) {
        byte[] module = RuleFiles.resourceBytes(RuleFiles.BUNDLED_ROOT + MODULE_FILE);
        byte[] info = RuleFiles.resourceBytes(RuleFiles.BUNDLED_ROOT + INFO_FILE);
        List<String> built = info == null ? List.of() : new String(info, StandardCharsets.UTF_8).lines().toList();
        String hash = built.size() == 2 && built.get(1).equals(bundled.checksum()) ? built.get(0) : null;
        if (module == null || hash == null) {
            LOG.info("Checking and compiling the bundled rules now: no module precompiled from these files is on the"
                    + " class path (classes built outside the library's build, or rules changed since)");
            return RuleCheck.load(bundled).rules();
        }
        return ModuleLoader.load(ExecutableModel.read(module), hash, true, RuleData.readChecked(bundled));
    }
}
