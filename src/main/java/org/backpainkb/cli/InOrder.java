package org.backpainkb.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.backpainkb.internal.WithinTime;

/**
 * Runs jobs on threads of their own and hands their outcomes on in the order the jobs came, on the
 * thread that submits them: that thread reads and writes while the jobs run, so even one job
 * thread keeps two cores busy. At most a fixed window of jobs is in flight: a long input is never
 * all in memory, and when it is full the submitting thread waits for its older half. A job
 * that runs past the time limit stops the whole run: an assessment takes microseconds, and one that
 * does not end (rules that match a huge number of combinations of facts) would otherwise hang it.
 *
 * @param <T> what a job gives
 */
final class InOrder<T> implements AutoCloseable {

    /** What is done with each outcome, in the jobs' order, on the submitting thread. */
    interface Next<T> {
        void accept(T outcome) throws IOException;
    }

    private static final int JOBS_PER_THREAD = 32;

    private final ExecutorService threads;
    private final int window;
    private final Next<T> next;
    private final Duration limit;
    private final Queue<Job<T>> inFlight = new ArrayDeque<>();

    /** A job in flight, and what it works on, in words. */
    private record Job<T>(String what, Future<T> future) {
    }

    /** Thrown when a job runs past the time limit; its thread is abandoned, and the run ends. */
    static final class TooLongException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TooLongException(String what, Duration limit) {
            super(what + " was not assessed within " + WithinTime.inWords(limit) + ": the rules may match too many"
                    + " combinations of facts, or build too much text, for this case; the run was stopped");
        }
    }

    /**
     * @param threads how many jobs run at once
     * @param limit the longest a job may run once it is the oldest in flight
     * @param next what is done with each outcome
     */
    InOrder(int threads, Duration limit, Next<T> next) {
        this.threads = Executors.newFixedThreadPool(threads, job -> {
            Thread t = new Thread(job, "assess");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * JOBS_PER_THREAD;
        this.limit = limit;
        this.next = next;
    }

    /**
     * Queues a job, and hands on the outcomes of earlier jobs that are ready, waiting for the older half
     * when the window is full.
     *
     * @param what what the job works on, in words, for a message
     * @param job the job
     * @throws IOException when handing on an outcome fails
     * @throws TooLongException when the oldest job runs past the time limit
     */
    void submit(String what, Supplier<T> job) throws IOException {
        if (inFlight.size() == window) {
            handOnOlderHalf();
        }
        inFlight.add(new Job<>(what, threads.submit(job::get)));
        while (!inFlight.isEmpty() && inFlight.peek().future().isDone()) {
            next.accept(outcome(inFlight.remove()));
        }
    }

    /**
     * Waits for the older half of the window and hands it on. This thread reads and writes faster
     * than a job runs, so waiting for the oldest job alone would put it to sleep and wake it again
     * for about every other case of a long run, two system calls each; waiting for the half's last
     * job first wakes it once a half window.
     */
    private void handOnOlderHalf() throws IOException {
        Job<T> oldest = inFlight.peek();
        if (!finishedInTime(inFlight.stream().skip(window / 2 - 1).findFirst().orElseThrow())
                && !oldest.future().isDone()) {
            // the oldest has been the oldest in flight for the whole wait
            throw new TooLongException(oldest.what(), limit);
        }
        while (inFlight.size() > window / 2) {
            next.accept(outcome(inFlight.remove()));
        }
    }

    /** Whether the job ends, well or not, within the time limit. */
    private boolean finishedInTime(Job<T> job) {
        try {
            job.future().get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assessing", e);
        }
    }

    /**
     * Waits for every job submitted and hands on their outcomes.
     *
     * @throws IOException when handing on an outcome fails
     * @throws TooLongException when a job runs past the time limit
     */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            next.accept(outcome(inFlight.remove()));
        }
    }

    @Override
    public void close() {
        inFlight.forEach(j -> j.future().cancel(true));
        threads.shutdownNow();
    }

    /** The job's outcome; what it threw is thrown here, as the job threw it. */
    private T outcome(Job<T> job) {
        try {
            // the oldest job is running or done by now: the executor takes jobs in order
            return job.future().get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new TooLongException(job.what(), limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while assessing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
