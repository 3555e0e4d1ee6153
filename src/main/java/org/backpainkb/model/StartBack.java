package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * The nine answers of the STarT Back Screening Tool (&copy; Keele University; Hill et al. 2008),
 * stored under the case format's keys; the items' wording is Keele's. An item is true when the
 * person agreed. Scoring follows the tool: {@link #total()} and {@link #psychosocial()}.
 *
 * @param legPain 1. back pain has spread down the leg(s) at some time in the last 2 weeks
 * @param shoulderOrNeckPain 2. pain in the shoulder or neck at some time in the last 2 weeks
 * @param walkedOnlyShortDistances 3. only walked short distances because of the back pain
 * @param dressedMoreSlowly 4. dressed more slowly than usual because of the back pain
 * @param notSafeToBeActive 5. it is not really safe for a person with this condition to be physically active
 * @param worryingThoughts 6. worrying thoughts have been going through the mind a lot of the time
 * @param neverGoingToGetBetter 7. the back pain is terrible and it is never going to get any better
 * @param notEnjoyingThings 8. in general, not enjoyed all the things used to enjoy
 * @param bothersomeness 9. how bothersome the back pain has been in the last 2 weeks
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record StartBack(boolean legPain, boolean shoulderOrNeckPain, boolean walkedOnlyShortDistances,
        boolean dressedMoreSlowly, boolean notSafeToBeActive, boolean worryingThoughts, boolean neverGoingToGetBetter,
        boolean notEnjoyingThings, Bothersomeness bothersomeness) {

    /**
     * Refuses a screening without its ninth answer.
     *
     * @param legPain 1. back pain has spread down the leg(s) at some time in the last 2 weeks
     * @param shoulderOrNeckPain 2. pain in the shoulder or neck at some time in the last 2 weeks
     * @param walkedOnlyShortDistances 3. only walked short distances because of the back pain
     * @param dressedMoreSlowly 4. dressed more slowly than usual because of the back pain
     * @param notSafeToBeActive 5. it is not really safe for a person with this condition to be physically active
     * @param worryingThoughts 6. worrying thoughts have been going through the mind a lot of the time
     * @param neverGoingToGetBetter 7. the back pain is terrible and it is never going to get any better
     * @param notEnjoyingThings 8. in general, not enjoyed all the things used to enjoy
     * @param bothersomeness 9. how bothersome the back pain has been in the last 2 weeks
     */
    public StartBack {
        Checks.required(bothersomeness, "bothersomeness", Bothersomeness.class);
    }

    /**
     * The tool's total score: items 1 to 8 agreed, plus one for a very or extremely bothersome pain.
     *
     * @return 0..9
     */
    public int total() {
        return count(legPain) + count(shoulderOrNeckPain) + count(walkedOnlyShortDistances) + count(dressedMoreSlowly)
                + psychosocial();
    }

    /**
     * The tool's psychosocial subscale: items 5 to 8 agreed, plus the same bothersomeness point.
     *
     * @return 0..5
     */
    public int psychosocial() {
        return count(notSafeToBeActive) + count(worryingThoughts) + count(neverGoingToGetBetter)
                + count(notEnjoyingThings) + (bothersomeness.scores() ? 1 : 0);
    }

    private static int count(boolean agreed) {
        return agreed ? 1 : 0;
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof StartBack other
                && legPain == other.legPain
                && shoulderOrNeckPain == other.shoulderOrNeckPain
                && walkedOnlyShortDistances == other.walkedOnlyShortDistances
                && dressedMoreSlowly == other.dressedMoreSlowly
                && notSafeToBeActive == other.notSafeToBeActive
                && worryingThoughts == other.worryingThoughts
                && neverGoingToGetBetter == other.neverGoingToGetBetter
                && notEnjoyingThings == other.notEnjoyingThings
                && Objects.equals(bothersomeness, other.bothersomeness);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Boolean.hashCode(legPain);
        h = 31 * h + Boolean.hashCode(shoulderOrNeckPain);
        h = 31 * h + Boolean.hashCode(walkedOnlyShortDistances);
        h = 31 * h + Boolean.hashCode(dressedMoreSlowly);
        h = 31 * h + Boolean.hashCode(notSafeToBeActive);
        h = 31 * h + Boolean.hashCode(worryingThoughts);
        h = 31 * h + Boolean.hashCode(neverGoingToGetBetter);
        h = 31 * h + Boolean.hashCode(notEnjoyingThings);
        h = 31 * h + Objects.hashCode(bothersomeness);
        return h;
    }
}
