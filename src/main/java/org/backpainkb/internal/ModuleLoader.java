package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backpainkb.internal.matching.MatchClock;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Builds a knowledge base from a compiled module whose classes the guard has passed: the classes are
 * defined straight from the bytes that were checked, and the module's models built into a knowledge
 * base, without a container (a container would read the module's descriptors and define the same
 * classes again, which takes longer than all the rest of the load).
 */
final class ModuleLoader {

    private ModuleLoader() {
    }

    /**
     * Loads a checked module.
     *
     * @param module the module
     * @param hash the rules hash of the files it was compiled from
     * @param precompiled whether it came from the library's build
     * @param data the reference data read with the rules
     * @return the rules, ready to assess
     */
    static CompiledRules load(ExecutableModel.Module module, String hash, boolean precompiled, RuleData data) {
        return load(module, hash, precompiled, data, Map.of());
    }

    /**
     * Loads a module whose classes were read by the bytecode check, which knows the rules each serves.
     *
     * @param module the module
     * @param hash the rules hash
     * @param precompiled whether it is the build's
     * @param data the reference data
     * @param rulesOfClass for each class made for rules' code (internal name), the rules it serves
     * @return the compiled rules
     */
    static CompiledRules load(ExecutableModel.Module module, String hash, boolean precompiled, RuleData data,
            Map<String, Set<String>> rulesOfClass) {
        Checked classes = new Checked(module.classes(), ModuleLoader.class.getClassLoader(), !precompiled);
        // the clock's calls added to the rules' classes reach this package, and only this one
        ModuleLoader.class.getModule().addExports(MatchClock.class.getPackageName(), classes.getUnnamedModule());
        List<Model> models = new ArrayList<>();
        for (String name : module.modelClasses()) {
            try {
                models.add((Model) Class.forName(name, true, classes).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                throw new IllegalStateException("the compiled rules do not load (" + name + ")", e);
            }
        }
        // The library never adds a rule to a built knowledge base or removes one (a reload builds a
        // new one), so the engine is told it is immutable: its sessions then keep their facts in one
        // identity store, not a store per class of fact that every pooled reset makes them build
        // again. Such a session keeps no fact of a class that no rule's condition names; Evaluation
        // reads the conclusions back from its listener, not from the session.
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED);
        return new CompiledRules(kieBase, () -> { }, hash, precompiled, data, rulesOfClass);
    }

    /**
     * Defines the checked classes on first use, the library's own classes visible behind them. Rules
     * the library did not build itself get the time limit's clock in their methods ({@link ClockedClasses}).
     */
    private static final class Checked extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;
        private final boolean clocked;

        Checked(Map<String, byte[]> classes, ClassLoader parent, boolean clocked) {
            super("backpain-kb-rules", parent);
            this.classes = classes;
            this.clocked = clocked;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] defined;
            try {
                defined = clocked ? ClockedClasses.withClock(bytes) : bytes;
            } catch (RuntimeException e) {
                // a method within three bytes of the class format's largest: reported as a class that does not load
                throw new ClassFormatError("cannot add the time limit's clock to " + name + ": " + e.getMessage());
            }
            return defineClass(name, defined, 0, defined.length);
        }
    }
}
