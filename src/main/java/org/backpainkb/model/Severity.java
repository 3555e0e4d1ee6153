package org.backpainkb.model;

/** How much a recommendation matters; later constants are more severe. */
public enum Severity implements Code {
    /** Worth knowing. */
    INFO,
    /** Change something. */
    WARNING,
    /** Act now. */
    CRITICAL
}
