package org.backpainkb.authoring;

/**
 * One way an assessment differs from what its scenario expects.
 *
 * @param field what was checked, e.g. {@code stage} or {@code clearances.WALKING}
 * @param expected what the scenario expects, in words
 * @param actual what the rules concluded
 */
public record Mismatch(String field, String expected, String actual) {
}
