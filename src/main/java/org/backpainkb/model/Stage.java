package org.backpainkb.model;

/** What to work on now, in the order recovery goes. */
public enum Stage implements Code {
    /** Restore the spine's range of motion first. */
    MOBILITY,
    /** Learn to switch the core on, and to breathe with the effort. */
    MOTOR_CONTROL,
    /** Build stability and strength on that base. */
    STABILITY_AND_STRENGTH;

    /**
     * The exercise category of this stage's work.
     *
     * @return MOBILITY, MOTOR_CONTROL or STABILITY
     */
    public ExerciseCategory workCategory() {
        return switch (this) {
            case MOBILITY -> ExerciseCategory.MOBILITY;
            case MOTOR_CONTROL -> ExerciseCategory.MOTOR_CONTROL;
            case STABILITY_AND_STRENGTH -> ExerciseCategory.STABILITY;
        };
    }
}
