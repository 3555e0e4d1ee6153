package org.backpainkb.model;

/** An observed way of breathing. */
public enum BreathingPattern implements Code {
    /** Diaphragmatic. */
    DIAPHRAGMATIC,
    /** Breath holding. */
    BREATH_HOLDING,
    /** Chest breathing. */
    CHEST_BREATHING,
    /** Paradoxical. */
    PARADOXICAL;
}
