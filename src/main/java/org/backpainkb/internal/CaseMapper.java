package org.backpainkb.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
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
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.ProblemCode;
import org.backpainkb.model.Load;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.MobilityStatus;
import org.backpainkb.model.Movement;
import org.backpainkb.model.Person;
import org.backpainkb.model.Region;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;

/**
 * Maps a parsed case (a JSON or YAML tree) onto the fact model, field by field, so every refusal
 * names the field's path and what is allowed there. Every problem in the case is collected
 * before refusing it, so one run shows them all.
 */
public final class CaseMapper {

    /**
     * The most elements a list of a case may hold, in any field. A real case has a handful; a
     * longer list is refused with a message naming the field, before any element is read.
     */
    public static final int MAX_LIST_ELEMENTS = Case.MAX_LIST_ELEMENTS;
    /** The most problems one refusal lists; a file that is wrong everywhere says how many more there were. */
    public static final int MAX_PROBLEMS_REPORTED = 20;

    private final FoundProblems problems = new FoundProblems();

    private CaseMapper() {
    }

    /**
     * Maps a case.
     *
     * @param root the parsed case
     * @param path the case's own path, empty at the top of a file (e.g. {@code case} inside a scenario)
     * @return the case
     * @throws InvalidCaseException naming every refused field
     */
    public static Case toCase(JsonNode root, String path) {
        CaseMapper mapper = new CaseMapper();
        Case c = mapper.mapCase(new CaseNode(root, path, mapper.problems));
        if (!mapper.problems.isEmpty()) {
            throw new InvalidCaseException(mapper.problems.first(MAX_PROBLEMS_REPORTED));
        }
        return c;
    }

    /**
     * Maps a case, or one value of a case alone (a fact, the core, the person, a screening, a code) as
     * strictly as a whole case's: for an application's mapper binding such a value on its own.
     *
     * @param root the parsed value
     * @param type one of the case's value types
     * @param path the value's own path, empty at the top of a document
     * @param <T> the type
     * @return the value
     * @throws InvalidCaseException naming every refused field
     * @throws IllegalArgumentException when the type is not a value of a case
     */
    public static <T> T toValue(JsonNode root, Class<T> type, String path) {
        if (type == Case.class) {
            return type.cast(toCase(root, path));
        }
        CaseMapper mapper = new CaseMapper();
        CaseNode n = new CaseNode(root, path, mapper.problems);
        Object value;
        if (type.isEnum()) {
            value = n.isPresent() ? code(n, type) : null;
        } else {
            java.util.function.Function<CaseNode, Object> element = mapper.valueMapper(type);
            value = n.isPresent() && n.isObject("an object") ? element.apply(n) : null;
        }
        if (!n.isPresent()) {
            n.problem(ProblemCode.MISSING, "is empty");
        }
        if (!mapper.problems.isEmpty()) {
            throw new InvalidCaseException(mapper.problems.first(MAX_PROBLEMS_REPORTED));
        }
        return type.cast(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object code(CaseNode n, Class<?> enumType) {
        return n.asCode((Class) enumType);
    }

    private java.util.function.Function<CaseNode, Object> valueMapper(Class<?> type) {
        if (type == Symptom.class) {
            return this::symptom;
        } else if (type == MobilityFinding.class) {
            return this::mobility;
        } else if (type == BreathingObservation.class) {
            return this::breathing;
        } else if (type == CoreActivation.class) {
            return this::core;
        } else if (type == StartBack.class) {
            return this::startBack;
        } else if (type == Exercise.class) {
            return this::exercise;
        } else if (type == FormError.class) {
            return this::formError;
        } else if (type == ExerciseSession.class) {
            return this::session;
        } else if (type == Person.class) {
            return this::person;
        }
        throw new IllegalArgumentException(type.getName() + " is not a value of a case");
    }

    private Case mapCase(CaseNode n) {
        if (!n.isObject("a case: an object with fields such as symptoms, mobility and core")) {
            return null;
        }
        if (n.child("case").isPresent() && n.child("expect").isPresent()) {
            n.problem(ProblemCode.WRONG_TYPE, "this is a scenario file (a case under 'case:' and what it must conclude under 'expect:'),"
                    + " not a case: run it with the test command, or assess a file holding only what is under 'case:'");
            return null;
        }
        n.onlyFields("id", "person", "symptoms", "redFlags", "mobility", "breathing", "core", "exercises",
                "formErrors", "sessions", "asOf", "startBack");
        String id = n.text("id", false);
        CaseNode personNode = n.child("person");
        Person person = personNode.isPresent() && personNode.isObject("an object") ? person(personNode) : null;
        List<Symptom> symptoms = n.objects("symptoms", this::symptom);
        List<RedFlag> redFlags = n.list("redFlags", f -> f.asCode(RedFlag.class));
        List<MobilityFinding> mobility = n.objects("mobility", this::mobility);
        List<BreathingObservation> breathing = n.objects("breathing", this::breathing);
        CaseNode coreNode = n.child("core");
        CoreActivation core = coreNode.isPresent() && coreNode.isObject("an object") ? core(coreNode) : null;
        List<Exercise> exercises = n.objects("exercises", this::exercise);
        List<FormError> formErrors = n.objects("formErrors", this::formError);
        List<ExerciseSession> sessions = n.objects("sessions", this::session);
        LocalDate asOf = n.child("asOf").isPresent() ? n.date("asOf") : null;
        CaseNode startBackNode = n.child("startBack");
        StartBack startBack = startBackNode.isPresent() && startBackNode.isObject("an object with the nine STarT Back answers")
                ? startBack(startBackNode) : null;
        return problems.isEmpty()
                ? n.make(() -> new Case(id, person, symptoms, redFlags, mobility, breathing, core, exercises, formErrors,
                        sessions, asOf, startBack))
                : null;
    }

    private Person person(CaseNode n) {
        return n.make(() -> {
            n.onlyFields("age");
            return new Person(n.integer("age", false));
        });
    }

    private Symptom symptom(CaseNode n) {
        n.onlyFields("region", "intensity", "aggravatedBy", "relievedBy", "belowKnee");
        Region region = n.code("region", Region.class, true);
        Integer intensity = n.integer("intensity", true);
        List<Activity> aggravatedBy = n.list("aggravatedBy", a -> a.asCode(Activity.class));
        List<Activity> relievedBy = n.list("relievedBy", a -> a.asCode(Activity.class));
        boolean belowKnee = n.bool("belowKnee", false);
        return n.make(() -> new Symptom(region, intensity, aggravatedBy, relievedBy, belowKnee));
    }

    private MobilityFinding mobility(CaseNode n) {
        n.onlyFields("movement", "status", "percentOfNormal", "painful");
        Movement movement = n.code("movement", Movement.class, true);
        MobilityStatus status = n.code("status", MobilityStatus.class, true);
        Integer percent = n.integer("percentOfNormal", false);
        boolean painful = n.bool("painful", false);
        return n.make(() -> new MobilityFinding(movement, status, percent, painful));
    }

    private BreathingObservation breathing(CaseNode n) {
        n.onlyFields("pattern", "during");
        BreathingPattern pattern = n.code("pattern", BreathingPattern.class, true);
        BreathingContext during = n.code("during", BreathingContext.class, true);
        return n.make(() -> new BreathingObservation(pattern, during));
    }

    private CoreActivation core(CaseNode n) {
        n.onlyFields("canActivateOnCue", "activatesDuringExercise", "strength");
        Boolean onCue = n.requiredBool("canActivateOnCue");
        Boolean duringExercise = n.requiredBool("activatesDuringExercise");
        CoreStrength strength = n.code("strength", CoreStrength.class, false);
        return n.make(() -> new CoreActivation(onCue, duringExercise, strength));
    }

    /** All nine answers are required: a screening with a gap would score lower than the person's. */
    private StartBack startBack(CaseNode n) {
        n.onlyFields("legPain", "shoulderOrNeckPain", "walkedOnlyShortDistances", "dressedMoreSlowly",
                "notSafeToBeActive", "worryingThoughts", "neverGoingToGetBetter", "notEnjoyingThings", "bothersomeness");
        Boolean legPain = n.requiredBool("legPain");
        Boolean shoulderOrNeck = n.requiredBool("shoulderOrNeckPain");
        Boolean walkedShort = n.requiredBool("walkedOnlyShortDistances");
        Boolean dressedSlowly = n.requiredBool("dressedMoreSlowly");
        Boolean notSafe = n.requiredBool("notSafeToBeActive");
        Boolean worrying = n.requiredBool("worryingThoughts");
        Boolean never = n.requiredBool("neverGoingToGetBetter");
        Boolean notEnjoying = n.requiredBool("notEnjoyingThings");
        Bothersomeness bothersomeness = n.code("bothersomeness", Bothersomeness.class, true);
        return n.make(() -> new StartBack(legPain, shoulderOrNeck, walkedShort, dressedSlowly, notSafe, worrying, never,
                notEnjoying, bothersomeness));
    }

    private Exercise exercise(CaseNode n) {
        n.onlyFields("name", "category", "load", "sessionsPerWeek");
        String name = n.text("name", true);
        ExerciseCategory category = n.code("category", ExerciseCategory.class, true);
        Load load = n.code("load", Load.class, true);
        Integer perWeek = n.integer("sessionsPerWeek", false);
        return n.make(() -> new Exercise(name, category, load, perWeek));
    }

    private FormError formError(CaseNode n) {
        n.onlyFields("exercise", "category", "fault", "load", "repetitionsPerWeek");
        String exercise = n.text("exercise", true);
        ExerciseCategory category = n.code("category", ExerciseCategory.class, true);
        FormFault fault = n.code("fault", FormFault.class, true);
        Load load = n.code("load", Load.class, true);
        Integer reps = n.integer("repetitionsPerWeek", false);
        return n.make(() -> new FormError(exercise, category, fault, load, reps));
    }

    private ExerciseSession session(CaseNode n) {
        n.onlyFields("date", "exercise", "category", "painBefore", "painDuring", "painNextMorning");
        LocalDate date = n.date("date");
        String exercise = n.text("exercise", true);
        ExerciseCategory category = n.code("category", ExerciseCategory.class, true);
        Integer before = n.integer("painBefore", true);
        Integer during = n.integer("painDuring", true);
        Integer nextMorning = n.integer("painNextMorning", false);
        return n.make(() -> new ExerciseSession(date, exercise, category, before, during, nextMorning));
    }
}
