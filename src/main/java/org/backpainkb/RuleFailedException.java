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
        super((rule.isEmpty() ? "a rule" : "rule \"" + rule + "\"") + " failed: " + describe(cause), cause);
        this.rule = rule;
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
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
