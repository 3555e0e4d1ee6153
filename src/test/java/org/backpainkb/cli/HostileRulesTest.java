package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.authoring.RulesValidator;

import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every attack a rule file can try, one fixture per attack class in
 * {@code src/test/resources/hostile-rules/}, each added to a copy of the project's rules: {@code validate}
 * refuses it at its file and at the line marked {@code <- refused here}, {@code fromDirectory} throws a
 * {@link RulesException}, and {@code assess --rules} exits 2 with one line, promptly; nothing of it runs,
 * so nothing is written and the JVM's defaults are untouched. The limit of ten seconds is a guard against
 * a hang, not a measure of speed.
 */
class HostileRulesTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile-rules");
    private static final String MARK = "<- refused here";
    private static final Path MARKER_FILE = Path.of("/tmp/backpain-kb-hostile-marker");
    private static final Duration NO_HANG = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private TimeZone zone;
    private Locale locale;

    /** The first compile in a JVM loads the compilers' classes: not the attack's time, so done before. */
    @BeforeAll
    static void warmUp(@TempDir Path dir) {
        KnowledgeBase.fromDirectory(RuleFixtures.copyOfProjectRules(dir.resolve("rules")));
    }

    @BeforeEach
    void rememberTheDefaults() throws IOException {
        Files.deleteIfExists(MARKER_FILE);
        zone = TimeZone.getDefault();
        locale = Locale.getDefault();
    }

    @AfterEach
    void nothingOfTheAttackRan() {
        assertThat(MARKER_FILE).doesNotExist();
        assertThat(System.getProperty("backpainkb.hostile")).isNull();
        assertThat(TimeZone.getDefault()).isEqualTo(zone);
        assertThat(Locale.getDefault()).isEqualTo(locale);
    }

    static List<String> attacks() {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void validateRefusesTheAttackAtItsFileAndLine(String attack) {
        Path rules = rulesWith(attack);

        // warnings about what a clinician added to the project's rules are not the refusal looked for
        List<RuleProblem> problems = RuleFixtures.blocking(
                assertTimeoutPreemptively(NO_HANG, () -> RulesValidator.validate(rules)));

        assertThat(problems).as("problems of %s", attack)
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(attack);
                    assertThat(p.line()).isEqualTo(markedLine(attack));
                });
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(attack));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void loadingTheDirectoryThrowsARulesExceptionAndNothingElse(String attack) {
        Path rules = rulesWith(attack);

        assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> KnowledgeBase.fromDirectory(rules))
                .isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(((RulesException) e).problems())
                        .anySatisfy(p -> assertThat(p.file()).isEqualTo(attack))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void assessWithTheRulesExitsTwoWithOneLine(String attack) {
        Path rules = rulesWith(attack);

        Run run = assertTimeoutPreemptively(NO_HANG, () -> CommandLineRuns.run("assess", "--rules",
                rules.toString(), CommandLineRuns.golden("statement-01-emergency-red-flag")));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\tat ")
                .startsWith(rules.resolve(attack) + ":");
    }

    private Path rulesWith(String attack) {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules"));
        try {
            Files.copy(HOSTILE.resolve(attack), rules.resolve(attack));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    static int markedLine(String attack) {
        try {
            List<String> lines = Files.readAllLines(HOSTILE.resolve(attack));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(MARK)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(attack + " marks no line with " + MARK);
    }
}
