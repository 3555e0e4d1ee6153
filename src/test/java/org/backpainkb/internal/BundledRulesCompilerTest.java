package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's step for the bundled rules: validate, index, precompile. */
class BundledRulesCompilerTest {

    @TempDir
    Path temp;

    @Test
    void theProjectRulesAreIndexedAndPrecompiledWithTheHashAndChecksumOfTheirFiles() throws Exception {
        Path out = temp.resolve("out");

        BundledRulesCompiler.main(new String[] {RuleFixtures.PROJECT_RULES.toString(), out.toString()});

        assertThat(out.resolve(RuleFiles.INDEX_FILE)).content().contains("red-flags.drl", "pain-response.drl");
        assertThat(Files.size(out.resolve(PrecompiledRules.MODULE_FILE))).isPositive();
        assertThat(Files.readAllLines(out.resolve(PrecompiledRules.INFO_FILE)))
                .containsExactly(RuleFiles.fromDirectory(RuleFixtures.PROJECT_RULES).hash(),
                        RuleFiles.fromDirectory(RuleFixtures.PROJECT_RULES).checksum());
        assertThat(ExecutableModel.read(Files.readAllBytes(out.resolve(PrecompiledRules.MODULE_FILE))).modelClasses())
                .singleElement().asString().startsWith("org.backpainkb.rules.Rules");
    }

    @Test
    void aRuleTheExecutableModelCannotCompileFailsTheBuildWithAHint() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Path pain = rules.resolve("pain-response.drl");
        Files.writeString(pain, Files.readString(pain)
                .replace("riseNextMorning > $rise", "painDuring > painBefore + $rise"));

        assertThatThrownBy(() -> BundledRulesCompiler.main(new String[] {rules.toString(), temp.resolve("out").toString()}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pain-response.drl:")
                .hasMessageContaining("`a - b > $x`");
    }
}
