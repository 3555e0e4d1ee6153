package org.backpainkb.model;

import java.util.Locale;

/**
 * A value of the case format's fixed vocabulary. Codes may be added, never renamed, so the
 * name is what crosses every boundary (JSON, YAML, DRL); {@link #inWords()} is for people.
 */
public interface Code {

    /**
     * The code exactly as the case format spells it.
     *
     * @return the code, in capitals
     */
    String name();

    /**
     * The code in plain words, for advice and explanations.
     *
     * @return the code in lower case with spaces, e.g. {@code "low back"}
     */
    default String inWords() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
