package org.backpainkb.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Person;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;
import org.backpainkb.rules.Thresholds;

/**
 * The cases that put each of the contract's statements to a rule set, each with what the statement
 * asks of its result ({@link ContractProbes} checks them). Built from the thresholds in force, since
 * statements 9 and 14 speak of them.
 */
final class ContractCases {

    /** The day the pain log's probes are assessed on. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

    /**
     * A case and what it puts to the rules.
     *
     * @param situation the case in words, for a problem's message
     * @param input the case
     * @param expect what its result must hold
     */
    record Probe(String situation, Case input, Expect expect) {
    }

    private ContractCases() {
    }

    /** Full mobility, the core on, diaphragmatic breathing: statement 10's case with nothing wrong. */
    static Case.Builder healthy() {
        return Case.builder().person(new Person(40))
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.FULL),
                        new MobilityFinding(Movement.EXTENSION, MobilityStatus.FULL))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE));
    }

    static Case.Builder restricted() {
        return Case.builder().person(new Person(40))
                .mobility(new MobilityFinding(Movement.FLEXION, MobilityStatus.RESTRICTED))
                .breathing(new BreathingObservation(BreathingPattern.DIAPHRAGMATIC, BreathingContext.EXERCISE))
                .core(new CoreActivation(true, true, CoreStrength.AVERAGE));
    }

    static Case.Builder coreOff() {
        return healthy().core(new CoreActivation(false, true, CoreStrength.STRONG));
    }

    static List<Probe> all(Thresholds t) {
        List<Probe> probes = new ArrayList<>();
        redFlags(probes);
        stagesAndGates(probes);
        reasons(probes);
        painResponse(probes, t);
        // the cases so far are put again with other people; the screening's, the preference's and the pain
        // log's are varied otherwise, or have nothing a person's age could narrow that these do not show
        List<Probe> personal = List.copyOf(probes);
        redFlagsWithMuchElse(probes, t);
        probes.add(new Probe("nothing wrong", healthy().build(), Expect.nothingWrong()));
        probes.add(new Probe("nothing wrong, with a STarT Back of no answer agreed",
                healthy().startBack(startBack(0, 0, Bothersomeness.NOT_AT_ALL)).build(), Expect.nothingWrong()));
        programmeOfEveryCategory(probes);
        probes.add(new Probe("a rounded back in a loaded lift and a lost neutral spine in a bodyweight exercise",
                healthy().formError(new FormError("A loaded lift", ExerciseCategory.STRENGTH,
                        FormFault.ROUNDED_BACK_UNDER_LOAD, Load.EXTERNAL), new FormError("A floor exercise",
                        ExerciseCategory.CORE_STRENGTH, FormFault.LOSS_OF_NEUTRAL_SPINE, Load.BODYWEIGHT)).build(),
                Expect.poorForm(ExerciseCategory.STRENGTH).and(Expect.poorForm(ExerciseCategory.CORE_STRENGTH))
                        .and(Expect.formRanked(Set.of("A loaded lift"), Set.of("A floor exercise")))));
        risk(probes);
        preference(probes);
        dose(probes, t);
        probes.addAll(ContractVariants.all(t, personal));
        return probes;
    }

    /** A programme with a bodyweight exercise of every category. */
    static Exercise[] exerciseOfEveryCategory() {
        return Arrays.stream(ExerciseCategory.values())
                .map(category -> new Exercise("An exercise", category, Load.BODYWEIGHT)).toArray(Exercise[]::new);
    }

    /**
     * Statement 3 with an exercise of every category in the programme, at each stage: a rule holding
     * back a category no stage holds, for people doing that work, is refused when it fires.
     */
    private static void programmeOfEveryCategory(List<Probe> probes) {
        Exercise[] every = exerciseOfEveryCategory();
        probes.add(new Probe("nothing wrong, with an exercise of every category in the programme",
                healthy().exercise(every).build(), Expect.nothingWrong()));
        probes.add(new Probe("forward bending restricted, with an exercise of every category in the programme",
                restricted().exercise(every).build(), Expect.stage(org.backpainkb.model.Stage.MOBILITY)));
        probes.add(new Probe("the core not switched on when cued, with an exercise of every category in the programme",
                coreOff().exercise(every).build(), Expect.stage(org.backpainkb.model.Stage.MOTOR_CONTROL)));
    }

    private static void redFlags(List<Probe> probes) {
        for (RedFlag flag : RedFlag.values()) {
            probes.add(new Probe("red flag " + flag.name(), healthy().redFlag(flag).build(), Expect.redFlagAtLeast(flag.urgency())));
        }
        RedFlag routine = null;
        RedFlag emergency = null;
        for (RedFlag flag : RedFlag.values()) {
            switch (flag.urgency()) {
                case ROUTINE -> routine = routine == null ? flag : routine;
                case EMERGENCY -> emergency = emergency == null ? flag : emergency;
                default -> { }
            }
        }
        if (routine != null && emergency != null) {
            probes.add(new Probe("red flags " + routine.name() + " and " + emergency.name(),
                    healthy().redFlag(routine, emergency).build(), Expect.redFlagAtLeast(emergency.urgency())));
        }
    }

    /**
     * Statement 1 for a person of 80 with much besides the flag: pain that lifting, walking and sitting
     * make worse, a loaded exercise of every category, a session that hurt. A clinic's rule about an
     * older person, a loaded programme or painful lifting that says less than a flag asks (advice
     * below a red flag's, a referral raised without its advice) is refused when the rules load, not
     * when such a person is first assessed.
     */
    private static void redFlagsWithMuchElse(List<Probe> probes, Thresholds t) {
        Exercise[] loaded = Arrays.stream(ExerciseCategory.values())
                .map(category -> new Exercise("A loaded exercise", category, Load.EXTERNAL)).toArray(Exercise[]::new);
        for (RedFlag flag : RedFlag.values()) {
            Case c = healthy().person(new Person(80)).asOf(AS_OF)
                    .symptom(new Symptom(Region.LOW_BACK, 6, Activity.LIFTING, Activity.WALKING, Activity.SITTING))
                    .exercise(loaded)
                    .session(new ExerciseSession(AS_OF, "A loaded exercise", ExerciseCategory.STRENGTH, 2,
                            Math.min(10, t.maxPainDuring() + 1), 5))
                    .redFlag(flag).build();
            probes.add(new Probe("red flag " + flag.name() + " at 80, with pain worse lifting, walking and sitting, a loaded"
                    + " programme and a session that hurt", c, Expect.redFlagAtLeast(flag.urgency())));
        }
    }

    private static void stagesAndGates(List<Probe> probes) {
        probes.add(new Probe("forward bending restricted", restricted().build(), Expect.stage(org.backpainkb.model.Stage.MOBILITY)));
        probes.add(new Probe("the core not switched on when cued", coreOff().build(),
                Expect.stage(org.backpainkb.model.Stage.MOTOR_CONTROL)));
        for (BreathingPattern pattern : List.of(BreathingPattern.BREATH_HOLDING, BreathingPattern.CHEST_BREATHING,
                BreathingPattern.PARADOXICAL)) {
            probes.add(new Probe("breathing " + pattern.name() + " while lifting", healthy().breathing(
                    new BreathingObservation(pattern, BreathingContext.LIFTING)).build(),
                    Expect.stage(org.backpainkb.model.Stage.MOTOR_CONTROL)
                            .and(Expect.reason(org.backpainkb.model.ReasonCode.IMPROPER_BREATHING, 7))));
        }
    }

    private static void reasons(List<Probe> probes) {
        probes.add(new Probe("a low back made worse by walking", healthy()
                .symptom(new Symptom(Region.LOW_BACK, 4, Activity.WALKING)).build(), Expect.walkingHurts()));
        probes.add(new Probe("a strength exercise in the programme while the core is not switched on", coreOff()
                .exercise(new Exercise("Deadlift", ExerciseCategory.STRENGTH, Load.EXTERNAL)).build(),
                Expect.reason(org.backpainkb.model.ReasonCode.WRONG_EXERCISE, 4)));
        probes.add(new Probe("a stability exercise in the programme while forward bending is restricted", restricted()
                .exercise(new Exercise("Side plank", ExerciseCategory.STABILITY, Load.BODYWEIGHT)).build(),
                Expect.reason(org.backpainkb.model.ReasonCode.STABILITY_TOO_EARLY, 5)));
        probes.add(new Probe("the core not switched on when cued, though strong", coreOff().build(),
                Expect.reason(org.backpainkb.model.ReasonCode.CORE_NOT_ACTIVATED, 6)));
        probes.add(new Probe("the core not switched on during exercise", healthy()
                .core(new CoreActivation(true, false, CoreStrength.STRONG)).build(),
                Expect.reason(org.backpainkb.model.ReasonCode.CORE_NOT_ACTIVATED, 6)));
        probes.add(new Probe("a rounded back in a bodyweight core exercise", healthy().formError(new FormError("Sit-up",
                ExerciseCategory.CORE_STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD, Load.BODYWEIGHT)).build(),
                Expect.poorForm(ExerciseCategory.CORE_STRENGTH)));
        probes.add(new Probe("a rounded back in a loaded strength exercise", healthy().formError(new FormError("Deadlift",
                ExerciseCategory.STRENGTH, FormFault.ROUNDED_BACK_UNDER_LOAD, Load.EXTERNAL)).build(),
                Expect.poorForm(ExerciseCategory.STRENGTH)));
    }

    private static void painResponse(List<Probe> probes, Thresholds t) {
        if (t.maxPainDuring() < 10) {
            probes.add(new Probe("an aerobic session with pain during " + (t.maxPainDuring() + 1), healthy().asOf(AS_OF)
                    .session(new ExerciseSession(AS_OF, "Cycling", ExerciseCategory.AEROBIC, 2, t.maxPainDuring() + 1, 2))
                    .build(), Expect.painResponse(ExerciseCategory.AEROBIC)));
        }
        if (2 + t.maxNextMorningRise() < 10) {
            probes.add(new Probe("an aerobic session with pain the next morning " + (t.maxNextMorningRise() + 1)
                    + " above the pain before it", healthy().asOf(AS_OF).session(new ExerciseSession(AS_OF, "Cycling",
                            ExerciseCategory.AEROBIC, 2, 2, 3 + t.maxNextMorningRise())).build(),
                    Expect.painResponse(ExerciseCategory.AEROBIC)));
        }
    }

    private static void risk(List<Probe> probes) {
        probes.add(new Probe("STarT Back with items 1 to 3 agreed", healthy().startBack(startBack(3, 0,
                Bothersomeness.SLIGHTLY)).build(), Expect.risk(3, 0)));
        probes.add(new Probe("STarT Back with items 1 to 4 agreed", healthy().startBack(startBack(4, 0,
                Bothersomeness.SLIGHTLY)).build(), Expect.risk(4, 0)));
        probes.add(new Probe("STarT Back with items 5 to 7 agreed", healthy().startBack(startBack(0, 3,
                Bothersomeness.MODERATELY)).build(), Expect.risk(3, 3)));
        probes.add(new Probe("STarT Back with items 5 to 7 agreed and very much bothered", healthy().startBack(startBack(0, 3,
                Bothersomeness.VERY_MUCH)).build(), Expect.risk(4, 4)));
        probes.add(new Probe("STarT Back with items 5 to 8 agreed", healthy().startBack(startBack(0, 4,
                Bothersomeness.SLIGHTLY)).build(), Expect.risk(4, 4)));
    }

    /** Agrees the first of items 1 to 4, then the first of items 5 to 8. */
    private static StartBack startBack(int physical, int psychosocial, Bothersomeness bothersomeness) {
        return new StartBack(physical > 0, physical > 1, physical > 2, physical > 3, psychosocial > 0, psychosocial > 1,
                psychosocial > 2, psychosocial > 3, bothersomeness);
    }

    private static void preference(List<Probe> probes) {
        Symptom flexion = new Symptom(Region.LOW_BACK, 4, List.of(Activity.STANDING), List.of(Activity.SITTING), false);
        Symptom extension = new Symptom(Region.BUTTOCK, 4, List.of(Activity.BENDING_FORWARD), List.of(Activity.WALKING), false);
        probes.add(new Probe("worse standing, eased sitting", healthy().symptom(flexion).build(),
                Expect.preference(org.backpainkb.model.DirectionalPreference.FLEXION)));
        probes.add(new Probe("worse bending forward, eased walking", healthy().symptom(extension).build(),
                Expect.preference(org.backpainkb.model.DirectionalPreference.EXTENSION)));
        probes.add(new Probe("one symptom pointing each way", healthy().symptom(flexion, extension).build(),
                Expect.preference(org.backpainkb.model.DirectionalPreference.NONE)));
        probes.add(new Probe("worse standing, eased sitting, while forward bending is restricted",
                restricted().symptom(flexion).build(), Expect.preference(org.backpainkb.model.DirectionalPreference.FLEXION)));
    }

    private static void dose(List<Probe> probes, Thresholds t) {
        int sessions = t.progressAfterSessions();
        int window = t.painLogWindowDays();
        probes.add(new Probe(sessions + " comfortable mobility sessions in a row", healthy().asOf(AS_OF)
                .session(comfortable(sessions, t)).build(), Expect.dose(ExerciseCategory.MOBILITY, org.backpainkb.model.Dose.INCREASE)));
        if (sessions > 1) {
            probes.add(new Probe((sessions - 1) + " comfortable mobility sessions", healthy().asOf(AS_OF)
                    .session(comfortable(sessions - 1, t)).build(),
                    Expect.dose(ExerciseCategory.MOBILITY, org.backpainkb.model.Dose.KEEP)));
        }
        if (t.maxPainDuring() < 10) {
            probes.add(new Probe("a mobility session with pain during " + (t.maxPainDuring() + 1), healthy().asOf(AS_OF)
                    .session(new ExerciseSession(AS_OF, "Cat-camel", ExerciseCategory.MOBILITY, 2, t.maxPainDuring() + 1, 2))
                    .build(), Expect.dose(ExerciseCategory.MOBILITY, org.backpainkb.model.Dose.REDUCE)));
        }
        probes.add(new Probe("a mobility session on the first day of the pain log's window", healthy().asOf(AS_OF)
                .session(new ExerciseSession(AS_OF.minusDays(window), "Cat-camel", ExerciseCategory.MOBILITY, 2, 2, 2))
                .build(), Expect.counted(ExerciseCategory.MOBILITY)));
        probes.add(new Probe("a mobility session the day before the pain log's window", healthy().asOf(AS_OF)
                .session(new ExerciseSession(AS_OF.minusDays(window + 1L), "Cat-camel", ExerciseCategory.MOBILITY, 2, 2, 2))
                .build(), Expect.dose(ExerciseCategory.MOBILITY, null)));
    }

    /** Sessions on the day assessed, each of its own exercise, so that none is merged with an equal one. */
    private static ExerciseSession[] comfortable(int count, Thresholds t) {
        ExerciseSession[] sessions = new ExerciseSession[count];
        for (int i = 0; i < count; i++) {
            sessions[i] = new ExerciseSession(AS_OF, "Mobility exercise " + (i + 1), ExerciseCategory.MOBILITY,
                    t.comfortablePainDuring(), t.comfortablePainDuring(), t.comfortablePainDuring());
        }
        return sessions;
    }
}
