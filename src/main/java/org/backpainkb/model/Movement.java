package org.backpainkb.model;

/** A spinal movement whose range is assessed. */
public enum Movement implements Code {
    /** Flexion. */
    FLEXION,
    /** Extension. */
    EXTENSION,
    /** Rotation. */
    ROTATION,
    /** Side bending. */
    SIDE_BENDING;
}
