package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing rule files without the record's equals: it says what equals says, edit for edit. */
class RuleFilesSameFilesTest {

    @TempDir
    Path temp;

    @Test
    void aCopyOfTheProjectRulesIsTheSameFilesAsTheBundledRules() {
        RuleFiles copy = RuleFiles.fromDirectory(RuleFixtures.copyOfProjectRules(temp.resolve("rules")));

        assertThat(copy.sameFiles(RuleFiles.bundled())).isTrue().isEqualTo(copy.equals(RuleFiles.bundled()));
    }

    @Test
    void anEditedRuleFileIsNotTheSameFiles() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.writeString(rules.resolve("breathing.drl"), Files.readString(rules.resolve("breathing.drl")) + "\n");

        assertSameAsEqualsAndNot(RuleFiles.fromDirectory(rules));
    }

    @Test
    void anAddedRuleFileIsNotTheSameFiles() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.writeString(rules.resolve("extra.drl"), "package org.backpainkb.rules;\n");

        assertSameAsEqualsAndNot(RuleFiles.fromDirectory(rules));
    }

    @Test
    void aRenamedRuleFileIsNotTheSameFiles() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.move(rules.resolve("breathing.drl"), rules.resolve("breath.drl"));

        assertSameAsEqualsAndNot(RuleFiles.fromDirectory(rules));
    }

    @Test
    void editedTextsAreNotTheSameFiles() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.writeString(rules.resolve("texts/en.yaml"), Files.readString(rules.resolve("texts/en.yaml")) + "\n");

        assertSameAsEqualsAndNot(RuleFiles.fromDirectory(rules));
    }

    @Test
    void missingThresholdsAreNotTheSameFiles() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.delete(rules.resolve(RuleFiles.THRESHOLDS_FILE));

        assertSameAsEqualsAndNot(RuleFiles.fromDirectory(rules));
    }

    private static void assertSameAsEqualsAndNot(RuleFiles edited) {
        assertThat(edited.sameFiles(RuleFiles.bundled())).isFalse().isEqualTo(edited.equals(RuleFiles.bundled()));
        assertThat(RuleFiles.bundled().sameFiles(edited)).isFalse();
    }
}
