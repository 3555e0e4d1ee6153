package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * Whether the deep core switches on, which is not the same as how strong it is.
 *
 * @param canActivateOnCue can find and switch on the deep core when asked
 * @param activatesDuringExercise switches it on when it counts: lifting, complex movement
 * @param strength how strong the core is, or null when not assessed
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record CoreActivation(boolean canActivateOnCue, boolean activatesDuringExercise, CoreStrength strength) {

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CoreActivation other
                && canActivateOnCue == other.canActivateOnCue
                && activatesDuringExercise == other.activatesDuringExercise
                && Objects.equals(strength, other.strength);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Boolean.hashCode(canActivateOnCue);
        h = 31 * h + Boolean.hashCode(activatesDuringExercise);
        h = 31 * h + Objects.hashCode(strength);
        return h;
    }
}
