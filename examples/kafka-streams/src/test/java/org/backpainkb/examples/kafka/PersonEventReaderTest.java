package org.backpainkb.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Person;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.Test;

/** The person events' JSON, read strictly through the library's case reader. */
class PersonEventReaderTest {

    private static final Symptom SYMPTOM = new Symptom(Region.LOW_BACK, 5, List.of(Activity.WALKING),
            List.of(Activity.SITTING), false);

    private static PersonEvent read(String json) {
        return PersonEventReader.read(Story.PERSON, json.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidCaseException refusal(String json) {
        return catchThrowableOfType(InvalidCaseException.class, () -> read(json));
    }

    @Test
    void every_kind_of_fact_is_read_as_the_case_format_spells_it() {
        assertThat(read(Events.add(SYMPTOM))).isEqualTo(new PersonEvent.Add(SYMPTOM));
        assertThat(read("{\"op\":\"add\",\"fact\":{\"redFlag\":\"FEVER\"}}")).isEqualTo(new PersonEvent.Add(RedFlag.FEVER));
        MobilityFinding finding = new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED, 60, true);
        assertThat(read(Events.remove(finding))).isEqualTo(new PersonEvent.Remove(finding));
        BreathingObservation breathing = new BreathingObservation(BreathingPattern.BREATH_HOLDING, BreathingContext.LIFTING);
        assertThat(read(Events.add(breathing))).isEqualTo(new PersonEvent.Add(breathing));
        assertThat(read(Events.add(Story.PLANK))).isEqualTo(new PersonEvent.Add(Story.PLANK));
        FormError form = new FormError("Deadlift", ExerciseCategory.STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD, Load.EXTERNAL, 30);
        assertThat(read(Events.add(form))).isEqualTo(new PersonEvent.Add(form));
        assertThat(read(Events.replace(Story.MONDAY, Story.MONDAY_NEXT_MORNING)))
                .isEqualTo(new PersonEvent.Replace(Story.MONDAY, Story.MONDAY_NEXT_MORNING));
    }

    @Test
    void the_named_verbs_are_read_and_null_removes_what_is_one_at_a_time() {
        assertThat(read(Events.reassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL))))
                .isEqualTo(new PersonEvent.ReassessMobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL)));
        assertThat(read(Events.reportSymptom(SYMPTOM))).isEqualTo(new PersonEvent.ReportSymptom(SYMPTOM));
        assertThat(read("{\"op\":\"person\",\"person\":{\"age\":52}}")).isEqualTo(new PersonEvent.SetPerson(new Person(52)));
        assertThat(read(Events.core(new CoreActivation(true, false, null))))
                .isEqualTo(new PersonEvent.SetCore(new CoreActivation(true, false, null)));
        assertThat(read("{\"op\":\"core\",\"core\":null}")).isEqualTo(new PersonEvent.SetCore(null));
        assertThat(read(Events.asOf(LocalDate.of(2026, 3, 23)))).isEqualTo(new PersonEvent.SetAsOf(LocalDate.of(2026, 3, 23)));
        assertThat(read("{\"op\":\"startBack\",\"startBack\":null}")).isEqualTo(new PersonEvent.SetStartBack(null));
        assertThat(read(Events.intake(Story.intake()))).isEqualTo(new PersonEvent.Intake(Story.intake()));
    }

    @Test
    void an_intake_case_without_an_id_takes_the_persons_id() {
        assertThat(read("{\"op\":\"intake\",\"case\":{\"redFlags\":[\"FEVER\"]}}"))
                .isEqualTo(new PersonEvent.Intake(Case.builder().id(Story.PERSON).redFlag(RedFlag.FEVER).build()));
    }

    @Test
    void a_problem_inside_an_intake_case_or_a_verbs_value_has_its_path_in_the_event() {
        assertThat(refusal("{\"op\":\"intake\",\"case\":{\"symptoms\":[{\"region\":\"LOW_BACK\",\"intensity\":12}]}}")
                .problems()).extracting(InvalidCaseException.Problem::path).containsExactly("case.symptoms[0].intensity");
        assertThat(refusal("{\"op\":\"reportSymptom\",\"symptom\":{\"region\":\"KNEE\",\"intensity\":2}}").problems())
                .extracting(InvalidCaseException.Problem::path).containsExactly("symptom.region");
        assertThat(refusal("{\"op\":\"startBack\",\"startBack\":{\"legPain\":true}}").problems())
                .extracting(InvalidCaseException.Problem::path).allMatch(p -> p.startsWith("startBack."));
        assertThat(refusal("{\"op\":\"person\",\"person\":{\"age\":130}}").problems())
                .extracting(InvalidCaseException.Problem::path).containsExactly("person.age");
    }

    @Test
    void an_event_that_is_not_an_object_or_has_no_op_or_two_kinds_of_fact_is_refused() {
        assertThat(refusal("[1,2]").problems().get(0).code()).isEqualTo(InvalidCaseException.ProblemCode.WRONG_TYPE);
        assertThat(refusal("{\"fact\":{\"redFlag\":\"FEVER\"}}").problems().get(0).path()).isEqualTo("op");
        assertThat(refusal("{\"op\":\"add\",\"fact\":{\"redFlag\":\"FEVER\",\"symptom\":{}}}").problems().get(0).path())
                .isEqualTo("fact.symptom");
        assertThat(refusal("{\"op\":\"add\",\"fact\":{}}").problems().get(0).code())
                .isEqualTo(InvalidCaseException.ProblemCode.MISSING);
        assertThat(refusal("{\"op\":\"add\",\"op\":\"remove\",\"fact\":{\"redFlag\":\"FEVER\"}}").problems().get(0).code())
                .as("a field given twice").isEqualTo(InvalidCaseException.ProblemCode.MALFORMED);
        assertThat(refusal("{\"op\":\"add\",\"fact\":{\"redFlag\":\"FEVER\"}} {}").problems().get(0).code())
                .as("a second document after the event").isEqualTo(InvalidCaseException.ProblemCode.MALFORMED);
    }

    @Test
    void an_intake_of_a_known_person_replaces_the_whole_case_and_tells_the_changes_from_the_case_before() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Case before = Story.intake().with(Story.PLANK).with(RedFlag.FEVER);
        Case fresh = Case.builder().id(Story.PERSON).mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL))
                .core(new CoreActivation(true, true, null)).exercise(Story.CAT_CAMEL).build();

        PersonEventProcessor.Applied applied = PersonEventProcessor.apply(kb, before, new PersonEvent.Intake(fresh));

        assertThat(applied.after()).isEqualTo(fresh);
        assertThat(applied.events()).filteredOn(Events::aboutAdvice).extracting(Events::describe)
                .contains("referral URGENT -> NONE []", "withdrawn restore-mobility-before-stability");
    }
}
