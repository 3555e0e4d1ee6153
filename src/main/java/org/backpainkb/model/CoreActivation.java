package org.backpainkb.model;

/**
 * Whether the deep core switches on, which is not the same as how strong it is.
 *
 * @param canActivateOnCue can find and switch on the deep core when asked
 * @param activatesDuringExercise switches it on when it counts: lifting, complex movement
 * @param strength how strong the core is, or null when not assessed
 */
public record CoreActivation(boolean canActivateOnCue, boolean activatesDuringExercise, CoreStrength strength) {
}
