package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpainkb.cli.CommandLineRuns.run;

import org.backpainkb.KnowledgeBase;
import org.backpainkb.cli.CommandLineRuns.Run;
import org.junit.jupiter.api.Test;

/** The {@code backpain-kb} command itself: its help and its version. */
class MainTest {

    @Test
    void helpExitsZeroAndDescribesTheAssessCommand() {
        Run run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("assess");
    }

    @Test
    void versionExitsZeroAndPrintsTheLibraryVersion() {
        Run run = run("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains(KnowledgeBase.libraryVersion());
    }
}
