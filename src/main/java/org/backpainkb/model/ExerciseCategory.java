package org.backpainkb.model;

/** A kind of exercise; every assessment clears each of them. */
public enum ExerciseCategory implements Code {
    /** Walking. */
    WALKING,
    /** Aerobic. */
    AEROBIC,
    /** Mobility. */
    MOBILITY,
    /** Motor control. */
    MOTOR_CONTROL,
    /** Stability. */
    STABILITY,
    /** Core strength. */
    CORE_STRENGTH,
    /** Strength. */
    STRENGTH;
}
