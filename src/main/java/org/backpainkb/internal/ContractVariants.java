package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backpainkb.model.Activity;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.FormError;
import org.backpainkb.model.FormFault;
import org.backpainkb.model.Load;
import org.backpainkb.model.Person;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Region;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Symptom;
import org.backpainkb.rules.Thresholds;

/**
 * The contract's cases again, each with one thing changed that no statement speaks of: the person's
 * age, a symptom's region or intensity, the load of an exercise, the day of a session, the context of
 * a breath held. A statement holds whatever these are, so an edit that narrows a rule along one of
 * them (an emergency rule for adults only, a walking rule for the lower back only) falls short on a
 * variant. One thing at a time keeps them to a few hundred cases.
 */
final class ContractVariants {

    /** No person given, a child and a very old person. */
    private static final List<Person> PEOPLE = Arrays.asList(null, new Person(5), new Person(95));

    private ContractVariants() {
    }

    /**
     * The variants.
     *
     * @param t the thresholds in force
     * @param probes the cases to put again with other people
     * @return the variants
     */
    static List<ContractCases.Probe> all(Thresholds t, List<ContractCases.Probe> probes) {
        List<ContractCases.Probe> variants = new ArrayList<>();
        // each case once more with another person, the people taken in turn: every red flag meets one of them
        for (int i = 0; i < probes.size(); i++) {
            ContractCases.Probe p = probes.get(i);
            Person person = PEOPLE.get(i % PEOPLE.size());
            variants.add(new ContractCases.Probe(p.situation() + ", " + (person == null ? "no person given"
                    : "aged " + person.age()), Case.builder(p.input()).person(person).build(), p.expect()));
        }
        walking(variants);
        breathing(variants);
        form(variants);
        programme(variants);
        core(variants);
        painDuring(t, variants);
        preference(variants);
        nothingWrong(variants);
        return variants;
    }

    /**
     * Statement 10 with each person and an exercise of every category in the programme: a rule that
     * restricts a category for who the person is (an age) is refused when the rules load, rather than
     * refusing that person's result later. Advice for who the person is is the clinic's to give.
     */
    private static void nothingWrong(List<ContractCases.Probe> out) {
        Exercise[] every = ContractCases.exerciseOfEveryCategory();
        for (Person person : PEOPLE) {
            out.add(new ContractCases.Probe("nothing wrong, with an exercise of every category in the programme, "
                    + (person == null ? "no person given" : "aged " + person.age()),
                    ContractCases.healthy().person(person).exercise(every).build(), Expect.nothingRestricted()));
        }
    }

    private static void walking(List<ContractCases.Probe> out) {
        for (Region region : Region.values()) {
            int intensity = region.ordinal() % 2 == 0 ? 0 : 10;
            boolean belowKnee = region == Region.LEG;
            Symptom walking = new Symptom(region, intensity, List.of(Activity.WALKING), List.of(), belowKnee);
            Person person = PEOPLE.get(region.ordinal() % PEOPLE.size());
            out.add(new ContractCases.Probe("a " + region + " symptom of intensity " + intensity
                    + (belowKnee ? " below the knee" : "") + " made worse by walking, " + (person == null
                            ? "no person given" : "aged " + person.age()),
                    ContractCases.healthy().person(person).symptom(walking).build(), Expect.walkingHurts()));
        }
        out.add(new ContractCases.Probe("a low back made worse by walking, beside leg pain below the knee",
                ContractCases.healthy().symptom(new Symptom(Region.LOW_BACK, 4, Activity.WALKING),
                        new Symptom(Region.LEG, 6, List.of(), List.of(), true)).build(), Expect.walkingHurts()));
    }

    private static void breathing(List<ContractCases.Probe> out) {
        List<BreathingPattern> patterns = List.of(BreathingPattern.BREATH_HOLDING, BreathingPattern.CHEST_BREATHING,
                BreathingPattern.PARADOXICAL);
        for (BreathingContext context : BreathingContext.values()) {
            BreathingPattern pattern = patterns.get(context.ordinal() % patterns.size());
            out.add(new ContractCases.Probe("breathing " + pattern + " during " + context, ContractCases.healthy()
                    .breathing(new BreathingObservation(pattern, context)).build(),
                    Expect.stage(Stage.MOTOR_CONTROL).and(Expect.reason(ReasonCode.IMPROPER_BREATHING, 7))));
        }
    }

    private static void form(List<ContractCases.Probe> out) {
        List<Integer> repetitions = Arrays.asList(null, 1, 200);
        for (FormFault fault : FormFault.values()) {
            Load load = Load.values()[fault.ordinal() % Load.values().length];
            Integer often = repetitions.get(fault.ordinal() % repetitions.size());
            out.add(new ContractCases.Probe("the fault " + fault + " under load " + load + ", " + often
                    + " repetitions a week", ContractCases.healthy().formError(new FormError("An exercise",
                            ExerciseCategory.STRENGTH, fault, load, often)).build(),
                    Expect.poorForm(ExerciseCategory.STRENGTH)));
        }
        for (ExerciseCategory category : List.of(ExerciseCategory.WALKING, ExerciseCategory.MOBILITY,
                ExerciseCategory.CORE_STRENGTH)) {
            out.add(new ContractCases.Probe("a rounded back in a " + category + " exercise", ContractCases.healthy()
                    .formError(new FormError("An exercise", category, FormFault.ROUNDED_BACK_UNDER_LOAD, Load.BODYWEIGHT))
                    .build(), Expect.poorForm(category)));
        }
    }

    /** Programme exercises the stage defers, of every load, planned or done. */
    private static void programme(List<ContractCases.Probe> out) {
        List<Integer> planned = Arrays.asList(null, 0, 7);
        List<ExerciseCategory> gated = List.of(ExerciseCategory.STABILITY, ExerciseCategory.CORE_STRENGTH,
                ExerciseCategory.STRENGTH);
        for (Load load : Load.values()) {
            Integer sessions = planned.get(load.ordinal() % planned.size());
            out.add(new ContractCases.Probe("a stability exercise under load " + load + ", " + sessions
                    + " sessions a week, while forward bending is restricted", ContractCases.restricted()
                    .exercise(new Exercise("A stability exercise", ExerciseCategory.STABILITY, load, sessions)).build(),
                    Expect.reason(ReasonCode.STABILITY_TOO_EARLY, 5)));
            ExerciseCategory deferred = gated.get(load.ordinal() % gated.size());
            out.add(new ContractCases.Probe("a " + deferred + " exercise under load " + load + ", " + sessions
                    + " sessions a week, while the core is not switched on", ContractCases.coreOff()
                    .exercise(new Exercise("An exercise", deferred, load, sessions)).build(),
                    Expect.reason(ReasonCode.WRONG_EXERCISE, 4)));
        }
    }

    private static void core(List<ContractCases.Probe> out) {
        List<CoreStrength> strengths = new ArrayList<>(List.of(CoreStrength.values()));
        strengths.add(null);
        for (int i = 0; i < strengths.size(); i++) {
            boolean onCue = i % 2 == 0;
            out.add(new ContractCases.Probe("a core " + (onCue ? "not switched on during exercise" : "not switched on"
                    + " when cued") + ", its strength " + strengths.get(i), ContractCases.healthy()
                    .core(new CoreActivation(onCue, !onCue, strengths.get(i))).build(),
                    Expect.reason(ReasonCode.CORE_NOT_ACTIVATED, 6)));
        }
    }

    /** A session that hurt too much, in every category, on the window's days in turn. */
    private static void painDuring(Thresholds t, List<ContractCases.Probe> out) {
        if (t.maxPainDuring() >= 10) {
            return;
        }
        int[] days = {0, 1, t.painLogWindowDays()};
        int[] pains = {t.maxPainDuring() + 1, 10};
        for (ExerciseCategory category : ExerciseCategory.values()) {
            // within the window, however short: a window of 0 days holds the day assessed alone
            int daysBefore = Math.min(days[category.ordinal() % days.length], t.painLogWindowDays());
            int pain = pains[category.ordinal() % pains.length];
            ExerciseSession hurt = new ExerciseSession(ContractCases.AS_OF.minusDays(daysBefore), "An exercise",
                    category, 2, pain, null);
            Person person = PEOPLE.get(category.ordinal() % PEOPLE.size());
            out.add(new ContractCases.Probe("a " + category + " session " + daysBefore + " days before, with pain"
                    + " during " + pain + ", " + (person == null ? "no person given" : "aged " + person.age()),
                    ContractCases.healthy().person(person).asOf(ContractCases.AS_OF).session(hurt).build(),
                    Expect.painResponse(category).and(Expect.dose(category, Dose.REDUCE))));
        }
    }

    /** Each region pointing each way, the activities of each pattern in turn. */
    private static void preference(List<ContractCases.Probe> out) {
        List<Activity> upright = List.of(Activity.WALKING, Activity.STANDING, Activity.BENDING_BACKWARD);
        List<Activity> bent = List.of(Activity.SITTING, Activity.BENDING_FORWARD);
        for (Region region : Region.values()) {
            Activity straight = upright.get(region.ordinal() % upright.size());
            Activity forward = bent.get(region.ordinal() % bent.size());
            out.add(new ContractCases.Probe("a " + region + " symptom worse " + straight + ", eased " + forward,
                    ContractCases.healthy().symptom(new Symptom(region, 4, List.of(straight), List.of(forward), false))
                            .build(), Expect.preference(DirectionalPreference.FLEXION)));
            out.add(new ContractCases.Probe("a " + region + " symptom worse " + forward + ", eased " + straight,
                    ContractCases.healthy().symptom(new Symptom(region, 4, List.of(forward), List.of(straight), false))
                            .build(), Expect.preference(DirectionalPreference.EXTENSION)));
        }
        out.add(new ContractCases.Probe("worse standing, eased sitting, with leg pain below the knee",
                ContractCases.healthy().symptom(new Symptom(Region.LOW_BACK, 4, List.of(Activity.STANDING),
                        List.of(Activity.SITTING), false), new Symptom(Region.LEG, 5, List.of(), List.of(), true)).build(),
                Expect.preference(DirectionalPreference.FLEXION)));
    }
}
