package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Urgency;

/**
 * A red flag calls for a doctor. The assessment's referral is the most urgent of these.
 *
 * @param urgency how soon
 * @param flag the flag behind it
 */
public record ReferralNeeded(Urgency urgency, RedFlag flag) {

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param urgency how soon
     * @param flag the flag behind it
     */
    public ReferralNeeded {
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(flag, "flag");
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ReferralNeeded other
                && Objects.equals(urgency, other.urgency)
                && Objects.equals(flag, other.flag);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(urgency);
        h = 31 * h + Objects.hashCode(flag);
        return h;
    }
}
