package org.backpainkb.rules;

/**
 * When not to use an exercise of the library: each entry's {@code avoidWhen} lists these, and a
 * rule of {@code suggested-exercises.drl} says when each holds.
 */
public enum Contraindication implements org.backpainkb.model.Code {
    /** Pain or tingling below the knee together with painful forward bending. */
    PAIN_BELOW_KNEE_WITH_PAINFUL_FLEXION,
    /** Forward bending hurts on assessment. */
    PAINFUL_FLEXION,
    /** Bending backward hurts on assessment. */
    PAINFUL_EXTENSION,
    /** A symptom gets worse with lifting. */
    LIFTING_AGGRAVATED,
    /** A symptom gets worse with sitting: no exercise done seated. */
    SITTING_AGGRAVATED,
    /**
     * A fracture of the spine is not ruled out yet (older age with long-term steroids): no lifting of
     * weights, nothing that bends or twists the spine over and over.
     */
    FRACTURE_NOT_RULED_OUT,
    /** Twisting hurts on assessment, or a symptom gets worse with twisting: no exercise that turns the spine. */
    PAINFUL_ROTATION
}
