package org.backpainkb.internal;

/** A rule file of one rule, built around the conditions a test is about. */
final class OneRuleFile {

    /** The line the rule's first condition is on. */
    static final int CONDITION_LINE = 9;

    private static final String HEADER = "package org.backpainkb.rules;\n\nimport org.backpainkb.model.*;\n\n";

    private OneRuleFile() {
    }

    /**
     * A file whose one rule has these conditions and an empty then block.
     *
     * @param when the conditions, the first of them on {@link #CONDITION_LINE}
     * @return the file, as the checks read it
     */
    static DrlText withConditions(String when) {
        return new DrlText("test.drl", HEADER + "rule \"r\"\n    @reason(WRONG_EXERCISE)\n    @source(\"seed-wrong-exercise\")\n"
                + "when\n    " + when + "\nthen\nend\n");
    }
}
