package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios folder holds what the rules must conclude: a rule file kept there is not read as rules. */
class RuleFilesScenariosFolderTest {

    @TempDir
    Path temp;

    @Test
    void aRuleFileInTheScenariosFolderOrBelowItIsNotReadAsRules() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        RuleFiles before = RuleFiles.fromDirectory(rules);
        Files.writeString(rules.resolve("scenarios/draft.drl"), "package org.backpainkb.rules;\nrule \"broken\n");
        Files.createDirectories(rules.resolve("scenarios/old"));
        Files.writeString(rules.resolve("scenarios/old/texts.drl"), "package org.backpainkb.rules;\n");

        RuleFiles after = RuleFiles.fromDirectory(rules);

        assertThat(after.drl()).extracting(RuleFiles.RuleFile::path).noneMatch(p -> p.startsWith("scenarios/"));
        assertThat(after.sameFiles(before)).isTrue();
    }

    @Test
    void aRuleFileInAnotherSubfolderIsStillRead() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Files.createDirectories(rules.resolve("clinic"));
        Files.writeString(rules.resolve("clinic/extra.drl"), "package org.backpainkb.rules;\n");

        assertThat(RuleFiles.fromDirectory(rules).drl()).extracting(RuleFiles.RuleFile::path).contains("clinic/extra.drl");
    }
}
