package org.backpainkb.model;

/** The direction an exercise moves the spine in. */
public enum Direction implements Code {
    /** Bending forward: knees to chest, sitting, cycling. */
    FLEXION,
    /** Bending backward: press-ups lying face down, standing back bends, walking tall. */
    EXTENSION,
    /** Neither: the spine held in neutral. */
    NEUTRAL
}
