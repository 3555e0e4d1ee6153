package org.backpainkb.internal.matching;

/**
 * The time limit's clock inside the matching of facts. The engine looks at the time limit only
 * between two firings, and it matches a rule's facts before the rule fires: rules pairing the facts
 * of two long lists through costly conditions matched for minutes without firing once, far past the
 * limit. So the library adds a call to {@link #tick()} at the start of every method of the classes
 * compiled from rules it checked, the conditions among them (see {@code ModuleLoader}): the rules'
 * own code counts how often it runs, and every {@value #TICKS_BETWEEN_LOOKS} calls the clock is read.
 *
 * <p>Public only because those classes live in a class loader of their own, to which the library
 * exports this package alone; rules cannot name it (the guard's allow-list does not list it).
 */
public final class MatchClock {

    /** Calls between two readings of the clock: a reading costs about as much as a few hundred calls. */
    static final int TICKS_BETWEEN_LOOKS = 1024;

    /**
     * The limit of the rules firing on this thread, or none. Set only while they fire and removed
     * after, so that a thread of the application's pool keeps nothing of the library's.
     */
    private static final ThreadLocal<Limit> FIRING = new ThreadLocal<>();

    private MatchClock() {
    }

    /** Counts a call of the rules' code, and stops the rules once the time limit has passed. */
    public static void tick() {
        Limit limit = FIRING.get();
        if (limit != null && --limit.ticksLeft <= 0) {
            limit.look();
        }
    }

    /**
     * Starts the clock for rules about to fire on this thread; {@link #stop()} must follow.
     *
     * @param start when the time limit started, from {@link System#nanoTime()}
     * @param nanos the time limit
     */
    public static void start(long start, long nanos) {
        FIRING.set(new Limit(start, nanos));
    }

    /** Stops this thread's clock: the rules have stopped firing. */
    public static void stop() {
        FIRING.remove();
    }

    /**
     * Whether a failure of the rules is the clock stopping them.
     *
     * @param failure what the engine threw
     * @return true when the time limit passed while the rules' code ran
     */
    public static boolean stoppedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeLimitPassed) {
                return true;
            }
        }
        return false;
    }

    /** A thread's time limit while its rules fire. */
    private static final class Limit {
        private final long start;
        private final long nanos;
        private int ticksLeft = TICKS_BETWEEN_LOOKS;

        Limit(long start, long nanos) {
            this.start = start;
            this.nanos = nanos;
        }

        void look() {
            if (System.nanoTime() - start > nanos) {
                // every later call throws too, so code that catches this one cannot carry the matching on
                ticksLeft = 0;
                throw new TimeLimitPassed();
            }
            ticksLeft = TICKS_BETWEEN_LOOKS;
        }
    }

    /** Thrown from the rules' code once the time limit has passed; its stack names the rule that ran. */
    private static final class TimeLimitPassed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimeLimitPassed() {
            super("the time limit passed while the rules' conditions were matched");
        }
    }
}
