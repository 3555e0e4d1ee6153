package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.authoring.RulesValidator;
import org.backpainkb.authoring.ScenarioResult;
import org.backpainkb.authoring.ScenarioRunner;
import org.backpainkb.authoring.ScenarioRunner.TestReport;

/**
 * A clinician adds rules of their own and a scenario for each to a copy of {@code rules-drl}, as
 * the rules guide teaches (here: sitting worse and walking easing with flexion restricted, as
 * WRONG_EXERCISE advice; pain below the knee with restricted, painful flexion, as POOR_FORM advice;
 * each with a MODIFY restriction), and the checks the build runs on rules pass on that copy: it
 * validates, every scenario passes and every rule is fired, and the contract's properties hold
 * (inherited from {@link ContractProperties}). New reasons and restrictions past the contract are
 * the rule authors' to decide, so none of this may fail.
 */
class ClinicianRulesInACopyTest extends ContractProperties {

    /** The clinician's rule file and scenarios, laid over the copy. */
    private static final Path ADDED = Path.of("src/test/resources/clinician-rules");

    private static Path copy;
    private static KnowledgeBase kb;

    @BeforeContainer
    static void addTheClinicianRulesToACopyOfTheProjectRules() throws IOException {
        copy = RuleFixtures.copyOfProjectRules(Files.createTempDirectory("clinician-rules-drl"));
        try (Stream<Path> files = Files.walk(ADDED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(ADDED.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        kb = KnowledgeBase.fromDirectory(copy);
    }

    @AfterContainer
    static void removeTheCopy() throws IOException {
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Override
    protected KnowledgeBase knowledgeBase() {
        return kb;
    }

    @Example
    void theCopyWithTheNewRulesValidates() {
        // the clinician wrote the older six-argument form: it loads, with a warning saying how to move
        assertThat(RulesValidator.validate(copy)).filteredOn(RuleProblem::blocking).isEmpty();
        assertThat(kb.ruleNames()).contains(
                "Sitting makes the pain worse and walking eases it while flexion is restricted: favour extension",
                "Pain below the knee with restricted, painful flexion: keep forward bending out of the exercises");
    }

    @Example
    void everyScenarioOfTheCopyPassesTheNewOnesIncludedAndEveryRuleIsFired() {
        TestReport report = new ScenarioRunner(kb).run(List.of(copy.resolve("scenarios")));

        assertThat(report.results()).filteredOn(r -> !r.passed())
                .extracting(r -> r.file() + ": " + (r.error() != null ? r.error() : r.mismatches())).isEmpty();
        assertThat(report.results()).extracting(ScenarioResult::name).contains(
                "Sitting makes the low back worse and walking eases it, flexion restricted",
                "Pain below the knee with restricted, painful flexion");
        assertThat(report.unfiredRules()).isEmpty();
    }
}
