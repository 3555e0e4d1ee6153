package org.backpainkb.examples.kafka;

import java.util.Objects;

/**
 * The topology's three topics.
 *
 * @param events the input: person events, keyed by person id
 * @param changes the output: the changes of each person's assessment, keyed by person id
 * @param deadLetters refused events, each with its problems, keyed by person id
 */
public record Topics(String events, String changes, String deadLetters) {

    /** {@code person-events}, {@code assessment-changes} and {@code person-events-dlq}. */
    public static final Topics DEFAULTS = new Topics("person-events", "assessment-changes", "person-events-dlq");

    /**
     * Checks that every topic is named.
     *
     * @param events the input
     * @param changes the output
     * @param deadLetters the dead-letter topic
     */
    public Topics {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(deadLetters, "deadLetters");
    }
}
