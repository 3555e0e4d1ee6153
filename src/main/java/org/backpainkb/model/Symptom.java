package org.backpainkb.model;

import java.util.List;

/**
 * What hurts, how much, and what makes it worse or better.
 *
 * @param region where it is felt
 * @param intensity the numeric pain rating, 0..10
 * @param aggravatedBy activities that make it worse; empty when none
 * @param relievedBy activities that ease it; empty when none
 * @param belowKnee whether pain or tingling reaches below the knee
 */
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
        aggravatedBy = Checks.list(aggravatedBy, "aggravatedBy");
        relievedBy = Checks.list(relievedBy, "relievedBy");
    }

    /**
     * A symptom above the knee with nothing known to ease it.
     *
     * @param region where it is felt
     * @param intensity the numeric pain rating, 0..10
     * @param aggravatedBy activities that make it worse
     */
    public Symptom(Region region, int intensity, Activity... aggravatedBy) {
        this(region, intensity, List.of(aggravatedBy), List.of(), false);
    }
}
