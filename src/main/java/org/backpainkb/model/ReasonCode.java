package org.backpainkb.model;

/**
 * Why exercise may hurt rather than help. Five come from the article; RED_FLAG, PAIN_RESPONSE
 * and PERSISTENCE_RISK go past it where safety and practice demand. Earlier constants are weightier:
 * when two reasons restrict a category equally, the earlier one is reported.
 */
public enum ReasonCode implements Code {
    /** Possible serious pathology: see a doctor before any exercise advice. */
    RED_FLAG,
    /** Pain during or after exercise says the dose is wrong. */
    PAIN_RESPONSE,
    /** Stability training while spinal mobility is not yet restored. */
    STABILITY_TOO_EARLY,
    /** The wrong kind of exercise, or the right one in the wrong order. */
    WRONG_EXERCISE,
    /** Faults in form, with or without load. */
    POOR_FORM,
    /** The core does not switch on when it counts, however strong it is. */
    CORE_NOT_ACTIVATED,
    /** Breath held or out of sync with the effort. */
    IMPROPER_BREATHING,
    /** A STarT Back medium or high risk that the pain persists and disables: care needs more than exercise advice. */
    PERSISTENCE_RISK
}
