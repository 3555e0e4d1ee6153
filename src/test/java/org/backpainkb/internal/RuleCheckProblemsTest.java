package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backpainkb.RuleProblem;
import org.junit.jupiter.api.Test;

/**
 * A file's problems past the hundred said are counted, blocking problems apart from warnings, and the
 * count refuses what they would have refused.
 */
class RuleCheckProblemsTest {

    private static List<RuleProblem> warningsThenOneRefusal(String file, int warnings) {
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 1; i <= warnings; i++) {
            problems.add(new RuleProblem(file, i, "warning " + i, RuleProblem.Kind.WARNING));
        }
        problems.add(new RuleProblem(file, warnings + 1, "a refused key", RuleProblem.Kind.REFERENCE));
        return problems;
    }

    @Test
    void aRefusalPastTheHundredSaidStillRefusesThroughTheCount() {
        List<RuleProblem> said = RuleCheck.atMostAFile(warningsThenOneRefusal("texts/de.yaml", 150));

        assertThat(said).hasSize(RuleCheck.MOST_PROBLEMS_A_FILE + 2);
        assertThat(said.get(said.size() - 2)).satisfies(count -> {
            assertThat(count.message()).isEqualTo("and 1 more problem in this file, not listed");
            assertThat(count.blocking()).isTrue();
            assertThat(count.problemCount()).isEqualTo(1);
        });
        assertThat(said.get(said.size() - 1)).satisfies(count -> {
            assertThat(count.message()).isEqualTo("and 50 more warnings in this file, not listed");
            assertThat(count.blocking()).isFalse();
            assertThat(count.problemCount()).isEqualTo(50);
        });
    }

    @Test
    void theCountsAddUpToEveryProblemFound() {
        List<RuleProblem> found = warningsThenOneRefusal("texts/de.yaml", 150);

        List<RuleProblem> said = RuleCheck.atMostAFile(found);

        assertThat(RuleProblem.count(said)).isEqualTo(found.size());
        assertThat(RuleProblem.count(said.stream().filter(RuleProblem::blocking).toList())).isEqualTo(1);
    }

    @Test
    void aCountOfWarningsOnlyIsAWarning() {
        List<RuleProblem> warnings = warningsThenOneRefusal("texts/de.yaml", 150).subList(0, 150);

        assertThat(RuleCheck.atMostAFile(warnings)).last().satisfies(count -> assertThat(count.blocking()).isFalse());
    }

    @Test
    void eachFileIsCountedOnItsOwnAndAFileOfFewProblemsIsSaidWhole() {
        List<RuleProblem> problems = new ArrayList<>(warningsThenOneRefusal("a.yaml", 120));
        problems.addAll(warningsThenOneRefusal("b.yaml", 2));

        List<RuleProblem> said = RuleCheck.atMostAFile(problems);

        assertThat(said).filteredOn(p -> p.file().equals("a.yaml")).hasSize(102);
        assertThat(said).filteredOn(p -> p.file().equals("b.yaml")).hasSize(3)
                .allMatch(p -> p.unlisted() == 0);
    }
}
