package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntPredicate;
import org.backpainkb.internal.matching.MatchClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The time limit's clock, added to classes compiled from rules: their methods stop once it has passed. */
class ClockedClassesTest {

    /** Stands in for a condition the compiler made of a rule: a class of its own with a method to call. */
    public static final class Condition implements IntPredicate {
        @Override
        public boolean test(int value) {
            return value < 0;
        }
    }

    @AfterEach
    void stopTheClock() {
        MatchClock.stop();
    }

    @Test
    void aClockedMethodThrowsOnceTheTimeLimitHasPassedAndEveryCallAfterThrowsToo() throws Exception {
        IntPredicate condition = clocked();
        MatchClock.start(System.nanoTime(), 0);

        Throwable stopped = null;
        int calls = 0;
        while (stopped == null && calls < 10_000) {
            int call = calls++;
            stopped = catchThrowable(() -> condition.test(call));
        }

        assertThat(MatchClock.stoppedBy(stopped)).isTrue();
        assertThat(calls).isLessThanOrEqualTo(1024);
        assertThat(MatchClock.stoppedBy(catchThrowable(() -> condition.test(1)))).isTrue();
    }

    @Test
    void withoutARunningClockOrWithinTheLimitAClockedMethodDoesWhatItDid() throws Exception {
        IntPredicate condition = clocked();

        assertThat(condition.test(-1)).isTrue();
        MatchClock.start(System.nanoTime(), Long.MAX_VALUE);
        assertThatCode(() -> {
            for (int i = 0; i < 10_000; i++) {
                assertThat(condition.test(i)).isFalse();
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void aFailureOfTheRulesIsTheClocksOnlyWhenItsCauseIs() {
        assertThat(MatchClock.stoppedBy(new IllegalStateException("a rule's own failure"))).isFalse();
        assertThat(MatchClock.stoppedBy(null)).isFalse();
    }

    /** The condition's class as the knowledge base defines it: clocked, in a class loader of its own. */
    private static IntPredicate clocked() throws Exception {
        String name = Condition.class.getName();
        byte[] bytes;
        try (InputStream in = Condition.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new IOException("no class file for " + name);
            }
            bytes = in.readAllBytes();
        }
        byte[] withClock = ClockedClasses.withClock(bytes);
        ClassLoader loader = new ClassLoader(ClockedClassesTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (className.equals(name)) {
                    synchronized (getClassLoadingLock(className)) {
                        Class<?> defined = findLoadedClass(className);
                        return defined != null ? defined : defineClass(className, withClock, 0, withClock.length);
                    }
                }
                return super.loadClass(className, resolve);
            }
        };
        return (IntPredicate) loader.loadClass(name).getDeclaredConstructor().newInstance();
    }
}
