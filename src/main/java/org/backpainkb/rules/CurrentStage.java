package org.backpainkb.rules;

import java.util.Objects;
import org.backpainkb.model.Stage;

/**
 * What to work on now.
 *
 * @param stage the stage reached
 */
public record CurrentStage(Stage stage) {

    /**
     * Refuses what no rule means to conclude, so that a rule writing it fails at once, by name.
     *
     * @param stage the stage
     */
    public CurrentStage {
        Objects.requireNonNull(stage, "stage");
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CurrentStage other && Objects.equals(stage, other.stage);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(stage);
        return h;
    }
}
