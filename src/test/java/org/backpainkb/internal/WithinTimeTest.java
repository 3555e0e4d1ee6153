package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Work within the limit gives its result; work past it is given up on and told to stop. */
class WithinTimeTest {

    @Test
    void workWithinTheLimitGivesWhatItGave() throws Exception {
        assertThat(WithinTime.run("quick", Duration.ofSeconds(10), () -> "done")).isEqualTo("done");
    }

    @Test
    void whatTheWorkThrowsComesBackHeld() {
        assertThatThrownBy(() -> WithinTime.run("failing", Duration.ofSeconds(10), () -> {
            throw new StackOverflowError("deep");
        })).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void workPastTheLimitIsGivenUpOnAndInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> WithinTime.run("endless", Duration.ofMillis(100), () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "never";
        })).isInstanceOf(TimeoutException.class);

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aDurationIsSaidInSecondsWhenWholeElseInMilliseconds() {
        assertThat(WithinTime.inWords(Duration.ofSeconds(10))).isEqualTo("10 s");
        assertThat(WithinTime.inWords(Duration.ofMillis(250))).isEqualTo("250 ms");
    }
}
