package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void cleanRulesExitWithZero() {
        assertThat(run("validate", "--rules", "rules-drl")).isZero();
        assertThat(out.toString()).isEqualTo("rules-drl: no problems" + System.lineSeparator());
    }

    @Test
    void withoutRulesOptionTheProjectsRulesDirectoryIsValidated() {
        assertThat(run("validate")).isZero();
        assertThat(out.toString()).startsWith("rules-drl: no problems");
    }

    @Test
    void brokenRulesAreListedAsPathLineMessageAndExitWithOne() {
        Path rules = RuleFixtures.brokenCopy(temp, "syntax-error", "misspelled-field", "bad-call-in-then",
                "forbidden-import");

        int status = run("validate", "--rules", rules.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(5)
                .anySatisfy(l -> assertThat(l).startsWith(rules.resolve("pain-response.drl") + ":15: syntax error"))
                .anySatisfy(l -> assertThat(l).startsWith(rules.resolve("breathing.drl") + ":14: BreathingObservation"))
                .anySatisfy(l -> assertThat(l).startsWith(rules.resolve("form.drl") + ":36: in the then block"))
                .anySatisfy(l -> assertThat(l).startsWith(rules.resolve("core-activation.drl") + ":4: import java.io.File"))
                .last().isEqualTo("4 problems in " + rules);
    }
}
