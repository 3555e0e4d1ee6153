package org.backpainkb;

/**
 * Which knowledge base produced a result: the library's version and a hash of the rule files.
 * Two results with the same hash came from the same rules.
 *
 * @param version the library's version
 * @param rulesHash the SHA-256 of the rule files' names and contents, in hex
 */
public record KnowledgeBaseId(String version, String rulesHash) {
}
