package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory fingerprint a reloader polls: any edit of any file changes it, nothing else does. */
class DirectoryFingerprintTest {

    @TempDir
    Path temp;

    @Test
    void theSameFilesGiveTheSameFingerprintWhereverTheDirectoryIs() {
        Path one = RuleFixtures.copyOfProjectRules(temp.resolve("one"));
        Path two = RuleFixtures.copyOfProjectRules(temp.resolve("two"));

        assertThat(DirectoryFingerprint.of(one)).isEqualTo(DirectoryFingerprint.of(two)).hasSize(64);
    }

    @Test
    void anEditedScenarioChangesTheFingerprintButNotTheRulesHash() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        String fingerprint = DirectoryFingerprint.of(rules);
        String hash = RuleFiles.fromDirectory(rules).hash();

        Files.writeString(rules.resolve("scenarios/new.yaml"), "name: new\n");

        assertThat(DirectoryFingerprint.of(rules)).isNotEqualTo(fingerprint);
        assertThat(RuleFiles.fromDirectory(rules).hash()).isEqualTo(hash);
    }

    @Test
    void anEditedRuleFileChangesBothTheFingerprintAndTheRulesHash() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        String fingerprint = DirectoryFingerprint.of(rules);
        String hash = RuleFiles.fromDirectory(rules).hash();

        Files.writeString(rules.resolve("breathing.drl"), Files.readString(rules.resolve("breathing.drl")) + "\n// edited\n");

        assertThat(DirectoryFingerprint.of(rules)).isNotEqualTo(fingerprint);
        assertThat(RuleFiles.fromDirectory(rules).hash()).isNotEqualTo(hash);
    }

    @Test
    void aFileTooLargeToBeOfTheRulesChangesTheFingerprintBySizeUnread() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Path large = rules.resolve("notes.bin");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(RuleFiles.MAX_FILE_BYTES + 1);   // sparse: nothing is written
        }
        String fingerprint = DirectoryFingerprint.of(rules);

        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(RuleFiles.MAX_FILE_BYTES + 2);
        }

        assertThat(DirectoryFingerprint.of(rules)).isNotEqualTo(fingerprint);
    }
}
