package org.backpainkb.rules;

import java.util.Objects;
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

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param group LOW, MEDIUM or HIGH
     * @param total the total score, 0..9
     * @param psychosocial the psychosocial subscore, 0..5
     */
    public RiskOfPersistence {
        Objects.requireNonNull(group, "group");
        if (total < 0 || total > 9 || psychosocial < 0 || psychosocial > 5 || psychosocial > total) {
            throw new IllegalArgumentException("a STarT Back total is 0 to 9 and its psychosocial subscore 0 to 5, at"
                    + " most the total; got " + total + " and " + psychosocial);
        }
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RiskOfPersistence other
                && Objects.equals(group, other.group)
                && total == other.total
                && psychosocial == other.psychosocial;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(group);
        h = 31 * h + Integer.hashCode(total);
        h = 31 * h + Integer.hashCode(psychosocial);
        return h;
    }
}
