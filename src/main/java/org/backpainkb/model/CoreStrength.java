package org.backpainkb.model;

/** How strong the core is; strength is not activation. */
public enum CoreStrength implements Code {
    /** Weak. */
    WEAK,
    /** Average. */
    AVERAGE,
    /** Strong. */
    STRONG;
}
