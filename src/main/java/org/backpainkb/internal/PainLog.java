package org.backpainkb.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.rules.LatestSessions;
import org.backpainkb.rules.PainLogWindow;
import org.backpainkb.rules.Thresholds;

/**
 * The facts the pain log gives the rules, computed from the sessions, the case's date and the
 * thresholds (contract statement 14): the window of counted days, and per category a summary of
 * its counted sessions. Computing "the latest N by date, ties included" here keeps loops out of
 * the rules; the decisions stay in the rules.
 */
public final class PainLog {

    private static final Comparator<ExerciseSession> NEWEST_FIRST =
            Comparator.comparing(ExerciseSession::date).reversed();

    private PainLog() {
    }

    /**
     * The pain log's facts.
     *
     * @param asOf the case's own date, or null to use the latest session's date
     * @param sessions every session of the case, counted or not
     * @param thresholds the window's length and how many sessions say ready to progress
     * @return the window (when there is a date) and a summary per category with a counted session
     */
    public static List<Object> facts(LocalDate asOf, Collection<ExerciseSession> sessions, Thresholds thresholds) {
        LocalDate to = asOf != null ? asOf
                : sessions.stream().map(ExerciseSession::date).max(Comparator.naturalOrder()).orElse(null);
        if (to == null) {
            return List.of();
        }
        PainLogWindow window = new PainLogWindow(to.minusDays(thresholds.painLogWindowDays()), to);
        Map<ExerciseCategory, List<ExerciseSession>> counted = new EnumMap<>(ExerciseCategory.class);
        for (ExerciseSession s : sessions) {
            if (window.includes(s.date())) {
                counted.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Object> facts = new ArrayList<>();
        facts.add(window);
        counted.forEach((category, list) -> facts.add(summary(category, list, thresholds.progressAfterSessions())));
        return facts;
    }

    /**
     * The latest {@code n} sessions by date, and every other session on the n-th latest date.
     *
     * @param sessions the category's counted sessions, in a list of this class's own: sorted in place
     */
    private static LatestSessions summary(ExerciseCategory category, List<ExerciseSession> sessions, int n) {
        List<ExerciseSession> newestFirst = sessions;
        newestFirst.sort(NEWEST_FIRST);
        LocalDate nth = newestFirst.get(Math.min(n, newestFirst.size()) - 1).date();
        int highest = 0;
        boolean worse = false;
        for (ExerciseSession s : newestFirst) {
            if (s.date().isBefore(nth)) {
                break;
            }
            highest = Math.max(highest, s.painDuring());
            worse |= s.painNextMorning() != null && s.painNextMorning() > s.painBefore();
        }
        return new LatestSessions(category, sessions.size(), highest, worse);
    }
}
