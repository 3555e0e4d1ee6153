package org.backpainkb.rules;

import org.backpainkb.model.DirectionalPreference;

/**
 * The symptoms point one way only: the directional preference. Absent when they point nowhere or
 * both ways (the preference is then NONE).
 *
 * @param preference FLEXION or EXTENSION
 */
public record PreferredDirection(DirectionalPreference preference) {
}
