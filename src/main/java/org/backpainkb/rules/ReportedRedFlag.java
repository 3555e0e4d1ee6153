package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.RedFlag;

/**
 * A screening question answered yes, as a fact rules can match ({@code ReportedRedFlag(flag ==
 * RedFlag.FEVER)} or {@code ReportedRedFlag(flag.urgency() == Urgency.EMERGENCY)}).
 *
 * @param flag the red flag
 */
public record ReportedRedFlag(RedFlag flag) {

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ReportedRedFlag other && Objects.equals(flag, other.flag);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(flag);
        return h;
    }
}
