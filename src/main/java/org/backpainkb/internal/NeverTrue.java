package org.backpainkb.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comparison of a field with a number that no case can meet: {@code intensity >= 40} when pain is
 * rated 0..10 (as if it were out of 100), {@code age > 150}. A rule holding one never fires, and
 * nothing else says so: a scenario that checks only the referral passes beside it. The ranges are the
 * case format's; a case outside them is refused before any rule sees it.
 */
final class NeverTrue {

    /** The case format's ranges, by fact and field. */
    private static final Map<String, int[]> RANGES = Map.of(
            "Person.age", new int[] {0, 120},
            "Symptom.intensity", new int[] {0, 10},
            "MobilityFinding.percentOfNormal", new int[] {0, 100},
            "Exercise.sessionsPerWeek", new int[] {0, 21},
            "ExerciseSession.painBefore", new int[] {0, 10},
            "ExerciseSession.painDuring", new int[] {0, 10},
            "ExerciseSession.painNextMorning", new int[] {0, 10},
            "ExerciseSession.riseNextMorning", new int[] {-10, 10});

    /** A field compared with a whole number, either way round; not a field of another fact ($s.age). */
    private static final Pattern FIELD_FIRST = Pattern.compile("(?<![\\w$.])([a-z]\\w*)\\s*(==|>=|<=|>|<)\\s*(-?\\d{1,9})(?![\\w.])");
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?<![\\w$.])(-?\\d{1,9})\\s*(==|>=|<=|>|<)\\s*([a-z]\\w*)(?![\\w.(])");

    private NeverTrue() {
    }

    /**
     * The first comparison in a condition on a fact that no case can meet.
     *
     * @param fact the fact's simple name, as the condition names it
     * @param constraint one condition's text, such as {@code intensity >= 40}
     * @return what to say, or empty when every comparison can hold
     */
    static Optional<String> in(String fact, String constraint) {
        if (constraint.contains("!")) {
            return Optional.empty();   // a negation turns a comparison that never holds into one that always does
        }
        Matcher m = FIELD_FIRST.matcher(constraint);
        while (m.find()) {
            Optional<String> never = never(fact, m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group());
            if (never.isPresent()) {
                return never;
            }
        }
        Matcher reversed = NUMBER_FIRST.matcher(constraint);
        while (reversed.find()) {
            Optional<String> never = never(fact, reversed.group(3), mirrored(reversed.group(2)),
                    Integer.parseInt(reversed.group(1)), reversed.group());
            if (never.isPresent()) {
                return never;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> never(String fact, String field, String operator, int number, String written) {
        int[] range = RANGES.get(fact + "." + field);
        if (range == null) {
            return Optional.empty();
        }
        boolean possible = switch (operator) {
            case "==" -> number >= range[0] && number <= range[1];
            case ">" -> number < range[1];
            case ">=" -> number <= range[1];
            case "<" -> number > range[0];
            default -> number >= range[0];   // <=
        };
        if (possible) {
            return Optional.empty();
        }
        return Optional.of(written.strip() + " is never true: " + field + " is " + range[0] + ".." + range[1]
                + " in every case, so this rule never fires; compare with a number in that range");
    }

    private static String mirrored(String operator) {
        return switch (operator) {
            case ">" -> "<";
            case ">=" -> "<=";
            case "<" -> ">";
            case "<=" -> ">=";
            default -> operator;
        };
    }
}
