package org.backpainkb.rules;

/**
 * An urgent or emergency referral stands: every exercise category is stopped until a doctor has
 * seen the person. The exercise rules still report what they find; advice that only makes sense
 * while exercise goes on (the routine red flag's "carry on meanwhile") says
 * {@code not ExerciseOnHold()}.
 */
public record ExerciseOnHold() {

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o instanceof ExerciseOnHold;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
