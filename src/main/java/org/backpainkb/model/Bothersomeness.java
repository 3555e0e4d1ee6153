package org.backpainkb.model;

/**
 * The STarT Back Screening Tool's ninth item: how bothersome the back pain has been in the last
 * two weeks. VERY_MUCH and EXTREMELY score a point (the tool is &copy; Keele University).
 */
public enum Bothersomeness implements Code {
    /** Not at all. */
    NOT_AT_ALL,
    /** Slightly. */
    SLIGHTLY,
    /** Moderately. */
    MODERATELY,
    /** Very much: scores a point. */
    VERY_MUCH,
    /** Extremely: scores a point. */
    EXTREMELY;

    /**
     * Whether this answer scores the bothersomeness point.
     *
     * @return true for VERY_MUCH and EXTREMELY
     */
    public boolean scores() {
        return this == VERY_MUCH || this == EXTREMELY;
    }
}
