package org.backpainkb.model;

/**
 * The person assessed.
 *
 * @param age age in years, 0..120, or null when not given
 */
public record Person(Integer age) {
    /**
     * Checks the age's range.
     *
     * @param age age in years, 0..120, or null when not given
     */
    public Person {
        Checks.optionalRange(age, 0, 120, "age");
    }
}
