package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * A spinal movement's range of motion, as assessed.
 *
 * @param movement the movement
 * @param status the assessor's judgement: FULL or RESTRICTED
 * @param percentOfNormal the range as a percentage of normal, 0..100, or null when not measured
 * @param painful whether the movement hurts
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record MobilityFinding(Movement movement, MobilityStatus status,
        Integer percentOfNormal, boolean painful) implements Fact {

    /**
     * Checks every field against the case format.
     *
     * @param movement the movement
     * @param status the assessor's judgement: FULL or RESTRICTED
     * @param percentOfNormal the range as a percentage of normal, 0..100, or null when not measured
     * @param painful whether the movement hurts
     */
    public MobilityFinding {
        Checks.all(
                () -> Checks.required(movement, "movement", Movement.class),
                () -> Checks.required(status, "status", MobilityStatus.class),
                () -> Checks.optionalRange(percentOfNormal, 0, 100, "percentOfNormal"));
    }

    /**
     * A painless finding with no measured percentage.
     *
     * @param movement the movement
     * @param status FULL or RESTRICTED
     */
    public MobilityFinding(Movement movement, MobilityStatus status) {
        this(movement, status, null, false);
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MobilityFinding other
                && Objects.equals(movement, other.movement)
                && Objects.equals(status, other.status)
                && Objects.equals(percentOfNormal, other.percentOfNormal)
                && painful == other.painful;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(movement);
        h = 31 * h + Objects.hashCode(status);
        h = 31 * h + Objects.hashCode(percentOfNormal);
        h = 31 * h + Boolean.hashCode(painful);
        return h;
    }
}
