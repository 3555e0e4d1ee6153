package org.backpainkb.rules;

import org.backpainkb.model.DirectionalPreference;

/**
 * At least one symptom's pattern points to a direction (contract statement 12).
 *
 * @param direction FLEXION or EXTENSION
 */
public record SymptomsPoint(DirectionalPreference direction) {
}
