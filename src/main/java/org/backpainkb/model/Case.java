package org.backpainkb.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.backpainkb.internal.binding.ValueDeserializer;

/**
 * Everything known about one person at one time: the facts the knowledge base reasons over.
 * Mirrors the case format field for field; a missing list is empty. Any Jackson mapper reads it
 * as strictly as {@link org.backpainkb.io.CaseReader} does, whatever the mapper's settings: an
 * unknown field or code, or a value out of range, is refused with its full path.
 *
 * @param id an identifier echoed back in the result, or null
 * @param person the person, or null when not given
 * @param symptoms what hurts
 * @param redFlags screening questions answered yes
 * @param mobility spinal range of motion as assessed
 * @param breathing observed breathing
 * @param core core activation, or null when not assessed (motor control is then not established)
 * @param exercises the current or planned programme
 * @param formErrors faults seen while exercising
 * @param sessions the exercise log with pain ratings
 * @param asOf the day the case describes, or null for the latest session's date
 * @param startBack the STarT Back Screening Tool's answers, or null when not screened
 */
@JsonDeserialize(using = ValueDeserializer.class)
public record Case(String id, Person person, List<Symptom> symptoms, List<RedFlag> redFlags,
        List<MobilityFinding> mobility, List<BreathingObservation> breathing, CoreActivation core,
        List<Exercise> exercises, List<FormError> formErrors, List<ExerciseSession> sessions, LocalDate asOf,
        StartBack startBack) {

    /**
     * The most elements a list of a case may hold; a reader refuses more too, and a live session
     * refuses one more, so that what it saves can be read back. Rules that match two facts of a list
     * together try every pair of them, so the limit is also what keeps such rules quick.
     */
    public static final int MAX_LIST_ELEMENTS = 1_000;
    /** The longest name of an exercise a case may give: names are shown in texts and compared by rules. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Copies every list so the case cannot change after it is made.
     *
     * @param id an identifier echoed back in the result, or null
     * @param person the person, or null when not given
     * @param symptoms what hurts
     * @param redFlags screening questions answered yes
     * @param mobility spinal range of motion as assessed
     * @param breathing observed breathing
     * @param core core activation, or null when not assessed (motor control is then not established)
     * @param exercises the current or planned programme
     * @param formErrors faults seen while exercising
     * @param sessions the exercise log with pain ratings
     * @param asOf the day the case describes, or null for the latest session's date
     * @param startBack the STarT Back Screening Tool's answers, or null when not screened
     */
    public Case {
        Checks.id(id);
        symptoms = Checks.list(symptoms, "symptoms");
        redFlags = Checks.list(redFlags, "redFlags");
        mobility = Checks.list(mobility, "mobility");
        breathing = Checks.list(breathing, "breathing");
        exercises = Checks.list(exercises, "exercises");
        formErrors = Checks.list(formErrors, "formErrors");
        sessions = Checks.list(sessions, "sessions");
        Checks.writableDate(asOf, "asOf");
    }

    /**
     * A case without a date of its own or a STarT Back screening, as the first version of the case
     * format had it.
     *
     * @param id an identifier echoed back in the result, or null
     * @param person the person, or null when not given
     * @param symptoms what hurts
     * @param redFlags screening questions answered yes
     * @param mobility spinal range of motion as assessed
     * @param breathing observed breathing
     * @param core core activation, or null when not assessed (motor control is then not established)
     * @param exercises the current or planned programme
     * @param formErrors faults seen while exercising
     * @param sessions the exercise log with pain ratings
     */
    public Case(String id, Person person, List<Symptom> symptoms, List<RedFlag> redFlags, List<MobilityFinding> mobility,
            List<BreathingObservation> breathing, CoreActivation core, List<Exercise> exercises, List<FormError> formErrors,
            List<ExerciseSession> sessions) {
        this(id, person, symptoms, redFlags, mobility, breathing, core, exercises, formErrors, sessions, null, null);
    }

    /**
     * This case with one more fact, at the end of its list. A fact equal to one already there is
     * one more entry, as in a case file: two identical rides on one day are two sessions of the
     * exercise log, and count twice.
     *
     * @param fact the fact to add
     * @return the case with the fact
     */
    public Case with(Fact fact) {
        Objects.requireNonNull(fact, "fact");
        return edited(fact, true);
    }

    /**
     * This case without one entry of a fact: the first equal to it goes, and any further equal entry
     * stays; this case itself when there is none.
     *
     * @param fact the fact to take away
     * @return the case without that entry
     */
    public Case without(Fact fact) {
        return contains(fact) ? edited(fact, false) : this;
    }

    /**
     * Whether the case has a fact equal to this one.
     *
     * @param fact a fact
     * @return true when one of the case's lists holds it
     */
    public boolean contains(Fact fact) {
        Objects.requireNonNull(fact, "fact");
        return symptoms.contains(fact) || redFlags.contains(fact) || mobility.contains(fact)
                || breathing.contains(fact) || exercises.contains(fact) || formErrors.contains(fact)
                || sessions.contains(fact);
    }

    private Case edited(Fact fact, boolean add) {
        return new Case(id, person, edit(symptoms, Symptom.class, fact, add), edit(redFlags, RedFlag.class, fact, add),
                edit(mobility, MobilityFinding.class, fact, add), edit(breathing, BreathingObservation.class, fact, add),
                core, edit(exercises, Exercise.class, fact, add), edit(formErrors, FormError.class, fact, add),
                edit(sessions, ExerciseSession.class, fact, add), asOf, startBack);
    }

    /** The list with the fact added or removed when it is of the list's type, else the list itself. */
    private static <T extends Fact> List<T> edit(List<T> list, Class<T> type, Fact fact, boolean add) {
        if (!type.isInstance(fact)) {
            return list;
        }
        List<T> edited = new ArrayList<>(list);
        if (add) {
            edited.add(type.cast(fact));
        } else {
            edited.remove(fact);    // the first equal entry only, as List.remove
        }
        return edited;
    }

    /**
     * A builder for a case, starting empty.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from every fact of a case, to change some of them.
     *
     * @param from the case to start from
     * @return a new builder
     */
    public static Builder builder(Case from) {
        Objects.requireNonNull(from, "case");
        return new Builder().id(from.id).person(from.person).core(from.core).asOf(from.asOf).startBack(from.startBack)
                .symptom(from.symptoms.toArray(Symptom[]::new)).redFlag(from.redFlags.toArray(RedFlag[]::new))
                .mobility(from.mobility.toArray(MobilityFinding[]::new))
                .breathing(from.breathing.toArray(BreathingObservation[]::new))
                .exercise(from.exercises.toArray(Exercise[]::new)).formError(from.formErrors.toArray(FormError[]::new))
                .session(from.sessions.toArray(ExerciseSession[]::new));
    }

    /** Builds a {@link Case} one fact at a time. Not thread-safe; build once per case. */
    public static final class Builder {
        private String id;
        private Person person;
        private final List<Symptom> symptoms = new ArrayList<>();
        private final List<RedFlag> redFlags = new ArrayList<>();
        private final List<MobilityFinding> mobility = new ArrayList<>();
        private final List<BreathingObservation> breathing = new ArrayList<>();
        private CoreActivation core;
        private final List<Exercise> exercises = new ArrayList<>();
        private final List<FormError> formErrors = new ArrayList<>();
        private final List<ExerciseSession> sessions = new ArrayList<>();
        private LocalDate asOf;
        private StartBack startBack;

        private Builder() {
        }

        /**
         * Sets the identifier echoed back in the result.
         *
         * @param id the case's identifier
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the person.
         *
         * @param person the person assessed
         * @return this builder
         */
        public Builder person(Person person) {
            this.person = person;
            return this;
        }

        /**
         * Adds symptoms.
         *
         * @param values what hurts
         * @return this builder
         */
        public Builder symptom(Symptom... values) {
            symptoms.addAll(Arrays.asList(Objects.requireNonNull(values, "symptoms: give the facts, or none")));
            return this;
        }

        /**
         * Adds red flags.
         *
         * @param values screening questions answered yes
         * @return this builder
         */
        public Builder redFlag(RedFlag... values) {
            redFlags.addAll(Arrays.asList(Objects.requireNonNull(values, "redFlags: give the facts, or none")));
            return this;
        }

        /**
         * Adds mobility findings.
         *
         * @param values spinal movements as assessed
         * @return this builder
         */
        public Builder mobility(MobilityFinding... values) {
            mobility.addAll(Arrays.asList(Objects.requireNonNull(values, "mobility: give the facts, or none")));
            return this;
        }

        /**
         * Adds breathing observations.
         *
         * @param values how the person was seen to breathe
         * @return this builder
         */
        public Builder breathing(BreathingObservation... values) {
            breathing.addAll(Arrays.asList(Objects.requireNonNull(values, "breathing: give the facts, or none")));
            return this;
        }

        /**
         * Sets the core activation.
         *
         * @param value whether the core switches on
         * @return this builder
         */
        public Builder core(CoreActivation value) {
            this.core = value;
            return this;
        }

        /**
         * Adds exercises to the programme.
         *
         * @param values the exercises
         * @return this builder
         */
        public Builder exercise(Exercise... values) {
            exercises.addAll(Arrays.asList(Objects.requireNonNull(values, "exercises: give the facts, or none")));
            return this;
        }

        /**
         * Adds form errors.
         *
         * @param values faults seen while exercising
         * @return this builder
         */
        public Builder formError(FormError... values) {
            formErrors.addAll(Arrays.asList(Objects.requireNonNull(values, "formErrors: give the facts, or none")));
            return this;
        }

        /**
         * Adds entries to the exercise log.
         *
         * @param values sessions with pain ratings
         * @return this builder
         */
        public Builder session(ExerciseSession... values) {
            sessions.addAll(Arrays.asList(Objects.requireNonNull(values, "sessions: give the facts, or none")));
            return this;
        }

        /**
         * Sets the day the case describes.
         *
         * @param value the day, or null for the latest session's date
         * @return this builder
         */
        public Builder asOf(LocalDate value) {
            this.asOf = value;
            return this;
        }

        /**
         * Sets the STarT Back Screening Tool's answers.
         *
         * @param value the nine answers, or null when not screened
         * @return this builder
         */
        public Builder startBack(StartBack value) {
            this.startBack = value;
            return this;
        }

        /**
         * Makes the case.
         *
         * @return an immutable case
         * @throws InvalidCaseException when a value added was null
         */
        public Case build() {
            return new Case(id, person, symptoms, redFlags, mobility, breathing, core, exercises, formErrors,
                    sessions, asOf, startBack);
        }
    }
}
