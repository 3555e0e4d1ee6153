package org.backpainkb.internal;

import java.util.Collection;
import java.util.Optional;

/** The known name a misspelled one most likely meant, for a "did you mean" in a message. */
public final class ClosestName {

    private ClosestName() {
    }

    /**
     * The known name written the same but for capitals; else the known name a few letters away from the
     * written one (a letter missing, added, changed or two
     * swapped count one each; at most a quarter of the name, and at least one), else the one that starts
     * with the longest part of it, four letters or more.
     *
     * @param written the name as written
     * @param known the names there are
     * @return the closest known name, or empty when none is close
     */
    public static Optional<String> among(String written, Collection<String> known) {
        for (String candidate : known) {
            if (candidate.equalsIgnoreCase(written)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int fewest = Math.max(1, written.length() / 4) + 1;
        for (String candidate : known) {
            int edits = edits(written, candidate, fewest);
            if (edits < fewest) {
                fewest = edits;
                best = candidate;
            }
        }
        return best != null ? Optional.of(best) : longestSharedStart(written, known);
    }

    /**
     * The closest known name as a message says it, " (did you mean X?)", or nothing when none is close.
     *
     * @param written the name as written
     * @param known the names there are
     * @return the words to add to a message, or an empty text
     */
    public static String didYouMean(String written, Collection<String> known) {
        return among(written, known).map(c -> " (did you mean " + c + "?)").orElse("");
    }

    private static Optional<String> longestSharedStart(String written, Collection<String> known) {
        String best = null;
        int longest = 3;
        for (String candidate : known) {
            int same = 0;
            while (same < Math.min(written.length(), candidate.length()) && written.charAt(same) == candidate.charAt(same)) {
                same++;
            }
            if (same > longest) {
                longest = same;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The edit distance with swaps, or {@code limit} once it cannot be less. */
    private static int edits(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], limit);
    }
}
