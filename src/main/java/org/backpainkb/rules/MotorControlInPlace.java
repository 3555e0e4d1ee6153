package org.backpainkb.rules;

/** The core switches on, on cue and during exercise, and breathing is diaphragmatic. */
public record MotorControlInPlace() {

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o instanceof MotorControlInPlace;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
