package org.backpainkb;

/**
 * A rule failed while it was evaluated: its condition or consequence threw (a division by zero, a
 * missing value). Nothing is returned from such an evaluation; the knowledge base goes on serving
 * other cases.
 */
public final class RuleFailedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The rule that failed, or an empty string. */
    private final String rule;

    /**
     * A failed evaluation.
     *
     * @param rule the rule that failed, or an empty string when the engine did not say
     * @param cause what it threw
     */
    public RuleFailedException(String rule, Throwable cause) {
        super((rule.isEmpty() ? "a rule" : "rule \"" + rule + "\"") + " failed: " + describe(cause), withoutEngine(cause));
        this.rule = rule;
    }

    /**
     * The cause as the rule's own code threw it: the engine's wrappers are no type of the API, so a
     * caller (a modular application that does not read the engine's module) never meets one. An
     * engine's exception with no cause of its own becomes a plain one with its message and stack.
     */
    private static Throwable withoutEngine(Throwable cause) {
        Throwable t = cause;
        while (t != null && isEngines(t)) {
            if (t.getCause() == null || t.getCause() == t) {
                IllegalStateException plain = new IllegalStateException(t.getMessage());
                plain.setStackTrace(t.getStackTrace());
                return plain;
            }
            t = t.getCause();
        }
        return t;
    }

    private static boolean isEngines(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("org.kie.") || name.startsWith("org.drools.") || name.startsWith("org.mvel2.");
    }

    /**
     * The rule that failed.
     *
     * @return its name, or an empty string when the engine did not say
     */
    public String rule() {
        return rule;
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        if (!first.isEmpty() && refusedByTheLibrary(root)) {
            // a conclusion refusing what a rule gave it speaks to the rule author: no Java name before it
            return root instanceof NullPointerException ? first + " is missing" : first;
        }
        return root.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
    }

    /**
     * Whether the library's own code (a conclusion's constructor, the reading of the conclusions) refused
     * a value, rather than the rule's code failing: the first frame outside the JDK is a class of the
     * library's jar, which the rules' generated classes are not.
     */
    private static boolean refusedByTheLibrary(Throwable t) {
        if (!(t instanceof IllegalArgumentException || t instanceof IllegalStateException || t instanceof NullPointerException)) {
            return false;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("java.")) {
                continue;
            }
            String name = frame.getClassName();
            int nested = name.indexOf('$');
            String resource = (nested < 0 ? name : name.substring(0, nested)).replace('.', '/') + ".class";
            return name.startsWith("org.backpainkb.") && RuleFailedException.class.getClassLoader() != null
                    && RuleFailedException.class.getClassLoader().getResource(resource) != null;
        }
        return false;
    }
}
