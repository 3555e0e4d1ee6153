package org.backpainkb;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.backpainkb.internal.DirectoryFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at a directory on a daemon thread of its own and, once an edit has settled (its fingerprint
 * unchanged for the debounce time), hands the new fingerprint to a reload, on that same thread. A
 * failure of one look is logged and the next look goes on.
 */
final class DirectoryPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryPoller.class);

    private final Path directory;
    private final long debounceNanos;
    /** Tries the directory as it is now; true when its rules were swapped in. Runs on the poller's thread. */
    private final BooleanSupplier reload;
    private final ScheduledExecutorService thread;

    // touched by the poller's thread only, but for the first fingerprint, set before it starts
    private static final String GONE = "the directory is gone";

    private String loadedFingerprint;
    private String pendingFingerprint;
    private long pendingSince;

    /**
     * Starts following a directory.
     *
     * @param directory the directory
     * @param loadedFingerprint the fingerprint of the rules serving now
     * @param pollInterval how often to look
     * @param debounce how long an edit must stay unchanged before it is reloaded
     * @param reload tries a reload of the directory as it is now
     */
    DirectoryPoller(Path directory, String loadedFingerprint, Duration pollInterval, Duration debounce,
            BooleanSupplier reload) {
        this.directory = directory;
        this.loadedFingerprint = loadedFingerprint;
        this.debounceNanos = debounce.toNanos();
        this.reload = reload;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "backpain-kb-rules-watcher");
            t.setDaemon(true);
            return t;
        });
        long poll = pollInterval.toNanos();
        thread.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.NANOSECONDS);
    }

    /**
     * Looks now, without waiting for the next poll or the debounce time, and reloads on any change.
     *
     * @return completes with what the reload said, false when nothing changed
     */
    CompletableFuture<Boolean> reloadNow() {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    String fingerprint = fingerprint();
                    done.complete(!fingerprint.equals(loadedFingerprint) && attempt(fingerprint));
                } catch (Throwable e) { // NOPMD - the caller hears of any failure; the poller goes on
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new IllegalStateException("this knowledge base is closed"));
        }
        return done;
    }

    /** Stops looking, waiting a little for a reload under way to end. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        try {
            String fingerprint = fingerprint();
            if (fingerprint.equals(loadedFingerprint)) {
                pendingFingerprint = null;
                return;
            }
            long now = System.nanoTime();
            if (!fingerprint.equals(pendingFingerprint)) {
                pendingFingerprint = fingerprint;
                pendingSince = now;
                return;
            }
            if (now - pendingSince >= debounceNanos) {
                pendingFingerprint = null;
                attempt(fingerprint);
            }
        } catch (UncheckedIOException e) {
            // a file vanished or was half written between listing and reading: look again next time
            LOG.debug("Could not read the rules in {} this time: {}", directory, e.getMessage());
        } catch (Throwable e) { // NOPMD - an exception would end the polling for good
            LOG.warn("Following the rules in {} failed once; still following", directory, e);
        }
    }

    /**
     * What the directory holds now. A directory gone (moved, deleted, unmounted) is a state of its
     * own: tried once like an edit, its refusal ("no such rules directory") reaches the listener, and
     * its coming back is a change again.
     */
    private String fingerprint() {
        return Files.isDirectory(directory) ? DirectoryFingerprint.of(directory) : GONE;
    }

    /** An edit is tried once: a refused one is not tried again until the directory changes again. */
    private boolean attempt(String fingerprint) {
        loadedFingerprint = fingerprint;
        return reload.getAsBoolean();
    }
}
