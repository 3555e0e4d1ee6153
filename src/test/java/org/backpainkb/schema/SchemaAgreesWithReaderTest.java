package org.backpainkb.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backpainkb.CaseArbitraries;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The case schema and the library's reader agree: what one accepts the other accepts, what one
 * refuses the other refuses, on generated valid cases and on the same cases each made wrong in one place.
 */
class SchemaAgreesWithReaderTest {

    /** Writes a case in the case format: the records' fields are the format's fields, dates as ISO text. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance));

    /** One way to make a case wrong, named as a reader of a failure would say it. */
    record Mutation(String name, Consumer<ObjectNode> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("a misspelled field", c -> c.putArray("redFlag").add("SADDLE_NUMBNESS")),
            new Mutation("an unknown field in a symptom", c -> list(c, "symptoms").addObject()
                    .put("region", "LOW_BACK").put("intensity", 3).put("severity", 3)),
            new Mutation("an intensity of 14", c -> list(c, "symptoms").addObject().put("region", "LOW_BACK").put("intensity", 14)),
            new Mutation("a negative intensity", c -> list(c, "symptoms").addObject().put("region", "LEG").put("intensity", -1)),
            new Mutation("an intensity as text", c -> list(c, "symptoms").addObject().put("region", "LEG").put("intensity", "5")),
            new Mutation("an intensity with a fraction", c -> list(c, "symptoms").addObject().put("region", "LEG").put("intensity", 4.5)),
            new Mutation("a symptom without a region", c -> list(c, "symptoms").addObject().put("intensity", 4)),
            new Mutation("an unknown red flag", c -> list(c, "redFlags").add("HEADACHE")),
            new Mutation("a red flag in lower case", c -> list(c, "redFlags").add("fever")),
            new Mutation("red flags as one text", c -> c.put("redFlags", "FEVER")),
            new Mutation("an empty list element", c -> list(c, "mobility").addNull()),
            new Mutation("an age of 121", c -> c.putObject("person").put("age", 121)),
            new Mutation("an unknown field in person", c -> c.putObject("person").put("height", 180)),
            new Mutation("a core without canActivateOnCue", c -> c.putObject("core").put("activatesDuringExercise", true)),
            new Mutation("a core as text", c -> c.put("core", "strong")),
            new Mutation("an unknown core strength", c -> c.putObject("core").put("canActivateOnCue", true)
                    .put("activatesDuringExercise", true).put("strength", "HUGE")),
            new Mutation("a percent of normal of 101", c -> list(c, "mobility").addObject().put("movement", "FLEXION")
                    .put("status", "FULL").put("percentOfNormal", 101)),
            new Mutation("an unknown movement", c -> list(c, "mobility").addObject().put("movement", "JUMPING").put("status", "FULL")),
            new Mutation("a breathing without during", c -> list(c, "breathing").addObject().put("pattern", "DIAPHRAGMATIC")),
            new Mutation("a blank exercise name", c -> list(c, "exercises").addObject().put("name", "  ")
                    .put("category", "WALKING").put("load", "NONE")),
            new Mutation("22 sessions a week", c -> list(c, "exercises").addObject().put("name", "Swim")
                    .put("category", "AEROBIC").put("load", "NONE").put("sessionsPerWeek", 22)),
            new Mutation("a negative repetitions count", c -> list(c, "formErrors").addObject().put("exercise", "Deadlift")
                    .put("category", "STRENGTH").put("fault", "EXCESSIVE_ARCH").put("load", "EXTERNAL").put("repetitionsPerWeek", -1)),
            new Mutation("a date with slashes", c -> session(list(c, "sessions"), "2026/11/02", 11)),
            new Mutation("a date that is no day", c -> session(list(c, "sessions"), "2026-02-30", 1)),
            new Mutation("a next-morning pain of 11", c -> session(list(c, "sessions"), "2026-11-02", 11)),
            new Mutation("a session without pain during", c -> {
                ObjectNode s = list(c, "sessions").addObject();
                s.put("date", "2026-11-02").put("exercise", "Swim").put("category", "AEROBIC").put("painBefore", 1);
            }),
            new Mutation("a list of 1001 red flags", c -> {
                ArrayNode flags = c.putArray("redFlags");
                for (int i = 0; i < 1001; i++) {
                    flags.add("FEVER");
                }
            }));

    @Property(tries = 200)
    void aGeneratedValidCaseIsAcceptedByTheReaderAndTheSchema(@ForAll("cases") Case c) {
        JsonNode tree = JSON.valueToTree(c);

        assertThat(CaseReader.parse(tree.toString())).isEqualTo(c);
        assertThat(Schemas.problems(Schemas.CASE, tree)).isEmpty();
    }

    @Property(tries = 200)
    void aCaseMadeWrongInOnePlaceIsRefusedByTheReaderAndTheSchema(@ForAll("cases") Case c,
            @ForAll("mutations") Mutation mutation) {
        ObjectNode tree = JSON.valueToTree(c);
        mutation.apply().accept(tree);

        assertThat(catchThrowable(() -> CaseReader.parse(tree.toString()))).as(mutation.name())
                .isInstanceOf(InvalidCaseException.class);
        assertThat(Schemas.problems(Schemas.CASE, tree)).as(mutation.name()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a whole number written with a fraction of zero | true  | `{"symptoms": [{"region": "LOW_BACK", "intensity": 5.0}]}`
            a whole number written with an exponent        | true  | `{"formErrors": [{"exercise": "Squat", "category": "STRENGTH", "fault": "ROUNDED_BACK_UNDER_LOAD", "load": "EXTERNAL", "repetitionsPerWeek": 1e2}]}`
            a number with a fraction                       | false | `{"symptoms": [{"region": "LOW_BACK", "intensity": 5.5}]}`
            repetitions beyond any whole number of the JVM | false | `{"formErrors": [{"exercise": "Squat", "category": "STRENGTH", "fault": "ROUNDED_BACK_UNDER_LOAD", "load": "EXTERNAL", "repetitionsPerWeek": 3000000000}]}`
            a day the calendar does not have               | false | `{"asOf": "2026-02-30"}`
            a thirteenth month                             | false | `{"sessions": [{"date": "2026-13-01", "exercise": "Plank", "category": "STABILITY", "painBefore": 1, "painDuring": 2}]}`
            a year of five digits                          | false | `{"asOf": "+10000-01-01"}`
            a name of no-break spaces alone                | false | `{"exercises": [{"name": "\u00a0\u2007\u202f", "category": "WALKING", "load": "NONE"}]}`
            a name with a no-break space inside            | true  | `{"exercises": [{"name": "Walk\u00a0fast", "category": "WALKING", "load": "NONE"}]}`
            a name holding an escape                       | false | `{"exercises": [{"name": "Walk\\u001b[2J", "category": "WALKING", "load": "NONE"}]}`
            a name holding a line separator                | false | `{"exercises": [{"name": "Walk\\u2028fast", "category": "WALKING", "load": "NONE"}]}`
            a name holding a zero-width joiner             | true  | `{"exercises": [{"name": "Walk\\u200dfast", "category": "WALKING", "load": "NONE"}]}`
            a name holding a whole character beyond 16 bits | true | `{"exercises": [{"name": "Walk \\ud83d\\udeb6 fast", "category": "WALKING", "load": "NONE"}]}`
            an id holding a line break                     | false | `{"id": "p1\\nERROR forged log line"}`
            an id holding a direction override             | false | `{"id": "p1\\u202egnp.exe"}`
            an id of 200 characters                        | true  | `{"id": "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"}`
            an id of 201 characters                        | false | `{"id": "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"}`
            a name of 200 characters                       | true  | `{"exercises": [{"name": "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww", "category": "WALKING", "load": "NONE"}]}`
            a name of 201 characters                       | false | `{"exercises": [{"name": "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww", "category": "WALKING", "load": "NONE"}]}`
            """)
    void anEdgeOfTheFormatIsAcceptedOrRefusedByTheReaderAndTheSchemaAlike(String edge, boolean accepted, String json)
            throws Exception {
        JsonNode tree = JSON.readTree(json);

        assertThat(catchThrowable(() -> CaseReader.parse(json)) == null).as("read by CaseReader").isEqualTo(accepted);
        assertThat(Schemas.problems(Schemas.CASE, tree).isEmpty()).as("valid by the schema").isEqualTo(accepted);
    }

    @ParameterizedTest(name = "a pain log of {0} entries is accepted: {1}")
    @CsvSource({"1000, true", "1001, false"})
    void aPainLogIsAsLongAsTheReaderAndTheSchemaAllowAlike(int entries, boolean accepted) {
        ObjectNode c = JSON.createObjectNode();
        ArrayNode sessions = c.putArray("sessions");
        for (int i = 0; i < entries; i++) {
            session(sessions, java.time.LocalDate.of(2026, 11, 2).minusDays(i / 2).toString(), i % 11);
        }

        assertThat(catchThrowable(() -> CaseReader.parse(c.toString())) == null).as("read by CaseReader").isEqualTo(accepted);
        assertThat(Schemas.problems(Schemas.CASE, c).isEmpty()).as("valid by the schema").isEqualTo(accepted);
    }

    @Test
    void aStartBackNeedsItsNineAnswersAndNoOtherKey() {
        ObjectNode c = JSON.createObjectNode();
        ObjectNode startBack = c.putObject("startBack");
        for (String key : List.of("legPain", "shoulderOrNeckPain", "walkedOnlyShortDistances", "dressedMoreSlowly",
                "notSafeToBeActive", "worryingThoughts", "neverGoingToGetBetter", "notEnjoyingThings")) {
            startBack.put(key, false);
        }
        startBack.put("bothersomeness", "MODERATELY");
        c.put("asOf", "2026-11-20");
        assertThat(Schemas.problems(Schemas.CASE, c)).isEmpty();

        startBack.remove("legPain");
        assertThat(Schemas.problems(Schemas.CASE, c)).hasSize(1);
        startBack.put("legPain", true).put("sleepsWell", true);
        assertThat(Schemas.problems(Schemas.CASE, c)).hasSize(1);
        startBack.remove("sleepsWell");
        startBack.putNull("worryingThoughts");
        assertThat(Schemas.problems(Schemas.CASE, c)).hasSize(1);
    }

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases();
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(MUTATIONS);
    }

    private static ArrayNode list(ObjectNode c, String field) {
        return c.get(field) instanceof ArrayNode a ? a : c.putArray(field);
    }

    private static void session(ArrayNode sessions, String date, int painNextMorning) {
        sessions.addObject().put("date", date).put("exercise", "Swim").put("category", "AEROBIC")
                .put("painBefore", 1).put("painDuring", 2).put("painNextMorning", painNextMorning);
    }
}
