package org.backpainkb.model;

/** What to work on now, in the order recovery goes. */
public enum Stage implements Code {
    /** Restore the spine's range of motion first. */
    MOBILITY,
    /** Learn to switch the core on, and to breathe with the effort. */
    MOTOR_CONTROL,
    /** Build stability and strength on that base. */
    STABILITY_AND_STRENGTH
}
