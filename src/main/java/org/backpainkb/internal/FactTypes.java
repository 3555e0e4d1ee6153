package org.backpainkb.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backpainkb.model.Activity;
import org.backpainkb.model.Bothersomeness;
import org.backpainkb.model.BreathingContext;
import org.backpainkb.model.BreathingObservation;
import org.backpainkb.model.BreathingPattern;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.CoreStrength;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Direction;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
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
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Region;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.Severity;
import org.backpainkb.model.Stage;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;
import org.backpainkb.model.Urgency;
import org.backpainkb.rules.Advice;
import org.backpainkb.rules.AllExercise;
import org.backpainkb.rules.Contraindication;
import org.backpainkb.rules.CurrentStage;
import org.backpainkb.rules.DoseFinding;
import org.backpainkb.rules.ExerciseOnHold;
import org.backpainkb.rules.LatestSessions;
import org.backpainkb.rules.MobilityRestored;
import org.backpainkb.rules.MotorControlInPlace;
import org.backpainkb.rules.PainLogWindow;
import org.backpainkb.rules.PreferredDirection;
import org.backpainkb.rules.ReferralNeeded;
import org.backpainkb.rules.ReportedRedFlag;
import org.backpainkb.rules.Restriction;
import org.backpainkb.rules.RiskOfPersistence;
import org.backpainkb.rules.StageHold;
import org.backpainkb.rules.Suggestion;
import org.backpainkb.rules.SymptomsPoint;
import org.backpainkb.rules.Thresholds;
import org.backpainkb.rules.Unsuitable;

/**
 * The vocabulary rule files may use: the facts a rule matches (with their fields) and the code
 * lists. Used to turn a compiler's "unable to resolve" into "these are the fields there are".
 */
public final class FactTypes {

    /** Facts of a case, as a rule matches them. */
    public static final List<Class<? extends Record>> CASE_FACTS = List.of(Person.class, Symptom.class,
            ReportedRedFlag.class, MobilityFinding.class, BreathingObservation.class, CoreActivation.class,
            Exercise.class, FormError.class, ExerciseSession.class, Thresholds.class, StartBack.class,
            PainLogWindow.class, LatestSessions.class);

    /** Conclusions rules insert and match. */
    public static final List<Class<? extends Record>> CONCLUSIONS = List.of(Advice.class, Restriction.class, AllExercise.class,
            ReferralNeeded.class, CurrentStage.class, MobilityRestored.class, MotorControlInPlace.class,
            ExerciseOnHold.class, StageHold.class, RiskOfPersistence.class, SymptomsPoint.class, PreferredDirection.class,
            DoseFinding.class, Unsuitable.class, Suggestion.class);

    /**
     * The drafts of the conclusions a rule writes in two steps ({@code Restriction.of(...)}, then its
     * {@code .note(...)}): what the first step gives, never a conclusion of its own.
     */
    public static final Set<Class<?>> DRAFTS = CONCLUSIONS.stream().flatMap(c -> Arrays.stream(c.getDeclaredClasses()))
            .filter(d -> d.getSimpleName().equals("Draft")).collect(Collectors.toUnmodifiableSet());

    /** The code lists; reason codes are open, the rest are fixed lists. */
    public static final List<Class<? extends org.backpainkb.model.Code>> CODES = List.of(Region.class, Activity.class,
            RedFlag.class, Urgency.class, Movement.class, MobilityStatus.class, BreathingPattern.class,
            BreathingContext.class, CoreStrength.class, ExerciseCategory.class, Load.class, FormFault.class,
            ReasonCode.class, Severity.class, Decision.class, Stage.class, Bothersomeness.class, RiskGroup.class,
            Direction.class, DirectionalPreference.class, Dose.class, Contraindication.class);

    private FactTypes() {
    }

    /**
     * A fact or code type by its simple or full name.
     *
     * @param name e.g. {@code Symptom} or {@code org.backpainkb.model.Symptom}
     * @return the type, if it is part of the vocabulary
     */
    public static Optional<Class<?>> byName(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return java.util.stream.Stream.of(CASE_FACTS, CONCLUSIONS, CODES).flatMap(List::stream)
                .<Class<?>>map(c -> c).filter(c -> c.getSimpleName().equals(simple)).findFirst();
    }

    /**
     * The fields of a fact, as a rule writes them.
     *
     * @param type a record type
     * @return the field names in declaration order
     */
    public static List<String> fields(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? List.of() : Arrays.stream(components).map(RecordComponent::getName).toList();
    }

    /**
     * The code list a fact's field holds codes of, whether one code or a list of them.
     *
     * @param fact the fact's name, such as {@code MobilityFinding}
     * @param field the field's name, such as {@code movement}
     * @return the code list, or empty when the field is not one of a fact's or holds no codes
     */
    public static Optional<Class<?>> codeListOf(String fact, String field) {
        RecordComponent[] components = byName(fact).filter(Class::isRecord).map(Class::getRecordComponents)
                .orElse(new RecordComponent[0]);
        for (RecordComponent c : components) {
            if (c.getName().equals(field)) {
                Class<?> type = c.getType();
                if (List.class.isAssignableFrom(type) && c.getGenericType() instanceof ParameterizedType p
                        && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                    type = element;
                }
                return isCodeList(type) ? Optional.of(type) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a type is a list of codes (an enum of the model, or the open reason codes).
     *
     * @param type a type of the vocabulary
     * @return true for a code list
     */
    public static boolean isCodeList(Class<?> type) {
        return type.isEnum() || type == ReasonCode.class;
    }

    /**
     * The codes of a code list.
     *
     * @param type an enum type
     * @return the constants' names in order
     */
    public static List<String> codes(Class<?> type) {
        if (type == ReasonCode.class) {
            return ReasonCode.contractCodes().stream().map(ReasonCode::name).toList();
        }
        Object[] constants = type.getEnumConstants();
        return constants == null ? List.of()
                : Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
    }

    /**
     * The fields of a fact with their types, as its constructor takes them.
     *
     * @param type a record type
     * @return e.g. {@code (ExerciseCategory category, Decision decision, ReasonCode reason, String note)}
     */
    public static String parameters(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components == null ? "()" : Arrays.stream(components)
                .map(c -> c.getType().getSimpleName() + " " + c.getName()).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * What a rule can ask a code: its own methods and those every code has.
     *
     * @param type an enum type
     * @return method names with brackets, e.g. {@code urgency()}, {@code inWords()}, {@code name()}
     */
    public static List<String> methods(Class<?> type) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0) {
                names.add(m.getName() + "()");
            }
        }
        names.add("inWords()");
        names.add("name()");
        return List.copyOf(names);
    }

    /**
     * Names of every fact type a rule may match.
     *
     * @return simple names, case facts first
     */
    public static String factNames() {
        return java.util.stream.Stream.of(CASE_FACTS, CONCLUSIONS).flatMap(List::stream).map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
    }
}
