package org.backpainkb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
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

/**
 * Generators of valid cases: every record of the model, every field within the case format's
 * ranges. Weighted so that every stage and every reason turns up often: most mobility is FULL,
 * most breathing diaphragmatic, and most cases have no red flag.
 */
public final class CaseArbitraries {

    private static final List<String> NAMES = List.of("Brisk walk", "Deadlift", "Side plank", "Bird dog",
            "Cat-camel", "Sit-ups", "Goblet squat", "Swim");

    /** The first day of generated pain logs: a month of sessions, so the 14-day window leaves some out. */
    private static final LocalDate LOG_START = LocalDate.of(2026, 10, 1);

    private CaseArbitraries() {
    }

    /**
     * Valid cases of every shape.
     *
     * @return the generator
     */
    public static Arbitrary<Case> cases() {
        Arbitrary<Case> firstHalf = Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).injectNull(0.3),
                persons().injectNull(0.3),
                symptoms().list().ofMaxSize(3),
                redFlagLists(),
                mobilityFindings().list().ofMaxSize(4),
                breathingObservations().list().ofMaxSize(3),
                cores().injectNull(0.15))
                .as((id, person, symptoms, redFlags, mobility, breathing, core) -> new Case(id, person, symptoms,
                        redFlags, mobility, breathing, core, List.of(), List.of(), List.of()));
        return Combinators.combine(firstHalf,
                        exercises().list().ofMaxSize(4),
                        formErrors().list().ofMaxSize(2),
                        sessions().list().ofMaxSize(4),
                        asOfDates(),
                        startBacks().injectNull(0.4))
                .as((c, exercises, formErrors, sessions, asOf, startBack) -> new Case(c.id(), c.person(), c.symptoms(),
                        c.redFlags(), c.mobility(), c.breathing(), c.core(), exercises, formErrors, sessions, asOf,
                        startBack));
    }

    /**
     * Valid cases generated outside a property, for tests and benchmarks that need a fixed mix.
     *
     * @param count how many
     * @param seed the seed, so every run gets the same cases
     * @return the cases
     */
    static List<Case> sample(int count, String seed) {
        List<Case> sample = new ArrayList<>(count);
        JqwikSession.run(seed, () -> cases().sampleStream().limit(count).forEach(sample::add));
        return sample;
    }

    static Arbitrary<Person> persons() {
        return Arbitraries.integers().between(0, 120).injectNull(0.2).map(Person::new);
    }

    static Arbitrary<Symptom> symptoms() {
        return Combinators.combine(
                Arbitraries.of(Region.class),
                Arbitraries.integers().between(0, 10),
                Arbitraries.of(Activity.class).list().ofMaxSize(3),
                Arbitraries.of(Activity.class).list().ofMaxSize(2),
                Arbitraries.of(true, false))
                .as(Symptom::new);
    }

    /** Mostly none, so the advice behind a red flag's hold is exercised often. */
    static Arbitrary<List<RedFlag>> redFlagLists() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(List.<RedFlag>of())),
                Tuple.of(1, Arbitraries.of(RedFlag.class).list().ofMinSize(1).ofMaxSize(3)));
    }

    static Arbitrary<MobilityFinding> mobilityFindings() {
        return Combinators.combine(
                Arbitraries.of(Movement.class),
                Arbitraries.frequency(Tuple.of(4, MobilityStatus.FULL),
                        Tuple.of(1, MobilityStatus.RESTRICTED)),
                Arbitraries.integers().between(0, 100).injectNull(0.5),
                Arbitraries.of(true, false))
                .as(MobilityFinding::new);
    }

    static Arbitrary<BreathingObservation> breathingObservations() {
        return Combinators.combine(
                Arbitraries.frequency(
                        Tuple.of(6, BreathingPattern.DIAPHRAGMATIC),
                        Tuple.of(1, BreathingPattern.BREATH_HOLDING),
                        Tuple.of(1, BreathingPattern.CHEST_BREATHING),
                        Tuple.of(1, BreathingPattern.PARADOXICAL)),
                Arbitraries.of(BreathingContext.class))
                .as(BreathingObservation::new);
    }

    static Arbitrary<CoreActivation> cores() {
        return Combinators.combine(
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                Arbitraries.of(CoreStrength.class).injectNull(0.2))
                .as(CoreActivation::new);
    }

    static Arbitrary<Exercise> exercises() {
        return Combinators.combine(
                Arbitraries.of(NAMES),
                Arbitraries.of(ExerciseCategory.class),
                Arbitraries.of(Load.class),
                Arbitraries.integers().between(0, 21).injectNull(0.3))
                .as(Exercise::new);
    }

    static Arbitrary<FormError> formErrors() {
        return Combinators.combine(
                Arbitraries.of(NAMES),
                Arbitraries.of(ExerciseCategory.class),
                Arbitraries.of(FormFault.class),
                Arbitraries.of(Load.class),
                Arbitraries.integers().between(0, 200).injectNull(0.3))
                .as(FormError::new);
    }

    static Arbitrary<ExerciseSession> sessions() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 30).map(d -> LOG_START.plusDays(d)),
                Arbitraries.of(NAMES),
                Arbitraries.of(ExerciseCategory.class),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 10).injectNull(0.3))
                .as(ExerciseSession::new);
    }

    /** The case's own date: often none (the latest session's date then), sometimes before some sessions. */
    static Arbitrary<LocalDate> asOfDates() {
        return Arbitraries.integers().between(0, 34).map(d -> LOG_START.plusDays(d)).injectNull(0.5);
    }

    /** STarT Back answers, every item agreed about half the time so every group turns up. */
    static Arbitrary<StartBack> startBacks() {
        Arbitrary<Boolean> item = Arbitraries.of(true, false);
        return Combinators.combine(item.list().ofSize(8), Arbitraries.of(Bothersomeness.class))
                .as((i, bothersomeness) -> new StartBack(i.get(0), i.get(1), i.get(2), i.get(3), i.get(4), i.get(5),
                        i.get(6), i.get(7), bothersomeness));
    }

    /** A red flag: the fact that can only make an assessment stricter. */
    static Arbitrary<RedFlag> redFlags() {
        return Arbitraries.of(RedFlag.class);
    }

    /** A RESTRICTED finding of any movement. */
    static Arbitrary<MobilityFinding> restrictedFindings() {
        return Combinators.combine(
                Arbitraries.of(Movement.class),
                Arbitraries.integers().between(0, 100).injectNull(0.5),
                Arbitraries.of(true, false))
                .as((movement, percent, painful) -> new MobilityFinding(movement, MobilityStatus.RESTRICTED, percent,
                        painful));
    }
}
