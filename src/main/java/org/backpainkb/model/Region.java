package org.backpainkb.model;

/** Where a symptom is felt. */
public enum Region implements Code {
    /** Low back. */
    LOW_BACK,
    /** Mid back. */
    MID_BACK,
    /** Upper back. */
    UPPER_BACK,
    /** Buttock. */
    BUTTOCK,
    /** Leg. */
    LEG;
}
