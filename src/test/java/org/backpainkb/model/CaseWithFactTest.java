package org.backpainkb.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A case changed one fact at a time makes a new case and leaves the old one as it was. */
class CaseWithFactTest {

    private static final Symptom SITTING_HURTS = new Symptom(Region.LOW_BACK, 5, Activity.SITTING);
    private static final Exercise PLANK = new Exercise("Plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT);

    @Test
    void a_fact_is_added_at_the_end_of_its_own_list_and_an_equal_one_is_a_second_entry() {
        Case before = Case.builder().id("p-1").exercise(new Exercise("Swim", ExerciseCategory.AEROBIC, Load.NONE)).build();

        Case after = before.with(PLANK).with(RedFlag.FEVER);

        assertThat(after.exercises()).containsExactly(before.exercises().get(0), PLANK);
        assertThat(after.redFlags()).containsExactly(RedFlag.FEVER);
        assertThat(after.id()).isEqualTo("p-1");
        assertThat(after.with(PLANK).exercises()).containsExactly(before.exercises().get(0), PLANK, PLANK);
        assertThat(before.exercises()).hasSize(1);
    }

    @Test
    void without_takes_away_one_equal_entry_and_nothing_else() {
        Case before = Case.builder().symptom(SITTING_HURTS, SITTING_HURTS).exercise(PLANK).build();

        Case after = before.without(new Symptom(Region.LOW_BACK, 5, Activity.SITTING));

        assertThat(after.symptoms()).containsExactly(SITTING_HURTS);
        assertThat(after.exercises()).containsExactly(PLANK);
        assertThat(after.without(SITTING_HURTS).contains(SITTING_HURTS)).isFalse();
        assertThat(after.without(SITTING_HURTS).without(SITTING_HURTS)).isEqualTo(after.without(SITTING_HURTS));
    }

    @Test
    void a_builder_from_a_case_starts_with_every_fact_of_it() {
        Case c = Case.builder().id("p-2").person(new Person(50)).symptom(SITTING_HURTS).redFlag(RedFlag.NIGHT_PAIN)
                .exercise(PLANK).core(new CoreActivation(true, false, null)).build();

        assertThat(Case.builder(c).build()).isEqualTo(c);
        assertThat(Case.builder(c).person(null).build().person()).isNull();
    }
}
