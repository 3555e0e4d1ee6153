package org.backpainkb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.Problem;
import org.backpainkb.model.InvalidCaseException.ProblemCode;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/** Reading case files: the case format mapped field for field, and every refusal with its path. */
class CaseReaderTest {

    private static InvalidCaseException refusal(String text) {
        try {
            CaseReader.parse(text);
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("expected the case to be refused:\n" + text);
    }

    @Test
    void aYamlCaseIsReadFieldForField() {
        Case c = CaseReader.parse("""
                id: reader
                person: { age: 46 }
                symptoms:
                  - { region: LEG, intensity: 5, aggravatedBy: [WALKING, STANDING], relievedBy: [SITTING], belowKnee: true }
                redFlags: [NIGHT_PAIN]
                mobility:
                  - { movement: FLEXION, status: RESTRICTED, percentOfNormal: 60, painful: true }
                breathing:
                  - { pattern: CHEST_BREATHING, during: REST }
                core: { canActivateOnCue: true, activatesDuringExercise: false, strength: STRONG }
                exercises:
                  - { name: Plank, category: STABILITY, load: BODYWEIGHT, sessionsPerWeek: 3 }
                formErrors:
                  - { exercise: Plank, category: STABILITY, fault: EXCESSIVE_ARCH, load: BODYWEIGHT, repetitionsPerWeek: 30 }
                sessions:
                  - { date: 2026-11-02, exercise: Plank, category: STABILITY, painBefore: 2, painDuring: 4, painNextMorning: 3 }
                """);

        assertThat(c.id()).isEqualTo("reader");
        assertThat(c.person().age()).isEqualTo(46);
        assertThat(c.symptoms()).singleElement().satisfies(s -> {
            assertThat(s.region()).isEqualTo(Region.LEG);
            assertThat(s.aggravatedBy()).containsExactly(Activity.WALKING, Activity.STANDING);
            assertThat(s.relievedBy()).containsExactly(Activity.SITTING);
            assertThat(s.belowKnee()).isTrue();
        });
        assertThat(c.redFlags()).containsExactly(RedFlag.NIGHT_PAIN);
        assertThat(c.mobility().get(0).status()).isEqualTo(MobilityStatus.RESTRICTED);
        assertThat(c.mobility().get(0).percentOfNormal()).isEqualTo(60);
        assertThat(c.core().activatesDuringExercise()).isFalse();
        assertThat(c.core().strength()).isEqualTo(CoreStrength.STRONG);
        assertThat(c.exercises().get(0).load()).isEqualTo(Load.BODYWEIGHT);
        assertThat(c.formErrors().get(0).repetitionsPerWeek()).isEqualTo(30);
        assertThat(c.sessions().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(c.sessions().get(0).painNextMorning()).isEqualTo(3);
    }

    @Test
    void jsonAndYamlOfTheSameCaseGiveEqualCases(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("c.json"), """
                {"id": "same", "symptoms": [{"region": "LOW_BACK", "intensity": 3, "aggravatedBy": ["WALKING"]}],
                 "exercises": [{"name": "Walk", "category": "WALKING", "load": "BODYWEIGHT"}]}
                """);
        Path yaml = Files.writeString(dir.resolve("c.yaml"), """
                id: same
                symptoms: [{ region: LOW_BACK, intensity: 3, aggravatedBy: [WALKING] }]
                exercises: [{ name: Walk, category: WALKING, load: BODYWEIGHT }]
                """);

        assertThat(CaseReader.read(json)).isEqualTo(CaseReader.read(yaml));
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        Case c = CaseReader.parse("symptoms: [{ region: LOW_BACK, intensity: 3 }]\n");

        assertThat(c.id()).isNull();
        assertThat(c.person()).isNull();
        assertThat(c.core()).isNull();
        assertThat(c.symptoms().get(0).belowKnee()).isFalse();
        assertThat(c.symptoms().get(0).aggravatedBy()).isEmpty();
        assertThat(c.sessions()).isEmpty();
    }

    @Test
    void anOutOfRangeNumberIsRefusedWithItsPathAndRange() {
        InvalidCaseException e = refusal("symptoms:\n  - { region: LOW_BACK, intensity: 14 }\n");

        assertThat(e.problems()).containsExactly(new Problem("symptoms[0].intensity",
                InvalidCaseException.ProblemCode.OUT_OF_RANGE, "14 is out of range 0..10", List.of(), 0, 10));
        assertThat(e.getMessage()).isEqualTo("symptoms[0].intensity: 14 is out of range 0..10");
    }

    @Test
    void severalProblemsAreCollectedInOneRefusalWithFullPaths() {
        InvalidCaseException e = refusal("""
                person: { age: 130 }
                symptoms:
                  - { region: LOW_BACK, intensity: 3 }
                  - { region: KNEE, intensity: 3 }
                sessions:
                  - { date: 2026-11-02, exercise: Squat, category: STRENGTH, painBefore: 2, painDuring: 4 }
                  - { date: 2026-11-03, exercise: Squat, category: STRENGTH, painBefore: -1, painDuring: 12 }
                formErrors:
                  - { exercise: Squat, category: STRENGTH, fault: SLOUCHING, load: HEAVY }
                """);

        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "person.age", "symptoms[1].region", "sessions[1].painBefore", "sessions[1].painDuring",
                "formErrors[0].fault", "formErrors[0].load");
        assertThat(e.getMessage()).contains("sessions[1].painDuring: 12 is out of range 0..10")
                .contains("sessions[1].painBefore: -1 is out of range 0..10")
                .contains("person.age: 130 is out of range 0..120");
    }

    @Test
    void anUnknownCodeIsRefusedListingTheAllowedValues() {
        InvalidCaseException e = refusal("redFlags: [FEVER, HEADACHE]\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("redFlags[1]");
            assertThat(p.message()).contains("HEADACHE").contains("SADDLE_NUMBNESS").contains("IV_DRUG_USE");
        });
    }

    @Test
    void aCodeInTheWrongCaseIsRefusedNotGuessedAndTheCodeAsWrittenIsSaid() {
        InvalidCaseException e = refusal("mobility: [{ movement: flexion, status: FULL }]\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("mobility[0].movement");
            assertThat(p.message()).startsWith("unknown code \"flexion\" (did you mean FLEXION?); allowed values: ");
        });
    }

    @Test
    void aMisspelledCodeOrFieldIsToldTheClosestOne() {
        InvalidCaseException e = refusal("redFlags: [SADDLE_NUMBNES]\nsymptoms: [{ region: LOW_BACK, intensty: 3 }]\n");

        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("unknown code \"SADDLE_NUMBNES\" (did you mean SADDLE_NUMBNESS?)"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("unknown field (did you mean intensity?); known fields: "));
    }

    @Test
    void aStringWhereANumberGoesIsRefused() {
        InvalidCaseException e = refusal("symptoms: [{ region: LOW_BACK, intensity: \"seven\" }]\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("symptoms[0].intensity");
            assertThat(p.message()).contains("whole number").contains("seven");
        });
    }

    @Test
    void aFractionWhereAWholeNumberGoesIsRefused() {
        InvalidCaseException e = refusal("{\"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": 4.5}]}");

        assertThat(e.problems()).extracting(Problem::path).containsExactly("symptoms[0].intensity");
    }

    @Test
    void aStringWhereABooleanGoesIsRefused() {
        InvalidCaseException e = refusal("core: { canActivateOnCue: \"yes\", activatesDuringExercise: true }\n");

        assertThat(e.problems()).extracting(Problem::path).containsExactly("core.canActivateOnCue");
    }

    @Test
    void anUnknownFieldIsRefusedListingTheKnownFields() {
        InvalidCaseException e = refusal("symptoms: [{ region: LOW_BACK, intensity: 3, colour: red }]\nmood: fine\n");

        assertThat(e.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("symptoms[0].colour", "mood");
        assertThat(e.getMessage()).contains("unknown field").contains("region, intensity");
    }

    @Test
    void aMissingRequiredFieldIsRefused() {
        InvalidCaseException e = refusal("""
                exercises: [{ name: Walk, category: WALKING }]
                core: { canActivateOnCue: true }
                """);

        assertThat(e.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("exercises[0].load", "core.activatesDuringExercise");
        assertThat(e.getMessage()).contains("is required");
    }

    @Test
    void aBadDateIsRefused() {
        InvalidCaseException e = refusal(
                "sessions: [{ date: 2026-02-30, exercise: A, category: AEROBIC, painBefore: 1, painDuring: 1 }]\n");

        assertThat(e.problems()).extracting(Problem::path).containsExactly("sessions[0].date");
        assertThat(e.getMessage()).contains("ISO date");
    }

    @Test
    void malformedJsonIsRefusedAsAWholeFile() {
        InvalidCaseException e = refusal("{\"symptoms\": [ {\"region\": \"LOW_BACK\" ]}");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).contains("not valid JSON");
        });
    }

    @Test
    void anUnclosedObjectIsPlacedByLineAndColumnWithoutTheParsersSourceNotice() {
        InvalidCaseException e = refusal("{\n  \"symptoms\": [ { \"region\": \"LOW_BACK\", \"intensity\": 4 ]\n}");

        assertThat(e.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("not valid JSON at line 2, column ")
                .contains("for Object starting at line 2, column ")
                .doesNotContain("Source").doesNotContain("REDACTED");
    }

    @Test
    void aFileAnEditorStartedWithAByteOrderMarkIsReadAsWithout(@TempDir Path dir) throws IOException {
        String json = "{\"id\": \"marked\", \"redFlags\": [\"FEVER\"]}";
        Path marked = Files.writeString(dir.resolve("marked.json"), "\uFEFF" + json);
        Path yaml = Files.writeString(dir.resolve("marked.yaml"), "\uFEFFid: marked\nredFlags: [FEVER]\n");

        assertThat(CaseReader.read(marked)).isEqualTo(CaseReader.parse(json));
        assertThat(CaseReader.read(yaml)).isEqualTo(CaseReader.parse(json));
    }

    @Test
    void aSecondDocumentAfterTheCaseIsRefusedNotDropped(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("two.json"), "{\"id\": \"a\"}\n{\"id\": \"b\", \"redFlags\": [\"FEVER\"]}\n");
        Path yaml = Files.writeString(dir.resolve("two.yaml"), "id: a\n---\nid: b\nredFlags: [FEVER]\n");

        assertThatThrownBy(() -> CaseReader.read(json)).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.getMessage()).contains("not valid JSON at line 2, column ")
                        .contains("more follows the end of the document"));
        assertThatThrownBy(() -> CaseReader.read(yaml)).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.getMessage()).contains("not valid YAML at line 3")
                        .contains("more follows the end of the document"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            010  | write the number 010 in plain digits, without a leading zero (YAML 1.1 reads a number that starts with 0 as octal: 010 as 8)
            07   | write the number 07 in plain digits, without a leading zero
            0x0A | write the number 0x0A in plain digits (YAML reads 0x0A as a hexadecimal number)
            1_0  | write the number 1_0 in plain digits (YAML reads it as 10); for a text, put it in quotes ("1_0")
            2_5  | write the number 2_5 in plain digits (YAML reads it as 25)
            1_0.0 | write the number 1_0.0 without _ (YAML reads it as 10.0)
            .inf  | .inf is not a number a field takes (YAML reads it as infinity, or as not a number)
            -.Inf | -.Inf is not a number a field takes
            .nan  | .nan is not a number a field takes
            """)
    void aYamlNumberNotInPlainDigitsIsRefusedSayingHowYamlWouldReadIt(String written, String told) {
        InvalidCaseException e = refusal("symptoms:\n  - { region: LOW_BACK, intensity: " + written + " }\n");

        assertThat(e.getMessage()).startsWith("symptoms[0].intensity: not valid YAML at line 2").contains(told);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4.9999999999999999   | symptoms[0].intensity: expected a whole number, got 4.9999999999999999
            10.0000000000000001  | symptoms[0].intensity: expected a whole number, got 10.0000000000000001
            1e999999999          | symptoms[0].intensity: is out of range
            """)
    void aNumberIsReadAsWrittenNotAsTheNearestDouble(String written, String told) {
        assertThat(refusal("{\"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": " + written + "}]}").getMessage())
                .startsWith(told);
        assertThat(CaseReader.parse("{\"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": 5.000}]}").symptoms()
                .get(0).intensity()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            symptoms:\\n  - { region: LOW_BACK, region: LEG, intensity: 3 } | symptoms[0].region:    | region is given twice
            redFlags: [FEVER, *flag]                                   | redFlags[1]:           | a YAML alias (*flag) is not read
            symptoms:\\n  - { region: LOW_BACK, belowKnee: on }         | symptoms[0].belowKnee: | on is read as true by YAML 1.1
            redFlags: [NO]                                             | redFlags[0]:           | put a text or a code in quotes ("NO")
            """)
    void aValueRefusedAsItIsWrittenIsNamedByItsFieldsPath(String yaml, String path, String told) {
        assertThat(refusal(yaml.replace("\\n", "\n") + "\n").getMessage()).startsWith(path + " not valid YAML").contains(told);
    }

    @Test
    void anUnknownCodeDoesNotHideTheOtherProblemsOfItsObject() {
        assertThat(refusal("{\"symptoms\":[{\"region\":\"NECK\",\"intensity\":14,\"belowKnee\":\"x\"}]}").problems())
                .extracting(InvalidCaseException.Problem::path)
                .containsExactly("symptoms[0].region", "symptoms[0].belowKnee", "symptoms[0].intensity");
        assertThat(refusal("{\"sessions\":[{\"date\":\"2026-13-01\",\"exercise\":\"\",\"category\":\"X\",\"painBefore\":11,"
                + "\"painDuring\":-1}]}").problems()).extracting(InvalidCaseException.Problem::path)
                .containsExactlyInAnyOrder("sessions[0].date", "sessions[0].category", "sessions[0].exercise",
                        "sessions[0].painBefore", "sessions[0].painDuring");
    }

    @Test
    void aFieldLeftEmptyInYamlIsNullAsYamlSaysSoAListLeftEmptyIsEmpty() {
        assertThat(CaseReader.parse("redFlags:\nsymptoms:\nperson:\ncore:\n")).isEqualTo(Case.builder().build());
    }

    @Test
    void aNameLeftEmptyInYamlIsMissingAndOneQuotedEmptyIsBlank() {
        String exercise = "exercises:\n  - name:%s\n    category: WALKING\n    load: NONE\n";

        assertThat(refusal(exercise.formatted("")).getMessage()).isEqualTo("exercises[0].name: is required");
        assertThat(refusal(exercise.formatted(" ''")).getMessage())
                .isEqualTo("exercises[0].name: is required and must not be blank");
    }

    @Test
    void listsNestedDeeperThanACaseMayBeAreRefusedSayingHowDeepAndWhere() {
        InvalidCaseException e = refusal("{\"person\": {\"age\": " + "[".repeat(40) + "]".repeat(40) + "}}");

        assertThat(e.getMessage()).startsWith("person.age").contains("lists and mappings nested deeper than the 32 levels"
                + " a case may have").doesNotContain("Document nesting depth");
    }

    @Test
    void aTabInYamlIsNamedAsATab() {
        InvalidCaseException e = refusal("id: b\nsymptoms:\n\t- { region: LOW_BACK, intensity: 4 }\n");

        assertThat(e.getMessage()).startsWith("not valid YAML at line ")
                .endsWith("a tab, here or on the next line; indent and separate with spaces only");
    }

    @Test
    void aNumberPastWhatAnyReaderHoldsIsOutOfRangeNotTheWrongType() {
        InvalidCaseException e = refusal("{\"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": 1e400}]}");

        assertThat(e.getMessage()).isEqualTo("symptoms[0].intensity: is out of range: far beyond any value of this field");
        assertThat(e.problems()).singleElement().extracting(InvalidCaseException.Problem::code)
                .isEqualTo(InvalidCaseException.ProblemCode.OUT_OF_RANGE);
    }

    @Test
    void yesAndOnAreRefusedWhereTrueOrFalseBelongs() {
        InvalidCaseException e = refusal("core: { canActivateOnCue: yes, activatesDuringExercise: true }\n");

        assertThat(e.getMessage()).startsWith("core.canActivateOnCue: not valid YAML at line 1")
                .contains("yes is read as true by YAML 1.1 and as a text by other readers: write true or false for a yes or"
                        + " no, or put a text or a code in quotes (\"yes\")");
        assertThat(CaseReader.parse("core: { canActivateOnCue: True, activatesDuringExercise: false }\n").core()
                .canActivateOnCue()).isTrue();
    }

    @Test
    void aWholeNumberTooLargeForAnyFieldIsOutOfRangeNotWrapped() {
        InvalidCaseException e = refusal("""
                symptoms: [{ region: LOW_BACK, intensity: 4294967301 }]
                exercises: [{ name: Walk, category: WALKING, load: NONE, sessionsPerWeek: -99999999999 }]
                formErrors: [{ exercise: Squat, category: STRENGTH, fault: LOSS_OF_NEUTRAL_SPINE, load: BODYWEIGHT, repetitionsPerWeek: 99999999999 }]
                """);

        assertThat(e.problems()).extracting(Problem::path, Problem::code, Problem::message, Problem::min, Problem::max)
                .containsExactly(
                        tuple("symptoms[0].intensity", ProblemCode.OUT_OF_RANGE, "4294967301 is out of range 0..10", 0, 10),
                        tuple("exercises[0].sessionsPerWeek", ProblemCode.OUT_OF_RANGE, "-99999999999 is out of range 0..21",
                                0, 21),
                        tuple("formErrors[0].repetitionsPerWeek", ProblemCode.OUT_OF_RANGE,
                                "99999999999 is out of range: must be 2147483647 or less", null, Integer.MAX_VALUE));
    }

    @Test
    void aParsersMessageNamesNoSettingOfTheParserNorItsInnerWorkings() {
        assertThat(refusal("{\"symptoms\": [{\"region\": \"LOW_BACK\", \"intensity\": NaN}]}").getMessage())
                .contains("Non-standard token 'NaN': JSON does not allow it").doesNotContain("enable");
        assertThat(refusal("{\"id\": \"a\", /* seen today */ \"redFlags\": []}").getMessage())
                .contains("(JSON has no comments: remove it)").doesNotContain("Feature");
        assertThat(refusal("name: broken\ncase: [\n  {{{\n").getMessage())
                .contains("the start of a mapping").doesNotContain("org.yaml");
    }

    @Test
    void aYamlAliasIsRefusedWithWhatToWriteInstead() {
        InvalidCaseException e = refusal("symptoms:\n  - &pain { region: LOW_BACK, intensity: 3 }\n  - *pain\n");

        assertThat(e.getMessage()).contains("not valid YAML at line 3")
                .contains("a YAML alias (*pain) is not read: write the value out in full");
    }

    @Test
    void malformedYamlIsRefusedAsAWholeFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "symptoms:\n  - { region: LOW_BACK\n  mobility: [\n");

        assertThatThrownBy(() -> CaseReader.read(file)).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.getMessage()).contains("not valid YAML"));
    }

    @Test
    void aFieldGivenTwiceInJsonIsRefusedNotResolvedByTakingTheLast() {
        InvalidCaseException e = refusal("{\"id\": \"twice\", \"redFlags\": [\"FEVER\"], \"redFlags\": []}");

        assertThat(e.getMessage()).contains("redFlags");
    }

    @Test
    void aFieldGivenTwiceInYamlIsRefusedNotResolvedByTakingTheLast() {
        InvalidCaseException e = refusal("id: twice\nredFlags: [FEVER]\nredFlags: []\n");

        assertThat(e.getMessage()).contains("redFlags");
    }

    @Test
    void aFieldGivenTwiceInsideAListElementIsRefused() {
        InvalidCaseException e = refusal("symptoms:\n  - { region: LOW_BACK, intensity: 2, intensity: 9 }\n");

        assertThat(e.getMessage()).contains("intensity");
    }

    @Test
    void aListWhereACaseGoesIsRefused() {
        InvalidCaseException e = refusal("- a\n- b\n");

        assertThat(e.getMessage()).contains("expected a case");
    }

    @Test
    void aMissingFileIsReportedAsSuch(@TempDir Path dir) {
        assertThatThrownBy(() -> CaseReader.read(dir.resolve("absent.yaml"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theExamplesShippedWithTheLibraryAreAllValid() throws IOException {
        try (var files = Files.list(Path.of("examples"))) {
            List<Path> cases = files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).toList();
            assertThat(cases).hasSizeGreaterThanOrEqualTo(5);
            for (Path file : cases) {
                assertThat(CaseReader.read(file).id()).as(file.toString()).isNotBlank();
            }
        }
    }

    @Test
    void aNullCategoryInTheFileIsRefusedNotGuessed() {
        InvalidCaseException e = refusal("exercises: [{ name: Walk, category: null, load: NONE }]\n");

        assertThat(e.problems()).extracting(Problem::path).containsExactly("exercises[0].category");
        assertThat(e.getMessage()).contains(ExerciseCategory.WALKING.name());
    }

    @Test
    void aRequestBodyIsReadInTheFormatGivenNotGuessed() throws IOException {
        byte[] yaml = "redFlags: [FEVER]\n".getBytes(StandardCharsets.UTF_8);

        assertThat(CaseReader.read(new ByteArrayInputStream(yaml), CaseReader.Format.YAML).redFlags())
                .containsExactly(RedFlag.FEVER);
        assertThatThrownBy(() -> CaseReader.read(new ByteArrayInputStream(yaml), CaseReader.Format.JSON))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void aBodyIsReadFromCharactersToo() throws IOException {
        assertThat(CaseReader.read(new StringReader("{\"redFlags\": [\"FEVER\"]}"), CaseReader.Format.JSON)
                .redFlags()).containsExactly(RedFlag.FEVER);
    }

    @Test
    void anEmptyBodyIsCalledABodyNotAFile() {
        assertThatThrownBy(() -> CaseReader.read(new ByteArrayInputStream(new byte[0]), CaseReader.Format.JSON))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("the body is empty");
    }

    @Test
    void anEndlessBodyIsRefusedAfterTheLimitWithoutReadingTheRest() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThatThrownBy(() -> CaseReader.read(endless, CaseReader.Format.JSON))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("the body is more than");
    }

    @Test
    void aLineOfJsonLinesIsReadWithTheChecksOfACaseFile() {
        byte[] line = "xx{\"id\":\"line\",\"symptoms\":[{\"region\":\"LEG\",\"intensity\":5}]}yy"
                .getBytes(StandardCharsets.UTF_8);

        Case c = CaseReader.readLine(line, 2, line.length - 4);

        assertThat(c).isEqualTo(CaseReader.parse("{\"id\":\"line\",\"symptoms\":[{\"region\":\"LEG\",\"intensity\":5}]}"));
        assertThat(lineRefusal("id: yaml".getBytes(StandardCharsets.UTF_8)).problems().get(0).code())
                .isEqualTo(InvalidCaseException.ProblemCode.MALFORMED);
        assertThat(lineRefusal(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'}).getMessage())
                .startsWith("not text");
        assertThat(lineRefusal(new byte[(int) CaseReader.MAX_FILE_BYTES + 1]).problems().get(0).code())
                .isEqualTo(InvalidCaseException.ProblemCode.TOO_LARGE);
        assertThat(lineRefusal("{\"symptoms\":[{\"region\":\"LEG\",\"intensity\":14}]}".getBytes(StandardCharsets.UTF_8))
                .problems().get(0).path()).isEqualTo("symptoms[0].intensity");
    }

    private static InvalidCaseException lineRefusal(byte[] line) {
        try {
            CaseReader.readLine(line, 0, line.length);
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("expected the line to be refused");
    }

    @Test
    void aFolderGivenAsACaseFileIsNamedInTheError(@TempDir Path dir) {
        assertThatThrownBy(() -> CaseReader.read(dir)).isInstanceOf(IOException.class)
                .hasMessage(dir + " is a folder, not a case file");
    }
}
