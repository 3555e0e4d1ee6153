package org.backpainkb.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why exercise may hurt rather than help. A value, not a closed list: the case format's codes are
 * constants here, and rule authors declare more in {@code reason-codes.yaml} beside the rules, without
 * touching Java. The order is stable: the case format's codes by weight (the earlier constant is
 * weightier: when two reasons restrict a category equally, the weightier one is reported), then every
 * other code in alphabetical order.
 */
public final class ReasonCode implements Code, Comparable<ReasonCode> {

    /** The longest a reason code may be. */
    public static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    /** Possible serious pathology: see a doctor before any exercise advice. */
    public static final ReasonCode RED_FLAG = new ReasonCode("RED_FLAG", 0);
    /** Pain during or after exercise says the dose is wrong. */
    public static final ReasonCode PAIN_RESPONSE = new ReasonCode("PAIN_RESPONSE", 1);
    /** Stability training while spinal mobility is not yet restored. */
    public static final ReasonCode STABILITY_TOO_EARLY = new ReasonCode("STABILITY_TOO_EARLY", 2);
    /** The wrong kind of exercise, or the right one in the wrong order. */
    public static final ReasonCode WRONG_EXERCISE = new ReasonCode("WRONG_EXERCISE", 3);
    /** Faults in form, with or without load. */
    public static final ReasonCode POOR_FORM = new ReasonCode("POOR_FORM", 4);
    /** The core does not switch on when it counts, however strong it is. */
    public static final ReasonCode CORE_NOT_ACTIVATED = new ReasonCode("CORE_NOT_ACTIVATED", 5);
    /** Breath held or out of sync with the effort. */
    public static final ReasonCode IMPROPER_BREATHING = new ReasonCode("IMPROPER_BREATHING", 6);
    /** A medium or high risk that the pain persists and disables: the care needs more than exercise advice. */
    public static final ReasonCode PERSISTENCE_RISK = new ReasonCode("PERSISTENCE_RISK", 7);

    private static final List<ReasonCode> CONTRACT = List.of(RED_FLAG, PAIN_RESPONSE, STABILITY_TOO_EARLY,
            WRONG_EXERCISE, POOR_FORM, CORE_NOT_ACTIVATED, IMPROPER_BREATHING, PERSISTENCE_RISK);

    /** Codes the case format does not fix come after all of its own. */
    private static final int DECLARED_WEIGHT = Integer.MAX_VALUE;

    private final String name;
    private final int weight;

    private ReasonCode(String name, int weight) {
        this.name = name;
        this.weight = weight;
    }

    /**
     * The reason code with a name: the case format's constant when it is one of them.
     *
     * @param name the code in capitals with underscores, e.g. {@code DIRECTIONAL_PREFERENCE}
     * @return the code
     * @throws IllegalArgumentException when the name is not written as a code
     */
    @JsonCreator
    public static ReasonCode of(String name) {
        Objects.requireNonNull(name, "name");
        for (ReasonCode c : CONTRACT) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        if (!isWellFormed(name)) {
            String shown = name.length() > 60 ? name.substring(0, 60) + "..." : name;
            throw new IllegalArgumentException("'" + shown + "' is not a reason code: a code is written in capitals"
                    + " with underscores, such as DIRECTIONAL_PREFERENCE, in at most " + MAX_LENGTH + " characters");
        }
        return new ReasonCode(name, DECLARED_WEIGHT);
    }

    /**
     * Whether a text is written as a reason code: capitals, digits and single underscores, starting with a capital.
     *
     * @param name the text
     * @return true when {@link #of(String)} accepts it
     */
    public static boolean isWellFormed(String name) {
        // the length first: the pattern is matched one level deeper for each underscore, so a name of
        // thousands of them would overflow the stack
        return name != null && name.length() <= MAX_LENGTH && NAME.matcher(name).matches();
    }

    /**
     * The codes the case format fixes, weightiest first. Every rule set knows them; none may be removed.
     *
     * @return the contract's codes
     */
    public static List<ReasonCode> contractCodes() {
        return CONTRACT;
    }

    /**
     * Whether the case format fixes this code.
     *
     * @return true for one of the constants
     */
    public boolean isContractCode() {
        return weight != DECLARED_WEIGHT;
    }

    @Override
    @JsonValue
    public String name() {
        return name;
    }

    @Override
    public String inWords() {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Weightiest first: the contract's codes in their order, then the others by name. */
    @Override
    public int compareTo(ReasonCode other) {
        int byWeight = Integer.compare(weight, other.weight);
        return byWeight != 0 ? byWeight : name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReasonCode other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
