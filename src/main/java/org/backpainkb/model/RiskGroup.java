package org.backpainkb.model;

/** The STarT Back Screening Tool's risk groups: the risk that back pain persists and disables. */
public enum RiskGroup implements Code {
    /** Low risk: advice, reassurance and activity. */
    LOW,
    /** Medium risk: physiotherapist-led exercise. */
    MEDIUM,
    /** High risk: physiotherapy that also addresses worry and fear about activity. */
    HIGH
}
