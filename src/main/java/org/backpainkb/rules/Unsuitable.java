package org.backpainkb.rules;

/**
 * An exercise of the library that does not suit this person now: no suggestion rule picks it.
 *
 * @param exerciseId the library exercise's id
 */
public record Unsuitable(String exerciseId) {
}
