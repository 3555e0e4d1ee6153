package org.backpainkb.rules;

import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Urgency;

/**
 * A red flag calls for a doctor. The assessment's referral is the most urgent of these.
 *
 * @param urgency how soon
 * @param flag the flag behind it
 */
public record ReferralNeeded(Urgency urgency, RedFlag flag) {
}
