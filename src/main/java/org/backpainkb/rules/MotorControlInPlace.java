package org.backpainkb.rules;

/** The core switches on, on cue and during exercise, and breathing is diaphragmatic. */
public record MotorControlInPlace() {
}
