package org.backpainkb.rules;

/** No spinal movement is restricted. */
public record MobilityRestored() {

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o instanceof MobilityRestored;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
