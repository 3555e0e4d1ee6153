package org.backpainkb.model;

/** A fault in form seen while exercising. */
public enum FormFault implements Code {
    /** Rounded back under load. */
    ROUNDED_BACK_UNDER_LOAD,
    /** Excessive arch. */
    EXCESSIVE_ARCH,
    /** Twisting under load. */
    TWISTING_UNDER_LOAD,
    /** Loss of neutral spine. */
    LOSS_OF_NEUTRAL_SPINE,
    /** Momentum instead of control. */
    MOMENTUM_INSTEAD_OF_CONTROL;
}
