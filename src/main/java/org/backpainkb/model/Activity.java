package org.backpainkb.model;

/** An activity that makes a symptom worse or eases it. */
public enum Activity implements Code {
    /** Walking. */
    WALKING,
    /** Running. */
    RUNNING,
    /** Standing. */
    STANDING,
    /** Sitting. */
    SITTING,
    /** Bending forward. */
    BENDING_FORWARD,
    /** Bending backward. */
    BENDING_BACKWARD,
    /** Lifting. */
    LIFTING,
    /** Twisting. */
    TWISTING,
    /** Exercise. */
    EXERCISE;
}
