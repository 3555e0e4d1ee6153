package org.backpainkb.model;

/** The load an exercise puts on the spine. */
public enum Load implements Code {
    /** None. */
    NONE,
    /** Bodyweight. */
    BODYWEIGHT,
    /** External. */
    EXTERNAL;

    /**
     * The load in words as a text says it: "no load", "bodyweight", "external load".
     *
     * @return the words
     */
    @Override
    public String inWords() {
        return switch (this) {
            case NONE -> "no load";
            case BODYWEIGHT -> "bodyweight";
            case EXTERNAL -> "external load";
        };
    }
}
