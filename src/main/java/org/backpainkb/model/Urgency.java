package org.backpainkb.model;

/** How soon a person should see a doctor; later constants are more urgent. */
public enum Urgency implements Code {
    /** No referral needed. */
    NONE,
    /** Get checked at the next routine appointment. */
    ROUTINE,
    /** See a doctor urgently: today if possible, no later than the next day. */
    URGENT,
    /** Seek emergency care the same day. */
    EMERGENCY;

    /**
     * Whether this urgency is at least as urgent as another.
     *
     * @param other the urgency to compare with
     * @return true when this is as urgent or more
     */
    public boolean atLeast(Urgency other) {
        return compareTo(other) >= 0;
    }
}
