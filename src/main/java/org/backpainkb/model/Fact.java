package org.backpainkb.model;

/**
 * One of the many-at-a-time facts of a {@link Case}: what a live
 * {@link org.backpainkb.PersonSession} adds, removes and replaces, and what
 * {@link Case#with(Fact)} and {@link Case#without(Fact)} take. Facts are compared by value, and a
 * case's lists hold entries as a case file writes them: two equal facts are two entries (two
 * identical rides on one day are two sessions of the exercise log).
 *
 * <p>The facts a case has one of at a time (the person, the core activation, the STarT Back
 * answers and the date) are not facts in this sense: they are set, not added.
 *
 * <p>A red flag is its {@link RedFlag} code itself rather than a record wrapping it: the code is
 * already a value equal only to itself, a case lists red flags as codes, and a wrapper would be one
 * more type to learn for nothing it could add.
 */
public sealed interface Fact
        permits Symptom, RedFlag, MobilityFinding, BreathingObservation, Exercise, FormError, ExerciseSession {
}
