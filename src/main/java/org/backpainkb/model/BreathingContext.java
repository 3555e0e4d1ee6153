package org.backpainkb.model;

/** When a breathing pattern was observed. */
public enum BreathingContext implements Code {
    /** Rest. */
    REST,
    /** Exercise. */
    EXERCISE,
    /** Lifting. */
    LIFTING;
}
