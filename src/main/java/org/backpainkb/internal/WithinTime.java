package org.backpainkb.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Work run on a thread of its own and abandoned at a time limit: scenarios of rules edited elsewhere.
 * Each assessment stops at its own time limit, also while it matches facts; a run of many scenarios
 * can still outlast what its caller will wait, and is given up on.
 */
public final class WithinTime {

    private WithinTime() {
    }

    /**
     * Runs work on a daemon thread and waits for it, at most the limit.
     *
     * @param threadName the thread's name
     * @param limit the longest to wait
     * @param work the work
     * @param <T> what the work gives
     * @return what the work gave
     * @throws TimeoutException when the work runs past the limit: its thread is interrupted and left
     * @throws ExecutionException holding what the work threw
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public static <T> T run(String threadName, Duration limit, Supplier<T> work)
            throws TimeoutException, ExecutionException, InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread runner = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) { // NOPMD - handed to the waiting thread, whatever it is
                result.completeExceptionally(e);
            }
        }, threadName);
        runner.setDaemon(true);
        runner.start();
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            runner.interrupt();
            throw e;
        }
    }

    /**
     * A duration as a message says it.
     *
     * @param d the duration
     * @return "10 s", or "250 ms" when it is not a whole number of seconds
     */
    public static String inWords(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
