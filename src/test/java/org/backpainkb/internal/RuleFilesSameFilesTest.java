package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Comparing rule files without the record's equals: it says what equals says, edit for edit. */
class RuleFilesSameFilesTest {

    /** One edit of a copy of the project's rules. */
    interface Edit {
        void apply(Path rules) throws IOException;
    }

    @TempDir
    Path temp;

    @Test
    void aCopyOfTheProjectRulesIsTheSameFilesAsTheBundledRules() {
        RuleFiles copy = RuleFiles.fromDirectory(RuleFixtures.copyOfProjectRules(temp.resolve("rules")));

        assertThat(copy.sameFiles(RuleFiles.bundled())).isTrue().isEqualTo(copy.equals(RuleFiles.bundled()));
    }

    static Stream<Named<Edit>> edits() {
        return Stream.of(
                Named.of("an edited rule file", rules -> append(rules.resolve("breathing.drl"))),
                Named.of("an added rule file", rules -> Files.writeString(rules.resolve("extra.drl"),
                        "package org.backpainkb.rules;\n")),
                Named.of("a renamed rule file", rules -> Files.move(rules.resolve("breathing.drl"),
                        rules.resolve("breath.drl"))),
                Named.of("edited texts", rules -> append(rules.resolve("texts/en.yaml"))),
                Named.of("missing thresholds", rules -> Files.delete(rules.resolve(RuleFiles.THRESHOLDS_FILE))));
    }

    @ParameterizedTest(name = "{0} is not the same files")
    @MethodSource("edits")
    void anEditedCopyIsNotTheSameFilesAsTheBundledRules(Edit edit) throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        edit.apply(rules);
        RuleFiles edited = RuleFiles.fromDirectory(rules);

        assertThat(edited.sameFiles(RuleFiles.bundled())).isFalse().isEqualTo(edited.equals(RuleFiles.bundled()));
        assertThat(RuleFiles.bundled().sameFiles(edited)).isFalse();
    }

    private static void append(Path file) throws IOException {
        Files.writeString(file, Files.readString(file) + "\n");
    }
}
