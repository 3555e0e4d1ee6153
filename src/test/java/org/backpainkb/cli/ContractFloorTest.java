package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.backpainkb.ContractShortfallException;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleFailedException;
import org.backpainkb.authoring.RuleFixtures;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.Case;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Decision;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.Person;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.Symptom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each result is put to the contract's statements where they speak plainly of its case: rules
 * narrowed along something no case put to them at load time varies (here one age) load, and the
 * first person the narrowing reaches gets no result rather than a wrong one.
 */
class ContractFloorTest {

    /** An age none of the library's own cases has. */
    private static final int AGE = 47;

    @TempDir
    Path dir;

    private Path edited(String file, String from, String to) throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir.resolve("rules"));
        Path drl = rules.resolve(file);
        String text = Files.readString(drl);
        assertThat(text).contains(from);
        Files.writeString(drl, text.replace(from, to));
        return rules;
    }

    private static Case.Builder aged() {
        return Case.builder().id("narrowed").person(new Person(AGE));
    }

    private static Case walkingHurts(int intensity) {
        return aged().symptom(new Symptom(Region.LOW_BACK, intensity, List.of(Activity.WALKING), List.of(), false)).build();
    }

    private static List<String> shortfallsOf(KnowledgeBase kb, Case c) {
        return catchThrowableOfType(ContractShortfallException.class, () -> kb.assess(c)).shortfalls();
    }

    @Test
    void anEmergencyRuleNarrowedToOtherAgesLoadsButGivesThatAgeNoResultNamingStatementOne() throws IOException {
        KnowledgeBase kb = KnowledgeBase.fromDirectory(edited("red-flags.drl",
                "    ReportedRedFlag($flag : flag, flag.urgency() == Urgency.EMERGENCY)\n",
                "    ReportedRedFlag($flag : flag, flag.urgency() == Urgency.EMERGENCY)\n    not Person(age == " + AGE + ")\n"));

        ContractShortfallException e = catchThrowableOfType(ContractShortfallException.class,
                () -> kb.assess(aged().redFlag(RedFlag.SADDLE_NUMBNESS).build()));

        assertThat(e.shortfalls()).contains("statement 1: referral NONE, not at least EMERGENCY",
                "statement 1: WALKING ALLOW, not at least STOP");
        assertThat(e.getMessage()).startsWith("the rules break the contract on case narrowed: statement 1:")
                .contains("; the rules that fired: Mobility is restored when no spinal movement is restricted");
        // the narrowed rule is the one missing: the rules that fired are where to look, and what is not among them
        assertThat(e.firedRules()).isNotEmpty()
                .doesNotContain("Emergency red flag: possible cauda equina, seek emergency care today");
        assertThat(kb.assess(Case.builder().person(new Person(AGE + 1)).redFlag(RedFlag.SADDLE_NUMBNESS).build())
                .referral().urgency()).hasToString("EMERGENCY");
    }

    @Test
    void aWalkingRuleThatStopsWalkingForOneAgeGivesThatAgeNoResultNamingStatementFour() throws IOException {
        KnowledgeBase kb = KnowledgeBase.fromDirectory(edited("exercise-choice.drl",
                "    insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.MODIFY).note(\"keep-walks-comfortable\"));\n",
                "    insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.MODIFY).note(\"keep-walks-comfortable\"));\n"
                        + "    if ($symptom.intensity() == 7) { insertLogical(Restriction.of(ExerciseCategory.WALKING,"
                        + " Decision.STOP).note(\"keep-walks-comfortable\")); }\n"));
        assertThat(shortfallsOf(kb, walkingHurts(7))).containsExactly("statement 4: WALKING STOP, not MODIFY: walking is not bad");
    }

    @Test
    void aSuggestionRuleNarrowedToOtherAgesGivesThatAgeNoResultNamingStatementThirteen() throws IOException {
        KnowledgeBase kb = KnowledgeBase.fromDirectory(edited("suggested-exercises.drl",
                "    exists Symptom(aggravatedBy contains Activity.WALKING)\n    CurrentStage($stage : stage)\n",
                "    exists Symptom(aggravatedBy contains Activity.WALKING)\n    CurrentStage($stage : stage)\n"
                        + "    not Person(age == " + AGE + ")\n"));
        assertThat(shortfallsOf(kb, walkingHurts(4))).containsExactly("statement 13: no AEROBIC exercise suggested while walking makes the pain worse");
    }

    @Test
    void aDoseRuleNarrowedToOtherAgesGivesThatAgeNoResultNamingStatementFourteen() throws IOException {
        KnowledgeBase kb = KnowledgeBase.fromDirectory(edited("dose.drl",
                "    LatestSessions($category : category, counted >= $sessions",
                "    not Person(age == " + AGE + ")\n    LatestSessions($category : category, counted >= $sessions"));
        LocalDate today = LocalDate.of(2026, 12, 7);
        Case.Builder comfortable = aged().asOf(today);
        for (int day = 0; day < 3; day++) {
            comfortable.session(new ExerciseSession(today.minusDays(day), "Cat-camel", ExerciseCategory.MOBILITY, 1, 1, 1));
        }

        assertThat(shortfallsOf(kb, comfortable.build())).containsExactly("statement 14: MOBILITY dose KEEP, not INCREASE");
    }

    @Test
    void emergencyAdviceMovedBehindTheExerciseAdviceIsRefusedWhenTheRulesLoadNamingStatementOne() throws IOException {
        Path rules = edited("red-flags.drl", "    @priority(1)\n", "    @priority(9)\n");

        // the library's cases put every red flag beside a loaded programme and a session that hurt
        assertThatThrownBy(() -> KnowledgeBase.fromDirectory(rules)).isInstanceOf(org.backpainkb.RulesException.class)
                .hasMessageContaining("statement 1: ").hasMessageContaining("is said before the red flag's advice: red flags"
                        + " come first");
    }

    @Test
    void aRuleDeferringMobilityForAReasonOfItsOwnRestrictsMoreAndItsResultIsGiven() throws IOException {
        KnowledgeBase kb = KnowledgeBase.fromDirectory(RuleFixtures.withClinicRule(dir.resolve("clinic"),
                "Pain during a session of 8/10 or more: hold that exercise until reviewed", "pain-monitoring-during",
                "$window : PainLogWindow()\n    $session : ExerciseSession(painDuring >= 8, $window.includes(date))",
                "insertLogical(Restriction.of($session.category(), Decision.DEFER).note(\"keep-pain-during-at-the-limit\"));"));
        LocalDate today = LocalDate.of(2026, 11, 20);
        Case veryPainfulMobility = aged().asOf(today)
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED))
                .session(new ExerciseSession(today.minusDays(2), "Knees to chest", ExerciseCategory.MOBILITY, 3, 8, 4)).build();

        assertThat(kb.assess(veryPainfulMobility).clearance(ExerciseCategory.MOBILITY).decision()).isEqualTo(Decision.DEFER);
    }

    @Test
    void theCommandLineSaysTheShortfallOnOneLineAndExitsTwo() throws IOException {
        Path rules = edited("red-flags.drl",
                "    ReportedRedFlag($flag : flag, flag.urgency() == Urgency.EMERGENCY)\n",
                "    ReportedRedFlag($flag : flag, flag.urgency() == Urgency.EMERGENCY)\n    not Person(age == " + AGE + ")\n");
        Path caseFile = dir.resolve("case.yaml");
        Files.writeString(caseFile, "id: narrowed\nperson: { age: " + AGE + " }\nredFlags: [SADDLE_NUMBNESS]\n");

        CommandLineRuns.Run run = CommandLineRuns.run("assess", "--rules", rules.toString(), caseFile.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: the rules break the contract on case narrowed: statement 1:");
    }

    private KnowledgeBase withRule(String when, String then) throws IOException {
        return KnowledgeBase.fromDirectory(RuleFixtures.withClinicRule(dir.resolve("clinic"), "For one age only",
                "seed-wrong-exercise", when, then));
    }

    /** The project's rules with one rule of a clinic's for one age, in the older form, for a reason of its choosing. */
    private KnowledgeBase withOldFormRuleAtOneAge(String name, String reason, String source, String when, String then)
            throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir.resolve("clinic-" + reason));
        Files.writeString(rules.resolve("clinic.drl"), """
                package org.backpainkb.rules;

                import org.backpainkb.model.*;

                rule "%s"
                    @reason(%s)
                    @source("%s")
                when
                    Person(age == %d)
                    %s
                then
                    %s
                end
                """.formatted(name, reason, source, AGE, when, then));
        return KnowledgeBase.fromDirectory(rules);
    }

    private static Case.Builder healthy() {
        return aged().mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .core(new org.backpainkb.model.CoreActivation(true, true, null));
    }

    @Test
    void aReferralForARedFlagNobodyReportedIsNoResultAndItsMissingAdviceIsNamed() throws IOException {
        KnowledgeBase kb = withRule("Person(age == " + AGE + ")",
                "insertLogical(new ReferralNeeded(Urgency.EMERGENCY, RedFlag.FEVER));");

        assertThat(shortfallsOf(kb, aged().build())).contains(
                "statement 1: the referral names FEVER, which the case does not report",
                "statement 1: no CRITICAL recommendation with reason RED_FLAG");
    }

    @Test
    void aRestrictionAClinicAddsForOlderPeopleOnACaseWithNothingWrongIsNoResultNamingStatementTen() throws IOException {
        KnowledgeBase kb = withRule("Person(age == 72)",
                "insertLogical(Restriction.of(ExerciseCategory.AEROBIC, Decision.MODIFY).note(\"keep-walks-comfortable\"));");

        assertThat(shortfallsOf(kb, healthy().person(new Person(72)).build()))
                .containsExactly("statement 10: AEROBIC MODIFY, not ALLOW: nothing is wrong in this case");
    }

    @Test
    void aRestrictionForASymptomNoStatementNamesIsAResultSinceTheStatementsAreAFloor() throws IOException {
        KnowledgeBase kb = withRule("exists Symptom(aggravatedBy contains Activity.RUNNING)",
                "insertLogical(Restriction.of(ExerciseCategory.AEROBIC, Decision.MODIFY).note(\"keep-walks-comfortable\"));");

        assertThat(kb.assess(healthy().symptom(new Symptom(Region.LOW_BACK, 4, Activity.RUNNING)).build())
                .clearance(ExerciseCategory.AEROBIC).decision()).isEqualTo(Decision.MODIFY);
    }

    @Test
    void walkingThatHurtsDeferredForOneAgeIsNoResultNamingStatementFour() throws IOException {
        KnowledgeBase kb = withRule("Person(age == " + AGE + ")\n    exists Symptom(aggravatedBy contains Activity.WALKING)",
                "insertLogical(Restriction.of(ExerciseCategory.WALKING, Decision.DEFER).note(\"keep-walks-comfortable\"));");

        assertThat(shortfallsOf(kb, walkingHurts(5))).contains("statement 4: WALKING DEFER, not MODIFY: walking is not bad");
    }

    @Test
    void aStagesHoldOnMobilityForOneAgeFailsNamingTheRuleAndStatementThree() throws IOException {
        KnowledgeBase kb = withRule("Person(age == " + AGE + ")",
                "insertLogical(StageHold.of(ExerciseCategory.MOBILITY).note(\"keep-walks-comfortable\"));");

        assertThatThrownBy(() -> kb.assess(healthy().build())).isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("rule \"For one age only\" failed: it held MOBILITY back by the stage (StageHold),"
                        + " which no stage does")
                .hasMessageContaining("(statement 3)");
    }

    @Test
    void aPersistenceRiskForALowRiskAtOneAgeIsNoResultNamingStatementEleven() throws IOException {
        KnowledgeBase kb = withOldFormRuleAtOneAge("Leg pain on the screening at one age: the pain will persist",
                "PERSISTENCE_RISK", "start-back", "StartBack(legPain == true)",
                "insertLogical(new Advice(\"pain-will-persist\", ReasonCode.PERSISTENCE_RISK, Severity.WARNING, 2,"
                        + " \"Your pain is likely to persist.\", \"leg pain\"));");
        Case lowRisk = healthy().startBack(new StartBack(true, false, false, false, false, false, false, false,
                Bothersomeness.NOT_AT_ALL)).build();

        assertThat(shortfallsOf(kb, lowRisk))
                .contains("statement 11: reason PERSISTENCE_RISK, though the risk is LOW: a low risk adds no reason");
    }

    @Test
    void formAdviceRankedWithTheBodyweightFaultFirstIsRefusedWhenTheRulesLoadNamingStatementEight() throws IOException {
        Path rules = RuleFixtures.copyOfProjectRules(dir.resolve("ranked"));
        Path form = rules.resolve("form.drl");
        String text = Files.readString(form);
        assertThat(text).contains("@priority(2)", "@priority(4)");
        Files.writeString(form, text.replace("@priority(2)", "@priority(9)").replace("@priority(4)", "@priority(1)"));

        assertThatThrownBy(() -> KnowledgeBase.fromDirectory(rules)).isInstanceOf(org.backpainkb.RulesException.class)
                .hasMessageContaining("statement 8: the advice on the fault in A floor exercise comes before the advice"
                        + " on faults under load or done often (A loaded lift)");
    }

    @Test
    void formAdviceRankedWithTheBodyweightFaultFirstForOneAgeIsNoResultNamingStatementEight() throws IOException {
        KnowledgeBase kb = withOldFormRuleAtOneAge("At one age, bodyweight form first", "POOR_FORM", "seed-form",
                "$error : FormError(load == Load.BODYWEIGHT)",
                "insertLogical(new Advice(\"form-first\", ReasonCode.POOR_FORM, Severity.CRITICAL, 1, \"Fix this first.\","
                        + " \"fault in \" + $error.exercise()));");
        Case both = healthy().formError(new org.backpainkb.model.FormError("Deadlift", ExerciseCategory.STRENGTH,
                org.backpainkb.model.FormFault.ROUNDED_BACK_UNDER_LOAD, org.backpainkb.model.Load.EXTERNAL),
                new org.backpainkb.model.FormError("Bird dog", ExerciseCategory.STABILITY,
                        org.backpainkb.model.FormFault.LOSS_OF_NEUTRAL_SPINE, org.backpainkb.model.Load.BODYWEIGHT)).build();

        assertThat(shortfallsOf(kb, both)).containsExactly("statement 8: the advice on the fault in Bird dog comes before"
                + " the advice on faults under load or done often (Deadlift): faults under external load or at high"
                + " repetitions rank higher");
    }

    @Test
    void criticalAdviceOfAnotherReasonAtTheEmergencyAdvicesPriorityIsSaidAfterItWhateverItsId() throws IOException {
        // "a-..." sorts before "seek-emergency-care-today": of equal priority and severity a red flag's advice comes first
        KnowledgeBase kb = withRule("Person(age == " + AGE + ")\n    exists ReportedRedFlag()",
                "insertLogical(new Advice(\"a-keep-walking\", ReasonCode.WRONG_EXERCISE, Severity.CRITICAL, 1,"
                        + " \"Keep walking, it will pass.\", \"a red flag\"));");

        assertThat(kb.assess(healthy().redFlag(org.backpainkb.model.RedFlag.SADDLE_NUMBNESS).build()).recommendations())
                .first().satisfies(r -> assertThat(r.id()).isEqualTo("seek-emergency-care-today"));
    }

    @Test
    void aRedFlagsAdviceBelowCriticalUnderAnUrgentReferralIsNoResultNamingStatementOne() throws IOException {
        KnowledgeBase kb = withOldFormRuleAtOneAge("At one age, carry on whatever the flag", "RED_FLAG", "red-flags",
                "exists ReportedRedFlag()",
                "insertLogical(new Advice(\"carry-on-meanwhile\", ReasonCode.RED_FLAG, Severity.WARNING, 9,"
                        + " \"You can carry on with the exercise advice meanwhile.\", \"a red flag\"));");

        assertThat(shortfallsOf(kb, healthy().redFlag(org.backpainkb.model.RedFlag.FEVER).build())).contains(
                "statement 1: carry-on-meanwhile (WARNING) is a red flag's advice below CRITICAL under an URGENT red flag:"
                        + " the highest urgency wins (give its rule @severity(CRITICAL), or keep it from firing then with"
                        + " `not ExerciseOnHold()` in its conditions)");
    }
}
