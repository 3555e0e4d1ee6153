package org.backpainkb.internal;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs the rule compiler under the root locale when the JVM's default locale does not case ASCII
 * letters as Java does. The Java code generator inside the compiler lower-cases Java keywords with
 * the default locale: under Turkish or Azerbaijani, {@code INT} becomes {@code ınt} (dotless i), and
 * rules with a comparison of whole numbers no longer compile. The default locale is the JVM's, so it
 * is switched for the compile and restored after it, one compile at a time, and only in those
 * locales: other threads of such a JVM see the root locale while rules compile.
 */
final class CompilerLocale {

    private static final Object LOCK = new Object();

    private CompilerLocale() {
    }

    /**
     * Runs a compile with a default locale that cases ASCII letters as Java does.
     *
     * @param compile the compile
     * @param <T> what it gives
     * @return what it gave
     */
    static <T> T neutral(Supplier<T> compile) {
        if (casesAsciiPlainly(Locale.getDefault())) {
            return compile.get();
        }
        synchronized (LOCK) {
            Locale before = Locale.getDefault();
            Locale display = Locale.getDefault(Locale.Category.DISPLAY);
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.ROOT);
            try {
                return compile.get();
            } finally {
                Locale.setDefault(before);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
        }
    }

    /** Whether a locale lower-cases I to i and upper-cases i to I, as Turkish and Azerbaijani do not. */
    static boolean casesAsciiPlainly(Locale locale) {
        return "I".toLowerCase(locale).equals("i") && "i".toUpperCase(locale).equals("I");
    }
}
