package org.backpainkb.model;

/** The direction of movement the symptoms say eases the back (contract statement 12). */
public enum DirectionalPreference implements Code {
    /** Walking, standing or bending backward worse; sitting or bending forward easing. */
    FLEXION,
    /** Sitting or bending forward worse; walking, standing or bending backward easing. */
    EXTENSION,
    /** No symptom points one way, or they point both ways. */
    NONE;

    /**
     * The exercise direction this preference asks for.
     *
     * @return FLEXION or EXTENSION, or NEUTRAL for NONE
     */
    public Direction direction() {
        return switch (this) {
            case FLEXION -> Direction.FLEXION;
            case EXTENSION -> Direction.EXTENSION;
            case NONE -> Direction.NEUTRAL;
        };
    }

    /**
     * The exercise direction this preference rules out.
     *
     * @return EXTENSION for FLEXION and the mirror; NEUTRAL (nothing ruled out) for NONE
     */
    public Direction against() {
        return switch (this) {
            case FLEXION -> Direction.EXTENSION;
            case EXTENSION -> Direction.FLEXION;
            case NONE -> Direction.NEUTRAL;
        };
    }
}
