package org.backpainkb.authoring;

import java.util.Objects;
import org.backpainkb.model.Case;

/**
 * A scenario: a case a rule author wrote, and what the rules must conclude about it.
 *
 * @param file where it was read from, as given
 * @param name a short name, shown in reports
 * @param description what it is about, or empty
 * @param input the case
 * @param expect what the rules must conclude
 */
public record Scenario(String file, String name, String description, Case input, Expectation expect) {

    /**
     * Refuses a scenario without a name, case or expectation.
     *
     * @param file where it was read from, as given
     * @param name a short name, shown in reports
     * @param description what it is about, or empty
     * @param input the case
     * @param expect what the rules must conclude
     */
    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expect, "expect");
    }
}
