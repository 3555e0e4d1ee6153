package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.Problem;

/**
 * The problems one reading of a case finds: the first {@value #MOST_KEPT} kept whole, the rest only
 * counted. A file under the size limit can hold a million bad codes; keeping each with its message
 * took gigabytes, and only the first {@value CaseMapper#MAX_PROBLEMS_REPORTED} are ever reported.
 */
final class FoundProblems {

    /** The most problems kept whole; well above the number a refusal lists. */
    static final int MOST_KEPT = 1_000;

    private final List<Problem> kept = new ArrayList<>();
    private int found;

    void add(Problem problem) {
        found++;
        if (kept.size() < MOST_KEPT) {
            kept.add(problem);
        }
    }

    /**
     * Counts a problem without its words when no more are kept: words made for a million problems
     * took seconds, and were never read.
     *
     * @return true when it was counted, false when its words are still wanted ({@link #add})
     */
    boolean countedAlone() {
        if (kept.size() < MOST_KEPT) {
            return false;
        }
        found++;
        return true;
    }

    /** How many were found, kept or not: a mark to ask later what was found since. */
    int found() {
        return found;
    }

    boolean isEmpty() {
        return found == 0;
    }

    /** Whether some found were only counted, so that what was kept does not say all there is. */
    boolean someOnlyCounted() {
        return found > kept.size();
    }

    /**
     * The problems kept since a mark.
     *
     * @param mark a {@link #found()} of earlier
     * @return those kept after it
     */
    List<Problem> keptSince(int mark) {
        return mark >= kept.size() ? List.of() : kept.subList(mark, kept.size());
    }

    /**
     * The first problems, as a refusal lists them, with the count of the rest.
     *
     * @param most how many to list
     * @return at most {@code most}, and a last entry counting the rest
     */
    List<Problem> first(int most) {
        if (found <= most) {
            return List.copyOf(kept);
        }
        List<Problem> first = new ArrayList<>(kept.subList(0, most));
        first.add(new Problem("", InvalidCaseException.ProblemCode.NOT_LISTED, "and " + (found - most) + " more problems"));
        return first;
    }
}
