package org.backpainkb;

import java.util.List;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Urgency;

/**
 * Whether, and how soon, the person should see a doctor before going on.
 *
 * @param urgency NONE, ROUTINE, URGENT or EMERGENCY: the most urgent of the red flags
 * @param redFlags every red flag behind it, in the case format's order
 */
public record Referral(Urgency urgency, List<RedFlag> redFlags) {

    /** No red flags, no referral. */
    public static final Referral NONE = new Referral(Urgency.NONE, List.of());

    /**
     * Copies the flags.
     *
     * @param urgency NONE, ROUTINE, URGENT or EMERGENCY: the most urgent of the red flags
     * @param redFlags every red flag behind it, in the case format's order
     */
    public Referral {
        redFlags = List.copyOf(redFlags);
    }
}
