package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * One entry of the exercise log, with the pain felt before, during and the next morning.
 *
 * @param date the day of the session
 * @param exercise the exercise's name
 * @param category the exercise's kind
 * @param painBefore pain before the session, 0..10
 * @param painDuring pain during the session, 0..10
 * @param painNextMorning pain the next morning, 0..10, or null when not yet known
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record ExerciseSession(LocalDate date, String exercise, ExerciseCategory category, int painBefore,
        int painDuring, Integer painNextMorning) implements Fact {

    /**
     * Checks every field against the case format.
     *
     * @param date the day of the session
     * @param exercise the exercise's name
     * @param category the exercise's kind
     * @param painBefore pain before the session, 0..10
     * @param painDuring pain during the session, 0..10
     * @param painNextMorning pain the next morning, 0..10, or null when not yet known
     */
    public ExerciseSession {
        Checks.all(
                () -> Checks.writableDate(Checks.required(date, "date"), "date"),
                () -> Checks.requiredText(exercise, "exercise"),
                () -> Checks.required(category, "category", ExerciseCategory.class),
                () -> Checks.range(painBefore, 0, 10, "painBefore"),
                () -> Checks.range(painDuring, 0, 10, "painDuring"),
                () -> Checks.optionalRange(painNextMorning, 0, 10, "painNextMorning"));
    }

    /**
     * How many points the pain the next morning was above the pain before the session: what a rule
     * compares with a limit ({@code riseNextMorning > $rise}), false when there is no next-morning
     * rating, where {@code painNextMorning - painBefore} would fail for such a session.
     *
     * @return the rise (negative when the pain was lower), or null without a next-morning rating
     */
    public Integer riseNextMorning() {
        return painNextMorning == null ? null : painNextMorning - painBefore;
    }

    // Written out rather than left to the record: see the package's documentation.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ExerciseSession other
                && Objects.equals(date, other.date)
                && Objects.equals(exercise, other.exercise)
                && Objects.equals(category, other.category)
                && painBefore == other.painBefore
                && painDuring == other.painDuring
                && Objects.equals(painNextMorning, other.painNextMorning);
    }

    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + Objects.hashCode(date);
        h = 31 * h + Objects.hashCode(exercise);
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Integer.hashCode(painBefore);
        h = 31 * h + Integer.hashCode(painDuring);
        h = 31 * h + Objects.hashCode(painNextMorning);
        return h;
    }
}
