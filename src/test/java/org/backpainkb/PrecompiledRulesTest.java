package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backpainkb.internal.CompiledRules;
import org.backpainkb.internal.PrecompiledRules;
import org.backpainkb.internal.RuleFiles;
import org.backpainkb.model.Case;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules load as the build precompiled and checked them, and conclude exactly what the
 * same DRL concludes when loaded from a directory (checked and compiled at run time).
 */
class PrecompiledRulesTest {

    private static final KnowledgeBase PRECOMPILED = SharedKnowledgeBase.BUNDLED;
    private static final KnowledgeBase FROM_DIRECTORY = KnowledgeBase.fromDirectory(Path.of("rules-drl"));

    @Provide
    Arbitrary<Case> validCases() {
        return CaseArbitraries.cases();
    }

    @Test
    void theBundledRulesAreThePrecompiledOnesAndARulesDirectoryIsCompiled() {
        assertThat(PRECOMPILED.compiledRules().precompiled()).isTrue();
        assertThat(FROM_DIRECTORY.compiledRules().precompiled()).isFalse();
        assertThat(PRECOMPILED.id()).isEqualTo(FROM_DIRECTORY.id());
    }

    @Test
    void rulesChangedSinceTheBuildAreCompiledFromTheirDrlNotTakenFromTheStaleModule() {
        RuleFiles bundled = RuleFiles.bundled();
        List<RuleFiles.RuleFile> edited = new ArrayList<>(bundled.drl());
        RuleFiles.RuleFile first = edited.remove(0);
        edited.add(new RuleFiles.RuleFile(first.path(), first.text() + "\n// an edit after the build\n"));
        RuleFiles changed = new RuleFiles(edited, bundled.thresholdsYaml(), bundled.data());

        try (CompiledRules rules = PrecompiledRules.loadOrCompile(changed)) {
            assertThat(rules.precompiled()).isFalse();
            assertThat(rules.hash()).isEqualTo(changed.hash()).isNotEqualTo(bundled.hash());
            assertThat(rules.rules()).containsOnlyKeys(PRECOMPILED.compiledRules().rules().keySet());
        }
    }

    @Property(tries = 200)
    void thePrecompiledRulesConcludeExactlyWhatTheSameRulesLoadedFromADirectoryDo(@ForAll("validCases") Case c) {
        assertThat(PRECOMPILED.assess(c)).usingRecursiveComparison().isEqualTo(FROM_DIRECTORY.assess(c));
    }
}
