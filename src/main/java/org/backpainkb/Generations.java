package org.backpainkb;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The knowledge bases a reloading knowledge base has served, reference-counted: one serves new
 * work; each one replaced is disposed of as soon as the last piece of work holding it lets go.
 */
final class Generations {

    private final AtomicReference<Generation> current;
    private final AtomicLong disposed = new AtomicLong();

    Generations(KnowledgeBase first) {
        this.current = new AtomicReference<>(new Generation(first));
    }

    /** The knowledge base serving new work now. */
    KnowledgeBase current() {
        return current.get().kb;
    }

    /**
     * Holds on to the knowledge base serving now; {@link Generation#release()} it when done.
     *
     * @return the generation held
     * @throws IllegalStateException when the one serving was retired without a successor: closed
     */
    Generation acquire() {
        while (true) {
            Generation g = current.get();
            if (g.tryAcquire()) {
                return g;
            }
            if (current.get() == g) {
                // retired and still current: nothing will ever replace it
                throw new IllegalStateException("this knowledge base is closed");
            }
            // replaced between reading and acquiring: take the new one
        }
    }

    /**
     * Puts a new knowledge base in service; the one it replaces is disposed of once unused.
     *
     * @param next the new knowledge base
     * @return the one it replaced
     */
    KnowledgeBase replace(KnowledgeBase next) {
        Generation previous = current.getAndSet(new Generation(next));
        previous.retire();
        return previous.kb;
    }

    /** Retires the one serving now: it is disposed of once unused. */
    void retireCurrent() {
        current.get().retire();
    }

    /** How many replaced knowledge bases have been disposed of. */
    long disposedCount() {
        return disposed.get();
    }

    /** One knowledge base and the work holding it; disposed once retired and unused. */
    final class Generation {
        private static final int RETIRED = 1 << 30;
        final KnowledgeBase kb;
        private final AtomicInteger state = new AtomicInteger();
        private final AtomicBoolean disposedFlag = new AtomicBoolean();

        private Generation(KnowledgeBase kb) {
            this.kb = kb;
        }

        private boolean tryAcquire() {
            while (true) {
                int s = state.get();
                if ((s & RETIRED) != 0) {
                    return false;
                }
                if (state.compareAndSet(s, s + 1)) {
                    return true;
                }
            }
        }

        /** Lets go of this generation; call once for each {@link #acquire()}. */
        void release() {
            if (state.decrementAndGet() == RETIRED) {
                dispose();
            }
        }

        private void retire() {
            if (state.getAndUpdate(s -> s | RETIRED) == 0) {
                dispose();
            }
        }

        private void dispose() {
            if (disposedFlag.compareAndSet(false, true)) {
                kb.compiledRules().close();
                disposed.incrementAndGet();
            }
        }
    }
}
