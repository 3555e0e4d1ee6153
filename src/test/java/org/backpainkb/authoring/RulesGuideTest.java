package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.cli.Main;
import org.backpainkb.internal.FactTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide in {@code rules-drl/README.md}, followed literally in a temporary copy of the rules. */
class RulesGuideTest {

    static final Path GUIDE = RuleFixtures.PROJECT_RULES.resolve("README.md");
    private static final Pattern SAVE_AS = Pattern.compile("Save this as `rules-drl/([^`]+)`:\\s*\\n\\s*```[\\w-]*\\n(.*?)\\n```",
            Pattern.DOTALL);
    private static final Pattern ADD_TO = Pattern.compile(
            "[Aa]dd this to the end of `rules-drl/([^`]+)`:\\s*\\n\\s*```[\\w-]*\\n(.*?)\\n```", Pattern.DOTALL);

    @TempDir
    Path temp;

    /** The files the worked example tells the reader to save, by path relative to rules-drl, in order. */
    static Map<String, String> filesOfTheWorkedExample() throws Exception {
        Matcher m = SAVE_AS.matcher(Files.readString(GUIDE));
        Map<String, String> files = new LinkedHashMap<>();
        while (m.find()) {
            files.put(m.group(1), m.group(2) + "\n");
        }
        return files;
    }

    /** The lines the worked example tells the reader to add at the end of existing files, by path. */
    static Map<String, String> additionsOfTheWorkedExample() throws Exception {
        Matcher m = ADD_TO.matcher(Files.readString(GUIDE));
        Map<String, String> files = new LinkedHashMap<>();
        while (m.find()) {
            files.merge(m.group(1), m.group(2) + "\n", String::concat);
        }
        return files;
    }

    /** Follows every step of the worked example in a copy of the rules. */
    static void followTheWorkedExample(Path rules) throws Exception {
        for (Map.Entry<String, String> f : filesOfTheWorkedExample().entrySet()) {
            Files.writeString(rules.resolve(f.getKey()), f.getValue());
        }
        for (Map.Entry<String, String> f : additionsOfTheWorkedExample().entrySet()) {
            Files.writeString(rules.resolve(f.getKey()), f.getValue(), java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private int run(StringWriter out, String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void theWorkedExampleAddsARuleFileAndAScenario() throws Exception {
        assertThat(filesOfTheWorkedExample()).containsOnlyKeys("running.drl", "scenarios/running-hurts.yaml");
        assertThat(additionsOfTheWorkedExample()).containsOnlyKeys("texts/en.yaml", "texts/de.yaml", "sources.yaml");
    }

    @Test
    void followingTheWorkedExampleGivesARuleThatValidatesAndAScenarioThatPassesWithFullCoverage() throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules-drl"));
        followTheWorkedExample(rules);

        StringWriter validation = new StringWriter();
        assertThat(run(validation, "validate", "--rules", rules.toString())).as(validation.toString()).isZero();
        // the last line sums up; warnings about what a clinician added to the project's rules may stand above it
        List<String> said = validation.toString().lines().toList();
        assertThat(said.get(said.size() - 1)).startsWith(rules + ": no problems");
        assertThat(said.subList(0, said.size() - 1)).allSatisfy(line -> assertThat(line).contains(": warning: "));

        StringWriter test = new StringWriter();
        int status = run(test, "test", "--rules", rules.toString(), rules.resolve("scenarios").toString());
        List<String> lines = test.toString().lines().toList();
        assertThat(status).as(test.toString()).isZero();
        assertThat(lines).contains("ok    " + rules.resolve("scenarios/running-hurts.yaml")
                + " (Running makes the low back worse)");
        assertThat(lines.get(lines.size() - 2)).matches("rule coverage: (\\d+)/\\1 rules fired");
        assertThat(lines.get(lines.size() - 1)).endsWith(" passed, 0 failed");
    }

    @Test
    void theWorkedExamplesRuleIsLoadedFromTheCopyAndItsScenarioFiresIt() throws Exception {
        // replayed in a copy: whether the project's own rules already hold the example changes nothing
        Path rules = RuleFixtures.copyOfProjectRules(temp.resolve("rules-drl"));
        followTheWorkedExample(rules);
        KnowledgeBase kb = KnowledgeBase.fromDirectory(rules);
        String rule = "Running makes the pain worse: swap runs for brisk walks for now";

        assertThat(kb.ruleNames()).contains(rule);
        ScenarioResult result = new ScenarioRunner(kb).runFile(rules.resolve("scenarios/running-hurts.yaml"));
        assertThat(result.passed()).isTrue();
        assertThat(result.assessment().firedRules()).contains(rule);
    }

    @Test
    void theGuideNamesEveryFactFieldAndCode() throws Exception {
        String guide = Files.readString(GUIDE);
        Stream.of(FactTypes.CASE_FACTS, FactTypes.CONCLUSIONS).flatMap(List::stream).forEach(type -> {
            assertThat(guide).contains("`" + type.getSimpleName() + "`");
            FactTypes.fields(type).forEach(field -> assertThat(guide).as(type.getSimpleName()).contains("`" + field + "`"));
        });
        FactTypes.CODES.forEach(type -> {
            assertThat(guide).contains("`" + type.getSimpleName() + "`");
            FactTypes.codes(type).forEach(code -> assertThat(guide).as(type.getSimpleName()).containsPattern("\\b" + code + "\\b"));
        });
    }

    @Test
    void theGuideNamesEveryThresholdAndEveryExpectationKey() throws Exception {
        String guide = Files.readString(GUIDE);
        FactTypes.fields(org.backpainkb.rules.Thresholds.class).forEach(t -> assertThat(guide).contains("`" + t + "`"));
        Expectation.KEYS.forEach(k -> assertThat(guide).contains("`" + k + "`"));
    }
}
