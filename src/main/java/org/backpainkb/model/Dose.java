package org.backpainkb.model;

/** What the pain log says about one category's dose (contract statement 14). */
public enum Dose implements Code {
    /** Ready to progress: the latest sessions were comfortable and settled. */
    INCREASE,
    /** Keep the dose as it is (in a deferred or stopped category: no progression). */
    KEEP,
    /** Lower the dose: a counted session hurt too much. */
    REDUCE
}
