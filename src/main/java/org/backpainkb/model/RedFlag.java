package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * A screening question answered yes that may point to serious pathology. Each flag carries the
 * urgency of the referral it calls for.
 */
@JsonDeserialize(using = ValueDeserializer.class)
public enum RedFlag implements Code, Fact {
    /** Numbness in the saddle area: possible cauda equina syndrome. */
    SADDLE_NUMBNESS(Urgency.EMERGENCY),
    /** New trouble passing or holding urine: possible cauda equina syndrome. */
    BLADDER_DYSFUNCTION(Urgency.EMERGENCY),
    /** New loss of bowel control: possible cauda equina syndrome. */
    BOWEL_DYSFUNCTION(Urgency.EMERGENCY),
    /** Weakness in both legs: possible cauda equina syndrome. */
    BILATERAL_LEG_WEAKNESS(Urgency.EMERGENCY),
    /** Leg weakness that is getting worse. */
    PROGRESSIVE_LEG_WEAKNESS(Urgency.URGENT),
    /** Fever with back pain: possible infection. */
    FEVER(Urgency.URGENT),
    /** A fall, crash or other significant trauma: possible fracture. */
    SIGNIFICANT_TRAUMA(Urgency.URGENT),
    /** A history of cancer: possible metastasis. */
    HISTORY_OF_CANCER(Urgency.URGENT),
    /** Weight loss with no explanation. */
    UNEXPLAINED_WEIGHT_LOSS(Urgency.URGENT),
    /** A weakened immune system: possible infection. */
    IMMUNOSUPPRESSION(Urgency.URGENT),
    /** Intravenous drug use: possible infection. */
    IV_DRUG_USE(Urgency.URGENT),
    /** Pain at night. */
    NIGHT_PAIN(Urgency.ROUTINE),
    /** Pain that rest does not relieve. */
    PAIN_UNRELIEVED_BY_REST(Urgency.ROUTINE),
    /** Long-term use of steroids: possible osteoporotic fracture. */
    PROLONGED_STEROID_USE(Urgency.ROUTINE);

    private final Urgency urgency;

    RedFlag(Urgency urgency) {
        this.urgency = urgency;
    }

    /**
     * How urgent a referral this flag calls for.
     *
     * @return ROUTINE, URGENT or EMERGENCY
     */
    public Urgency urgency() {
        return urgency;
    }
}
