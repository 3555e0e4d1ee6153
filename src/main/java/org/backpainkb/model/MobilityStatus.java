package org.backpainkb.model;

/** The assessor's judgement of a spinal movement's range. */
public enum MobilityStatus implements Code {
    /** Full. */
    FULL,
    /** Restricted. */
    RESTRICTED;
}
