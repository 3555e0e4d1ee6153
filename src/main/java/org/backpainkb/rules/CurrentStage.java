package org.backpainkb.rules;

import org.backpainkb.model.Stage;

/**
 * What to work on now.
 *
 * @param stage the stage reached
 */
public record CurrentStage(Stage stage) {
}
