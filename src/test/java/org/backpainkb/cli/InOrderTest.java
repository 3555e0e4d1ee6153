package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Outcomes come in the jobs' order, and a job that does not end stops the run instead of hanging it. */
class InOrderTest {

    @Test
    void outcomesComeInTheOrderTheJobsCame() throws Exception {
        List<Integer> handedOn = new ArrayList<>();
        try (InOrder<Integer> inOrder = new InOrder<>(2, Duration.ofSeconds(10), handedOn::add)) {
            for (int i = 0; i < 100; i++) {
                int n = i;
                inOrder.submit("job " + n, () -> {
                    pause(n % 3);
                    return n;
                });
            }
            inOrder.finish();
        }

        assertThat(handedOn).hasSize(100).isSorted();
    }

    @Test
    void aJobPastTheTimeLimitStopsTheRunNamingWhatItWorkedOn() {
        List<String> handedOn = new ArrayList<>();
        InOrder<String> inOrder = new InOrder<>(1, Duration.ofMillis(200), handedOn::add);

        assertThatThrownBy(() -> {
            inOrder.submit("case quick", () -> "quick");
            inOrder.submit("case endless", () -> {
                pause(60_000);
                return "never";
            });
            inOrder.finish();
        }).isInstanceOf(InOrder.TooLongException.class)
                .hasMessage("case endless was not assessed within 200 ms: the rules may match too many combinations of"
                        + " facts, or build too much text, for this case; the run was stopped");
        inOrder.close();

        assertThat(handedOn).containsExactly("quick");
    }

    @Test
    void aJobPastTheTimeLimitWhileTheWindowIsFullStopsTheRunNamingThatJob() {
        List<String> handedOn = new ArrayList<>();
        InOrder<String> inOrder = new InOrder<>(1, Duration.ofMillis(200), handedOn::add);

        assertThatThrownBy(() -> {
            for (int i = 0; i < 100; i++) {
                inOrder.submit("case " + i, job(i, i == 40 ? 60_000 : 0));
            }
            inOrder.finish();
        }).isInstanceOf(InOrder.TooLongException.class)
                .hasMessageStartingWith("case 40 was not assessed within 200 ms");
        inOrder.close();

        assertThat(handedOn).hasSize(40).last().isEqualTo("case 39");
    }

    @Test
    void jobsEachWithinTheTimeLimitNeverStopTheRunThoughTogetherTheyTakeLonger() throws Exception {
        List<String> handedOn = new ArrayList<>();
        try (InOrder<String> inOrder = new InOrder<>(1, Duration.ofMillis(500), handedOn::add)) {
            for (int i = 0; i < 100; i++) {
                inOrder.submit("case " + i, job(i, i == 40 || i == 41 ? 300 : 0));
            }
            inOrder.finish();
        }

        assertThat(handedOn).hasSize(100).last().isEqualTo("case 99");
    }

    private static Supplier<String> job(int n, long millis) {
        return () -> {
            pause(millis);
            return "case " + n;
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
