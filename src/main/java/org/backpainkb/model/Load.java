package org.backpainkb.model;

/** The load an exercise puts on the spine. */
public enum Load implements Code {
    /** None. */
    NONE,
    /** Bodyweight. */
    BODYWEIGHT,
    /** External. */
    EXTERNAL;
}
