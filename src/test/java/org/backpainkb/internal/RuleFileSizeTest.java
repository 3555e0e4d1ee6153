package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpainkb.RulesException;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files too large for the rules are refused by name before they are read, or before the YAML reader sees them. */
class RuleFileSizeTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sources.yaml", "thresholds.yaml", "red-flags.drl", "texts/de.yaml"})
    void aFileOfTheRulesLargerThanTheLimitIsRefusedWithoutReadingIt(String file) throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        try (RandomAccessFile huge = new RandomAccessFile(rules.resolve(file).toFile(), "rw")) {
            huge.setLength(RuleFiles.MAX_FILE_BYTES + 1);   // sparse: nothing is written
        }

        assertThatThrownBy(() -> RuleFiles.fromDirectory(rules)).isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.message()).startsWith("the file has " + (RuleFiles.MAX_FILE_BYTES + 1) + " bytes");
                }));
    }

    @Test
    void aDirectoryHoldingMoreRulesAndDataThanTheLimitIsRefusedByName() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        for (int i = 0; i <= RuleFiles.MAX_DIRECTORY_BYTES / RuleFiles.MAX_FILE_BYTES; i++) {
            try (RandomAccessFile full = new RandomAccessFile(rules.resolve("texts/x" + i + ".yaml").toFile(), "rw")) {
                full.setLength(RuleFiles.MAX_FILE_BYTES);   // sparse: nothing is written
            }
        }

        assertThatThrownBy(() -> RuleFiles.fromDirectory(rules)).isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(rules.toString());
                    assertThat(p.message()).startsWith("the rules directory holds more than 1000 files or 32 MiB");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"texts/en.yaml", "exercises.yaml", "thresholds.yaml", "sources.yaml"})
    void referenceDataLongerThanARuleFileMayBeIsRefusedBeforeTheYamlReaderSeesIt(String file) throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        Path data = rules.resolve(file);
        // one long comment line: the YAML reader takes minutes over tens of MiB of it
        Files.writeString(data, Files.readString(data) + "\n# " + "x".repeat(RuleFileShape.MAX_FILE_CHARS) + "\n");

        assertThat(RuleCheck.check(RuleFiles.fromDirectory(rules)).problems())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    assertThat(p.message()).contains("more than " + RuleFileShape.MAX_FILE_CHARS + " characters");
                });
    }

    @Test
    void aRulesDirectoryOfMoreRulesThanTheLimitIsRefusedNamingTheFilesWithTheMostBeforeAnythingIsCompiled()
            throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        int bundled = RuleFiles.fromDirectory(rules).drl().stream()
                .mapToInt(f -> new DrlText(f.path(), f.text()).rules().size()).sum();
        StringBuilder many = new StringBuilder("package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n");
        for (int i = 1; i <= RuleFileShape.MAX_RULES; i++) {
            many.append("\nrule \"Walking hurts, rule ").append(i).append("\"\n    @reason(WRONG_EXERCISE)\n")
                    .append("    @source(\"seed-wrong-exercise\")\nwhen\n    Symptom(aggravatedBy contains Activity.WALKING)\n")
                    .append("then\n    insertLogical(Unsuitable.category(ExerciseCategory.WALKING));\nend\n");
        }
        // named first, so that the rule past the limit would be in a file of the project's, not in this one
        Files.writeString(rules.resolve("aa-many.drl"), many);

        RuleCheck.Result result = RuleCheck.check(RuleFiles.fromDirectory(rules));

        assertThat(result.rules()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEmpty();
            assertThat(p.kind()).isEqualTo(org.backpainkb.RuleProblem.Kind.REFUSED);
            assertThat(p.message()).startsWith("the rules directory holds " + (bundled + RuleFileShape.MAX_RULES)
                    + " rules; a rules directory holds at most " + RuleFileShape.MAX_RULES + " (the files with the most:"
                    + " aa-many.drl (" + RuleFileShape.MAX_RULES + "), ");
        });
    }

    @Test
    void ruleFilesHoldingMoreComparisonsTogetherThanADirectoryMayAreRefusedAtTheFileThatGoesPastAndNotCompiled()
            throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        // 60 rules of 90 comparisons each: every rule within its own limits, the directory far past its
        StringBuilder comparisons = new StringBuilder("package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n");
        for (int r = 1; r <= 60; r++) {
            comparisons.append("\nrule \"Many comparisons, rule ").append(r).append("\"\n    @reason(WRONG_EXERCISE)\n")
                    .append("    @source(\"seed-wrong-exercise\")\nwhen\n    Symptom(");
            for (int c = 0; c < 90; c++) {
                comparisons.append(c == 0 ? "" : ", ").append(c % 10 == 9 ? "\n        " : "").append("intensity != ")
                        .append(100 + r * 100 + c);
            }
            comparisons.append(")\nthen\n    insertLogical(Unsuitable.category(ExerciseCategory.WALKING));\nend\n");
        }
        Files.writeString(rules.resolve("zz-comparisons.drl"), comparisons);

        RuleCheck.Result result = RuleCheck.check(RuleFiles.fromDirectory(rules));

        assertThat(result.rules()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("zz-comparisons.drl");
            assertThat(p.message()).startsWith("with this file, the rule files hold ")
                    .contains("a rules directory may hold at most " + RuleFileShape.MAX_DIRECTORY_PARTS);
        });
    }
}
