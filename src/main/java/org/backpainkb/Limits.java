package org.backpainkb;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one assessment may go before it is stopped: the most rule firings, and the longest time.
 *
 * @param firings the most rule firings, 1 or more
 * @param time the longest an assessment's rules may run, more than zero
 */
record Limits(int firings, Duration time) {

    /** The default most rule firings in one assessment. */
    static final int DEFAULT_FIRINGS = 10_000;

    /** The default longest time the rules of one assessment may run. */
    static final Duration DEFAULT_TIME = Duration.ofSeconds(10);

    static final Limits DEFAULT = new Limits(DEFAULT_FIRINGS, DEFAULT_TIME);

    Limits {
        checkFirings(firings);
        checkTime(time);
    }

    Limits withFirings(int value) {
        return new Limits(value, time);
    }

    Limits withTime(Duration value) {
        return new Limits(firings, value);
    }

    /** The one check of a firing limit, shared by every builder that takes one. */
    static int checkFirings(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("firingLimit: must be 1 or more, was " + limit);
        }
        return limit;
    }

    /** The one check of a time limit, shared by every builder that takes one. */
    static Duration checkTime(Duration limit) {
        Objects.requireNonNull(limit, "timeLimit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("timeLimit: must be more than zero, was " + limit);
        }
        return limit;
    }
}
