package org.backpainkb.authoring;

import java.util.List;
import org.backpainkb.Assessment;

/**
 * The outcome of one scenario file.
 *
 * @param file the scenario file
 * @param name the scenario's name, or the file's when it could not be read
 * @param assessment what the rules concluded, or null when the file could not be read or assessed
 * @param mismatches how the assessment differs from the expectation; empty when it passed
 * @param error what of the file was refused (a misspelled expectation: the rest of it still ran and its
 *     mismatches are listed), or why the scenario could not run (an unreadable file, a refused case);
 *     null when it was read whole and ran
 */
public record ScenarioResult(String file, String name, Assessment assessment, List<Mismatch> mismatches,
        String error) {

    /**
     * Copies the list.
     *
     * @param file the scenario file
     * @param name the scenario's name, or the file's when it could not be read
     * @param assessment what the rules concluded, or null when the file could not be read or assessed
     * @param mismatches how the assessment differs from the expectation; empty when it passed
     * @param error why the scenario could not be run (an unreadable file, a refused case), or null
     */
    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
    }

    /**
     * Whether the rules concluded what the scenario expects.
     *
     * @return true when it ran and nothing differs
     */
    public boolean passed() {
        return error == null && mismatches.isEmpty();
    }
}
