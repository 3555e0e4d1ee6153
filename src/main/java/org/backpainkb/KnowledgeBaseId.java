package org.backpainkb;

import java.util.Objects;
import org.backpainkb.rules.Thresholds;

/**
 * Which knowledge base produced a result: the library's version, a hash of the rule files and
 * the thresholds the rules read. Two results with the same id came from the same rules with the
 * same thresholds; the hash alone does not tell an edit of {@code thresholds.yaml} (or thresholds
 * given to the builder) from the rules as shipped.
 *
 * @param version the library's version
 * @param rulesHash the SHA-256 of the rule files' names and contents, in hex
 * @param thresholds the thresholds in force
 */
public record KnowledgeBaseId(String version, String rulesHash, Thresholds thresholds) {

    /**
     * Checks that every part is given.
     *
     * @param version the library's version
     * @param rulesHash the SHA-256 of the rule files' names and contents, in hex
     * @param thresholds the thresholds in force
     */
    public KnowledgeBaseId {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rulesHash, "rulesHash");
        Objects.requireNonNull(thresholds, "thresholds");
    }
}
