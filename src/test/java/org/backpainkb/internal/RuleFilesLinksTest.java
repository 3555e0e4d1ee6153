package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.authoring.RulesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rules folder is read from its own files: a symbolic link to a file elsewhere is refused, not followed. */
class RuleFilesLinksTest {

    @TempDir
    Path temp;

    private Path secret() throws IOException {
        Path secret = temp.resolve("application.yaml");
        Files.writeString(secret, "db-password: \"S3cr3t\"\n");
        return secret;
    }

    @Test
    void aTextsFileThatLinksToAFileElsewhereIsRefusedWithoutReadingIt() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.createSymbolicLink(rules.resolve("texts/zz.yaml"), secret());

        assertThat(RulesValidator.validate(rules)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("texts/zz.yaml");
            assertThat(p.message()).startsWith("a symbolic link, not a file").doesNotContain("S3cr3t");
        });
        assertThatThrownBy(() -> KnowledgeBase.fromDirectory(rules)).isInstanceOf(RulesException.class)
                .hasMessageContaining("a symbolic link");
    }

    @Test
    void aRuleFileOrThresholdsThatLinkElsewhereAreRefusedToo() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.createSymbolicLink(rules.resolve("leak.drl"), secret());
        Path other = RuleFixtures.copyOfProjectRules(temp.resolve("other"));
        Path thresholds = temp.resolve("thresholds.yaml");
        Files.move(other.resolve("thresholds.yaml"), thresholds);
        Files.createSymbolicLink(other.resolve("thresholds.yaml"), thresholds);

        assertThat(RulesValidator.validate(rules)).extracting(RuleProblem::file).containsExactly("leak.drl");
        assertThat(RulesValidator.validate(other)).extracting(RuleProblem::file).containsExactly("thresholds.yaml");
    }

    @Test
    void aRulesFolderThatIsItselfALinkLoadsButALinkedFolderInsideItIsRefused() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Path current = Files.createSymbolicLink(temp.resolve("current"), rules);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.move(rules.resolve("form.drl"), elsewhere.resolve("form.drl"));

        Files.createSymbolicLink(rules.resolve("more"), elsewhere);

        assertThat(RulesValidator.validate(current)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("more/");
            assertThat(p.message()).startsWith("a symbolic link, not a file");
        });
        Files.delete(rules.resolve("more"));
        Files.move(elsewhere.resolve("form.drl"), rules.resolve("form.drl"));
        assertThat(RulesValidator.validate(current)).filteredOn(RuleProblem::blocking).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"thresholds.yaml", "exercises.yaml", "texts/fr.yaml"})
    void aFolderNamedLikeAFileOfTheRulesIsRefusedRatherThanSkippedForTheDefaults(String name) throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.deleteIfExists(rules.resolve(name));
        Files.createDirectories(rules.resolve(name));

        assertThat(RulesValidator.validate(rules)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(name);
            assertThat(p.message()).startsWith("a folder, not a file");
        });
    }
}
