package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * What hurts, how much, and what makes it worse or better. The activities are sets: each is kept
 * once, in the order first given, and two symptoms that differ only in the order of their activities
 * are equal (so a live session removes or replaces a symptom however its activities are listed).
 *
 * @param region where it is felt
 * @param intensity the numeric pain rating, 0..10
 * @param aggravatedBy activities that make it worse, each once; empty when none
 * @param relievedBy activities that ease it, each once; empty when none
 * @param belowKnee whether pain or tingling reaches below the knee
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record Symptom(Region region, int intensity, List<Activity> aggravatedBy, List<Activity> relievedBy,
        boolean belowKnee) implements Fact {

    /**
     * Checks every field against the case format.
     *
     * @param region where it is felt
     * @param intensity the numeric pain rating, 0..10
     * @param aggravatedBy activities that make it worse; empty when none
     * @param relievedBy activities that ease it; empty when none
     * @param belowKnee whether pain or tingling reaches below the knee
     */
    public Symptom {
        List<Activity> worse = aggravatedBy;
        List<Activity> better = relievedBy;
        Checks.all(
                () -> Checks.required(region, "region", Region.class),
                () -> Checks.range(intensity, 0, 10, "intensity"),
                () -> Checks.list(worse, "aggravatedBy"),
                () -> Checks.list(better, "relievedBy"));
        aggravatedBy = Checks.codes(aggravatedBy, "aggravatedBy");
        relievedBy = Checks.codes(relievedBy, "relievedBy");
    }

    /**
     * A symptom above the knee with nothing known to ease it.
     *
     * @param region where it is felt
     * @param intensity the numeric pain rating, 0..10
     * @param aggravatedBy activities that make it worse
     */
    public Symptom(Region region, int intensity, Activity... aggravatedBy) {
        // as a list that may hold a null, so that a null activity is refused at its index like any other
        this(region, intensity, Arrays.asList(aggravatedBy), List.of(), false);
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Symptom other
                && Objects.equals(region, other.region)
                && intensity == other.intensity
                && Checks.asSet(aggravatedBy) == Checks.asSet(other.aggravatedBy)
                && Checks.asSet(relievedBy) == Checks.asSet(other.relievedBy)
                && belowKnee == other.belowKnee;
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(region);
        h = 31 * h + Integer.hashCode(intensity);
        h = 31 * h + Long.hashCode(Checks.asSet(aggravatedBy));
        h = 31 * h + Long.hashCode(Checks.asSet(relievedBy));
        h = 31 * h + Boolean.hashCode(belowKnee);
        return h;
    }
}
