package org.backpainkb.rules;

import org.backpainkb.model.RiskGroup;

/**
 * The STarT Back risk group a screening scored (contract statement 11). It changes no stage,
 * referral or clearance.
 *
 * @param group LOW, MEDIUM or HIGH
 * @param total the total score, 0..9
 * @param psychosocial the psychosocial subscore, 0..5
 */
public record RiskOfPersistence(RiskGroup group, int total, int psychosocial) {
}
