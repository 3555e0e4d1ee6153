package org.backpainkb.rules;

import org.backpainkb.model.RedFlag;

/**
 * A screening question answered yes, as a fact rules can match ({@code ReportedRedFlag(flag ==
 * RedFlag.FEVER)} or {@code ReportedRedFlag(flag.urgency() == Urgency.EMERGENCY)}).
 *
 * @param flag the red flag
 */
public record ReportedRedFlag(RedFlag flag) {
}
