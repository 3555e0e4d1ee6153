package org.backpainkb.internal;

import java.time.Duration;
import org.backpainkb.internal.matching.MatchClock;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * The time limit of one run of the rules, read in two places: before each firing, as the engine's
 * agenda filter, which halts the engine; and while the rules' conditions are matched, through the
 * clock that classes compiled with it call ({@link MatchClock}). Closing it stops that clock.
 */
final class Deadline implements AgendaFilter, AutoCloseable {
    private final KieSession session;
    private final long start = System.nanoTime();
    private final long nanos;
    /** The rule about to fire when the time limit had passed; null until then. */
    private String stoppedAt;

    private final boolean clocked;

    /**
     * Starts the time limit, and this thread's clock with it when the rules call it.
     *
     * @param session the session whose rules are about to fire
     * @param limit the longest they may run
     * @param clocked whether the rules' classes call the clock ({@link ClockedClasses}); the bundled
     *     rules' do not, so their assessments set no clock
     */
    Deadline(KieSession session, Duration limit, boolean clocked) {
        this.session = session;
        this.clocked = clocked;
        long n;
        try {
            n = limit.toNanos();
        } catch (ArithmeticException e) {
            n = Long.MAX_VALUE; // about 292 years
        }
        this.nanos = n;
        if (clocked) {
            MatchClock.start(start, nanos);
        }
    }

    /** Lets every match fire until the time limit, then halts the engine. */
    @Override
    public boolean accept(Match match) {
        if (System.nanoTime() - start <= nanos) {
            return true;
        }
        stoppedAt = match.getRule().getName();
        session.halt();
        return false;
    }

    /**
     * The rule about to fire when the time limit had passed.
     *
     * @return its name, or null when the engine was not halted before a firing
     */
    String stoppedAt() {
        return stoppedAt;
    }

    @Override
    public void close() {
        if (clocked) {
            MatchClock.stop();
        }
    }
}
