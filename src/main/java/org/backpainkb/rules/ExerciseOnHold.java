package org.backpainkb.rules;

/**
 * An urgent or emergency referral puts all exercise advice on hold: exercise rules say
 * {@code not ExerciseOnHold()}.
 */
public record ExerciseOnHold() {
}
