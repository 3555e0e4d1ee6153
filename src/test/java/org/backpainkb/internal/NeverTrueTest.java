package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comparisons no case can meet are found, by the case format's ranges; those some case meets are left alone. */
class NeverTrueTest {

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Symptom         | intensity >= 40                          | intensity >= 40 is never true: intensity is 0..10
            Symptom         | intensity > 10                           | intensity > 10 is never true
            Symptom         | region == Region.LEG, intensity == 11    | intensity == 11 is never true
            Person          | age > 120                                | age > 120 is never true: age is 0..120
            Person          | age < 0                                  | age < 0 is never true
            ExerciseSession | 100 < painDuring                         | 100 < painDuring is never true: painDuring is 0..10
            ExerciseSession | riseNextMorning > 10                     | riseNextMorning > 10 is never true: riseNextMorning is -10..10
            MobilityFinding | percentOfNormal >= 101                   | percentOfNormal >= 101 is never true
            Exercise        | sessionsPerWeek > 21                     | sessionsPerWeek > 21 is never true
            """)
    void aComparisonNoCaseCanMeetIsSaidWithTheFieldsRange(String fact, String constraint, String message) {
        assertThat(NeverTrue.in(fact, constraint)).hasValueSatisfying(m -> assertThat(m).startsWith(message));
    }

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Symptom         | intensity >= 10
            Symptom         | intensity > 0 && intensity < 10
            Person          | age != null, age >= 18 && < 65
            ExerciseSession | riseNextMorning > -10
            ExerciseSession | painDuring > $limit
            ExerciseSession | $s.painDuring > 40
            Symptom         | !(intensity > 40)
            Thresholds      | maxPainDuring > 40
            Symptom         | intensity >= 4000000000
            """)
    void aComparisonSomeCaseMeetsOrOneOfAnotherFactIsLeftAlone(String fact, String constraint) {
        assertThat(NeverTrue.in(fact, constraint)).isEmpty();
    }
}
