package org.backpainkb;

import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.RiskTool;

/**
 * The risk that the back pain persists and disables, from a screening tool (contract statement 11).
 *
 * @param tool the tool scored
 * @param total the tool's total score, 0..9
 * @param psychosocial the tool's psychosocial subscore, 0..5
 * @param group LOW, MEDIUM or HIGH
 */
public record Risk(RiskTool tool, int total, int psychosocial, RiskGroup group) {
}
