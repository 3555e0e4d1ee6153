package org.backpainkb.internal;

/**
 * For the benchmarks only: a rules directory compiled and loaded the way {@link RuleCheck} does it,
 * without its checks, so that a benchmark can tell what the checks add. It still reads what a
 * knowledge base cannot do without (the thresholds, the exercise library, the texts). Never a way
 * to load rules.
 */
public final class UncheckedLoad {

    private UncheckedLoad() {
    }

    /**
     * Compiles and loads without checking.
     *
     * @param files the rule files
     * @return the rules; the caller closes them
     */
    public static CompiledRules compileAndLoad(RuleFiles files) {
        ThresholdsFile.parse(files.thresholdsYaml());
        RuleCheck.library(files);
        ExecutableModel.Module module = ExecutableModel.compile(files).module();
        return ModuleLoader.load(module, files.hash(), false, RuleData.read(files).data());
    }
}
