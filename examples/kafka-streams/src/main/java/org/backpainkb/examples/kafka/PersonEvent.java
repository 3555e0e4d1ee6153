package org.backpainkb.examples.kafka;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backpainkb.PersonSession;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Fact;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.ProblemCode;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.Person;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;

/**
 * One event of a person's, read from the input topic by {@link PersonEventReader}: a change to
 * their case, made as the {@link PersonSession} method of the same name makes it. Each {@code op}
 * of the JSON form is one record here.
 */
public sealed interface PersonEvent {

    /**
     * The event's {@code op}, as the JSON names it.
     *
     * @return the op
     */
    String op();

    /**
     * Makes the change on a session holding the person's case; the caller then updates it.
     *
     * @param session the person's session
     * @throws InvalidCaseException when the change cannot be made on this case (a fact to replace
     *     that is not there); the session's case is then unchanged
     */
    void applyTo(PersonSession session);

    /**
     * {@code {"op":"add","fact":{...}}}: a fact added ({@link PersonSession#add}).
     *
     * @param fact the fact
     */
    record Add(Fact fact) implements PersonEvent {
        @Override
        public String op() {
            return "add";
        }

        @Override
        public void applyTo(PersonSession session) {
            session.add(fact);
        }
    }

    /**
     * {@code {"op":"remove","fact":{...}}}: a fact removed ({@link PersonSession#remove}); removing
     * a fact that is not there changes nothing.
     *
     * @param fact the fact
     */
    record Remove(Fact fact) implements PersonEvent {
        @Override
        public String op() {
            return "remove";
        }

        @Override
        public void applyTo(PersonSession session) {
            session.remove(fact);
        }
    }

    /**
     * {@code {"op":"replace","before":{...},"after":{...}}}: a fact replaced by another
     * ({@link PersonSession#replace}); refused when {@code before} is not in the case.
     *
     * @param before a fact of the case
     * @param after the fact now
     */
    record Replace(Fact before, Fact after) implements PersonEvent {
        @Override
        public String op() {
            return "replace";
        }

        @Override
        public void applyTo(PersonSession session) {
            if (!session.currentCase().contains(before)) {
                throw new InvalidCaseException("before", ProblemCode.MISSING,
                        "this fact is not in the person's case, so it cannot be replaced: " + before);
            }
            session.replace(before, after);
        }
    }

    /**
     * {@code {"op":"reassessMobility","mobility":{...}}}: a movement reassessed, replacing every
     * earlier finding of that movement ({@link PersonSession#reassessMobility}).
     *
     * @param finding the movement as assessed now
     */
    record ReassessMobility(MobilityFinding finding) implements PersonEvent {
        @Override
        public String op() {
            return "reassessMobility";
        }

        @Override
        public void applyTo(PersonSession session) {
            session.reassessMobility(finding);
        }
    }

    /**
     * {@code {"op":"reportSymptom","symptom":{...}}}: what hurts in one region now, replacing every
     * earlier symptom of that region ({@link PersonSession#reportSymptom}).
     *
     * @param symptom the symptom now
     */
    record ReportSymptom(Symptom symptom) implements PersonEvent {
        @Override
        public String op() {
            return "reportSymptom";
        }

        @Override
        public void applyTo(PersonSession session) {
            session.reportSymptom(symptom);
        }
    }

    /**
     * {@code {"op":"person","person":{...}}}: the person set, or removed with {@code null}.
     *
     * @param person the person, or null
     */
    record SetPerson(Person person) implements PersonEvent {
        @Override
        public String op() {
            return "person";
        }

        @Override
        public void applyTo(PersonSession session) {
            session.setPerson(person);
        }
    }

    /**
     * {@code {"op":"core","core":{...}}}: the core activation set, or removed with {@code null}.
     *
     * @param core the core activation, or null
     */
    record SetCore(CoreActivation core) implements PersonEvent {
        @Override
        public String op() {
            return "core";
        }

        @Override
        public void applyTo(PersonSession session) {
            session.setCore(core);
        }
    }

    /**
     * {@code {"op":"startBack","startBack":{...}}}: the STarT Back answers set, or removed with
     * {@code null}.
     *
     * @param startBack the nine answers, or null
     */
    record SetStartBack(StartBack startBack) implements PersonEvent {
        @Override
        public String op() {
            return "startBack";
        }

        @Override
        public void applyTo(PersonSession session) {
            session.setStartBack(startBack);
        }
    }

    /**
     * {@code {"op":"asOf","asOf":"2026-03-23"}}: the day the case describes moved (time passes), or
     * {@code null} for the latest session's date.
     *
     * @param asOf the day, or null
     */
    record SetAsOf(LocalDate asOf) implements PersonEvent {
        @Override
        public String op() {
            return "asOf";
        }

        @Override
        public void applyTo(PersonSession session) {
            session.setAsOf(asOf);
        }
    }

    /**
     * {@code {"op":"intake","case":{...}}}: the person's whole case at once, replacing whatever was
     * known. For a person not seen before, the changes are the intake's events a session's listeners
     * hear at open. The case's id is the person id (the record's key).
     *
     * @param intake the case, its id the person id
     */
    record Intake(Case intake) implements PersonEvent {
        @Override
        public String op() {
            return "intake";
        }

        @Override
        public void applyTo(PersonSession session) {
            for (Fact fact : facts(session.currentCase())) {
                session.remove(fact);
            }
            for (Fact fact : facts(intake)) {
                session.add(fact);
            }
            session.setPerson(intake.person());
            session.setCore(intake.core());
            session.setStartBack(intake.startBack());
            session.setAsOf(intake.asOf());
        }

        /** Every many-at-a-time fact of a case, list by list, each list in its order. */
        private static List<Fact> facts(Case c) {
            List<Fact> facts = new ArrayList<>();
            facts.addAll(c.symptoms());
            facts.addAll(c.redFlags());
            facts.addAll(c.mobility());
            facts.addAll(c.breathing());
            facts.addAll(c.exercises());
            facts.addAll(c.formErrors());
            facts.addAll(c.sessions());
            return facts;
        }
    }
}
