package org.backpainkb.rules;

/** No spinal movement is restricted. */
public record MobilityRestored() {
}
