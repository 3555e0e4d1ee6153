package org.backpainkb.model;

/**
 * Whether an exercise category is cleared. Later constants are more restrictive, and the most
 * restrictive decision for a category always wins, whatever order rules fire in.
 */
public enum Decision implements Code {
    /** Go ahead. */
    ALLOW,
    /** Go ahead with changes: less load, better form, lower dose. */
    MODIFY,
    /** Not yet: something else comes first. */
    DEFER,
    /** Do not do it until a doctor has cleared it. */
    STOP;

    /**
     * The more restrictive of two decisions.
     *
     * @param other the other decision
     * @return whichever restricts more
     */
    public Decision orStricter(Decision other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
