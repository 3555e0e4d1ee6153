package org.backpainkb.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.backpainkb.model.InvalidCaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Common slips, each made in a copy of the project's rules (a rule file, {@code thresholds.yaml} or a
 * scenario): reported once, on the line of the slip, explained in words that say what to write. One
 * row per mistake a rule author made when trying the guide.
 */
class MistakeLocationTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a missing comma between conditions | breathing.drl | pattern == BreathingPattern.BREATH_HOLDING) | pattern == BreathingPattern.BREATH_HOLDING during == BreathingContext.REST) | often a missing comma
            a misspelled keyword | stability-timing.drl | `when\n    not MobilityRestored()` | `whne\n    not MobilityRestored()` | mismatched input 'whne'
            an unknown fact type | breathing.drl | $seen : BreathingObservation(pattern == BreathingPattern.BREATH_HOLDING) | $seen : Breathing(pattern == BreathingPattern.BREATH_HOLDING) | unknown fact type Breathing; the facts a rule can match are: Person, Symptom
            a misspelled method of a code | red-flags.drl | flag.urgency() == Urgency.EMERGENCY | flag.urgncy() == Urgency.EMERGENCY | RedFlag has no method 'urgncy'; a code of RedFlag has: inWords(), name(), urgency()
            an unbound variable in a condition | red-flags.drl | flag.urgency() == Urgency.EMERGENCY) | flag.urgency() == Urgency.EMERGENCY, $other == 3) | unknown variable $other
            an unknown code in a then block | pain-response.drl | `Restriction.of($session.category(), Decision.MODIFY).note("keep-pain-during-at-the-limit")` | `Restriction.of($session.category(), Decision.MODIFI).note("keep-pain-during-at-the-limit")` | unknown code Decision.MODIFI; the codes of Decision are: ALLOW
            a misspelled variable in a then block | exercise-choice.drl | `because($symptom)` | `because($symptm)` | unknown variable $symptm; this rule binds $symptom
            wrong arguments to a conclusion | red-flags.drl | `new ReferralNeeded(Urgency.ROUTINE, $flag)` | `new ReferralNeeded($flag, Urgency.ROUTINE)` | new ReferralNeeded(...) takes (Urgency urgency, RedFlag flag)
            a misspelled method of a code in a then block | red-flags.drl | `new ReferralNeeded(Urgency.EMERGENCY, $flag)` | `new ReferralNeeded(Urgency.EMERGENCY, $flag.inWord())` | RedFlag has no method inWord(); a code of RedFlag has: inWords(), name(), urgency()
            a misspelled method in a then block | stability-timing.drl | `because($exercise)` | `because($exercise.nam())` | Exercise has no method nam(); the fields of Exercise are: name, category, load, sessionsPerWeek
            a value of the wrong type in a then block | core-activation.drl | `.note("core-that-does-not-switch-on"));` | `.note("core-that-does-not-switch-on"));\n    int level = "high";` | Type mismatch: cannot convert from String to int
            a priority of 0 | breathing.drl | @priority(3) | @priority(0) | out of range
            an advice id another rule already gives | breathing.drl | `Advice.of("retrain-diaphragmatic-breathing")` | `Advice.of("breathe-with-the-effort")` | advice id "breathe-with-the-effort" is given by two rules
            a reason that differs from the rule's @reason | core-activation.drl | `Restriction.of(ExerciseCategory.CORE_STRENGTH, Decision.DEFER).note("core-that-does-not-switch-on")` | `new Restriction(ExerciseCategory.CORE_STRENGTH, Decision.DEFER, ReasonCode.POOR_FORM, "Not yet.")` | concludes POOR_FORM but its @reason is CORE_NOT_ACTIVATED
            a text missing its closing quote | breathing.drl | `Advice.of("breathe-with-the-effort")` | `Advice.of("breathe-with-the-effort)` | this text is missing its closing quote
            a text in curly quotes | breathing.drl | `Advice.of("breathe-with-the-effort")` | `Advice.of(“breathe-with-the-effort”)` | curly quotes (“) do not make a text
            a quote inside a rule's name | breathing.drl | `rule "Breath held during effort` | `rule "Breath "held" during effort` | a rule's name cannot hold a quote mark (")
            a quote inside a text | breathing.drl | `@source("seed-breathing")` | `@source("seed "breathing" section")` | a " inside a text ends the text there
            an accumulate with its condition inside | stability-timing.drl | `when\n    not MobilityRestored()` | `when\n    accumulate(Exercise(); $n : count(); $n >= 1)\n    not MobilityRestored()` | write an accumulate as `$count : Number(intValue >= 2) from accumulate(Fact(...), count(1))`
            = where == is meant | breathing.drl | pattern == BreathingPattern.BREATH_HOLDING) | pattern = BreathingPattern.BREATH_HOLDING) | use == to compare
            a code without its list | breathing.drl | pattern == BreathingPattern.BREATH_HOLDING) | pattern == BREATH_HOLDING) | write BreathingPattern.BREATH_HOLDING
            a field without brackets in a then block | exercise-choice.drl | `because($symptom)` | `because($symptom.region)` | write $symptom.region(): in a then block a field is read with brackets
            the word or inside a fact's brackets | breathing.drl | `pattern == BreathingPattern.CHEST_BREATHING || pattern` | `pattern == BreathingPattern.CHEST_BREATHING or pattern` | write && or ||
            a restriction without its note | stability-timing.drl | `Restriction.of(ExerciseCategory.STABILITY, Decision.DEFER).note("restore-mobility-first"));` | `Restriction.of(ExerciseCategory.STABILITY, Decision.STOP));` | Restriction.of(...) is not a conclusion until .note("key") finishes it
            a regular expression in a condition | stability-timing.drl | $exercise : Exercise(category == ExerciseCategory.STABILITY) | `$exercise : Exercise(name matches ".*plank.*")` | `matches` is not allowed in a condition
            a threshold read through its kind of fact | pain-response.drl | `ExerciseSession(painDuring > $limit, $window.includes(date))` | `ExerciseSession(painDuring > Thresholds.maxPainDuring, $window.includes(date))` | Thresholds is a kind of fact, not one fact: match it and name its field, as in Thresholds($maxPainDuring : maxPainDuring)
            a code alone on one side of or | breathing.drl | pattern == BreathingPattern.BREATH_HOLDING) | `pattern == BreathingPattern.BREATH_HOLDING || BreathingPattern.CHEST_BREATHING)` | `each side of || is a comparison of its own: write pattern == BreathingPattern.BREATH_HOLDING || pattern == BreathingPattern.CHEST_BREATHING, or pattern in (`
            several codes given to contains | exercise-choice.drl | Symptom(aggravatedBy contains Activity.WALKING) | `Symptom(aggravatedBy contains (Activity.WALKING, Activity.STANDING))` | `contains takes one code: write aggravatedBy contains Activity.WALKING || aggravatedBy contains Activity.STANDING`
            a statement without its semicolon | breathing.drl | `insertLogical(Advice.of("breathe-with-the-effort").because($seen));` | `insertLogical(Advice.of("breathe-with-the-effort").because($seen))` | this statement is missing the ; that ends it
            a date written in a condition | pain-response.drl | `ExerciseSession(painDuring > $limit, $window.includes(date))` | `ExerciseSession(painDuring > $limit, date > LocalDate.of(2026, 1, 1))` | LocalDate is neither a field of ExerciseSession nor a fact or code list a rule can name
            a code written with the name of a kind of fact | stability-timing.drl | Exercise(category == ExerciseCategory.STABILITY) | Exercise(category == Exercise.STABILITY) | Exercise is a kind of fact, not a code list: write ExerciseCategory.STABILITY
            a list of codes compared with one code | exercise-choice.drl | Symptom(aggravatedBy contains Activity.WALKING) | Symptom(aggravatedBy == Activity.WALKING) | aggravatedBy holds a list of codes, not one: write aggravatedBy contains Activity.WALKING
            a code not in capitals | breathing.drl | pattern == BreathingPattern.BREATH_HOLDING) | pattern == BreathingPattern.Breath_holding) | write BreathingPattern.BREATH_HOLDING: a code is written in capitals
            a matched fact named without its $ in a then block | breathing.drl | `because($seen)` | `because(seen)` | unknown name seen: a fact the rule matched is named by its variable, with its $ (write $seen)
            a priority given twice | breathing.drl | @priority(3) | `@priority(3)\n    @priority(9)` | gives @priority twice (first at line 12): keep one
            a restriction that allows | stability-timing.drl | `Restriction.of(ExerciseCategory.STABILITY, Decision.DEFER)` | `Restriction.of(ExerciseCategory.STABILITY, Decision.ALLOW)` | Restriction.of(..., Decision.ALLOW) restricts nothing
            a code's words under a misspelled code | texts/de.yaml | `FEVER: Fieber` | `FEVR: Fieber` | FEVR is not a code: the words of a code are given under its name as a case writes it (did you mean FEVER?)
            a brace left open in a note | texts/en.yaml | `stop-until-seen: "Stop until a doctor has seen you."` | `stop-until-seen: "Stop until a doctor has seen you {today."` | stop-until-seen: a { or } without its pair
            a comfortable pain above the most pain allowed | thresholds.yaml | comfortablePainDuring: 3 | comfortablePainDuring: 8 | comfortablePainDuring (8) is above maxPainDuring (5)
            an advice id joined while the rule runs | breathing.drl | `Advice.of("breathe-with-the-effort")` | `Advice.of("breathe-with-" + "the-effort")` | Advice.of(...) takes its key as a text in quotes, as in Advice.of("key")
            a because line slipped to the start of its line | texts/de.yaml | `  because: "STarT-Back-Gesamtwert` | `because: "STarT-Back-Gesamtwert` | `because:` starts at the beginning of its line
            a pain rated out of 100 | suggested-exercises.drl | `exists Symptom(belowKnee == true)` | `exists Symptom(belowKnee == true, intensity >= 40)` | intensity >= 40 is never true: intensity is 0..10 in every case
            = for : in thresholds.yaml | thresholds.yaml | maxPainDuring: 5 | maxPainDuring = 4 | write name: value, with a colon instead of =
            a threshold given twice | thresholds.yaml | maxNextMorningRise: 0 | `maxNextMorningRise: 0\nmaxPainDuring: 4` | maxPainDuring is given twice (first at line
            a threshold out of range | thresholds.yaml | maxPainDuring: 5 | maxPainDuring: 11 | maxPainDuring
            a threshold too large for any range | thresholds.yaml | painLogWindowDays: 14 | painLogWindowDays: 4294967303 | painLogWindowDays: 4294967303 is out of range: far larger than any threshold
            a tab in thresholds.yaml | thresholds.yaml | maxPainDuring: 5 | `maxPainDuring:\t5` | a tab on this line
            a tab in a scenario | scenarios/wrong-exercise-walking-hurts.yaml | `    - { movement: FLEXION, status: FULL }` | `\t- { movement: FLEXION, status: FULL }` | a tab on this line
            a scenario line out of line | scenarios/wrong-exercise-walking-hurts.yaml | `  mobility:` | `   mobility:` | this line is not lined up
            """)
    void aSlipIsReportedOnceOnItsOwnLine(String slip, String file, String original, String replacement,
            String explanation) throws Exception {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        Path drl = rules.resolve(file);
        String text = Files.readString(drl);
        String from = original.replace("\\n", "\n").replace("\\t", "\t");
        String to = replacement.replace("\\n", "\n").replace("\\t", "\t");
        assertThat(text).as("the project's %s still holds the text this test edits", file).contains(from);
        int at = text.indexOf(from);
        String edited = text.substring(0, at) + to + text.substring(at + from.length());
        Files.writeString(drl, edited);
        int expectedLine = lineOfFirstDifference(text, edited);

        List<RuleProblem> problems = file.startsWith("scenarios/") ? scenarioProblems(rules, file)
                : RuleFixtures.blocking(RulesValidator.validate(rules));

        assertThat(problems).as(slip).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(expectedLine);
            assertThat(p.message()).contains(explanation);
        });
    }

    @Test
    void aFactBoundInsideExistsAndNamedInTheThenBlockIsNamedWhereTheThenBlockUsesIt() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(temp);
        Path drl = rules.resolve("stability-timing.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text.replace("    $exercise : Exercise(category == ExerciseCategory.STABILITY)",
                "    exists $exercise : Exercise(category == ExerciseCategory.STABILITY)"));
        int usedAt = List.of(text.split("\n")).indexOf("    insertLogical(Advice.of(\"restore-mobility-before-stability\")"
                + ".because($exercise));") + 1;

        assertThat(RuleFixtures.blocking(RulesValidator.validate(rules))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(usedAt).isPositive();
            assertThat(p.message()).contains("$exercise is bound inside exists, which matches no one fact")
                    .contains("as in $exercise : Exercise(...)");
        });
    }

    /** What reading a scenario file says, as a problem with its line: the message starts "line N: ". */
    private static List<RuleProblem> scenarioProblems(Path rules, String file) {
        try {
            ScenarioReader.read(rules.resolve(file));
            return List.of();
        } catch (InvalidCaseException e) {
            Matcher line = Pattern.compile("^line (\\d+): ").matcher(e.getMessage());
            return List.of(new RuleProblem(file, line.find() ? Integer.parseInt(line.group(1)) : 0, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOfFirstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return Math.min(x.length, y.length) + 1;
    }
}
