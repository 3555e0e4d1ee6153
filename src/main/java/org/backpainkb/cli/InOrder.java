package org.backpainkb.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs jobs on threads of their own and hands their outcomes on in the order the jobs came, on the
 * thread that submits them: that thread reads and writes while the jobs run, so even one job
 * thread keeps two cores busy. At most a fixed window of jobs is in flight: a long input is never
 * all in memory, and the submitting thread is held back while the oldest job is unfinished.
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
    private final Queue<Future<T>> inFlight = new ArrayDeque<>();

    /**
     * @param threads how many jobs run at once
     * @param next what is done with each outcome
     */
    InOrder(int threads, Next<T> next) {
        this.threads = Executors.newFixedThreadPool(threads, job -> {
            Thread t = new Thread(job, "assess");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * JOBS_PER_THREAD;
        this.next = next;
    }

    /**
     * Queues a job, and hands on the outcomes of earlier jobs that are ready, waiting for the oldest
     * when the window is full.
     *
     * @param job the job
     * @throws IOException when handing on an outcome fails
     */
    void submit(Supplier<T> job) throws IOException {
        if (inFlight.size() == window) {
            next.accept(outcome(inFlight.remove()));
        }
        inFlight.add(threads.submit(job::get));
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
            next.accept(outcome(inFlight.remove()));
        }
    }

    /**
     * Waits for every job submitted and hands on their outcomes.
     *
     * @throws IOException when handing on an outcome fails
     */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            next.accept(outcome(inFlight.remove()));
        }
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        threads.shutdownNow();
    }

    /** The job's outcome; what it threw is thrown here, as the job threw it. */
    private static <T> T outcome(Future<T> job) {
        try {
            return job.get();
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
