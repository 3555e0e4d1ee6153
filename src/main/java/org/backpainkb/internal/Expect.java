package org.backpainkb.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.Recommendation;
import org.backpainkb.Risk;
import org.backpainkb.model.Decision;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.Severity;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Urgency;

/**
 * What one of the contract's statements asks of a probe's result, as a lower bound: a result that
 * concludes more, or stricter, meets it. Each shortfall is said with its statement's number.
 */
@FunctionalInterface
interface Expect {

    /**
     * Adds what the result falls short of.
     *
     * @param a the result
     * @param shortfalls where to add each shortfall, in words
     */
    void check(Assessment a, List<String> shortfalls);

    default Expect and(Expect other) {
        return (a, shortfalls) -> {
            check(a, shortfalls);
            other.check(a, shortfalls);
        };
    }

    static Expect stage(Stage stage) {
        return (a, s) -> {
            if (a.stage() != stage) {
                s.add("statement 2: stage " + a.stage() + ", not " + stage);
            }
            if (stage != Stage.STABILITY_AND_STRENGTH) {
                for (ExerciseCategory gated : List.of(ExerciseCategory.STABILITY, ExerciseCategory.CORE_STRENGTH,
                        ExerciseCategory.STRENGTH)) {
                    atLeast(a, gated, Decision.DEFER, 3, s);
                }
                for (ExerciseCategory open : List.of(ExerciseCategory.WALKING, ExerciseCategory.AEROBIC,
                        ExerciseCategory.MOBILITY, ExerciseCategory.MOTOR_CONTROL)) {
                    // a stage's hold gives no reason; a rule deferring for a reason of its own (a session that
                    // hurt) restricts more, which the statements allow
                    Clearance c = clearanceOf(a, open);
                    if (c != null && c.decision() == Decision.DEFER && c.reason() == null) {
                        s.add("statement 3: " + open + " DEFER by the stage, though no stage defers it");
                    }
                }
            }
        };
    }

    static Expect redFlag(Urgency urgency) {
        return (a, s) -> {
            if (a.referral().urgency() != urgency) {
                s.add("statement 1: referral " + a.referral().urgency() + ", not " + urgency);
            }
            redFlagAdvice(urgency, a, s);
        };
    }

    /** Statement 1 for a red flag of this urgency, when rules may refer sooner than it asks. */
    static Expect redFlagAtLeast(Urgency urgency) {
        return (a, s) -> {
            if (a.referral().urgency().compareTo(urgency) < 0) {
                s.add("statement 1: referral " + a.referral().urgency() + ", not at least " + urgency);
            }
            redFlagAdvice(urgency, a, s);
        };
    }

    private static void redFlagAdvice(Urgency urgency, Assessment a, List<String> s) {
        hasReason(a, ReasonCode.RED_FLAG, 1, s);
        if (urgency == Urgency.ROUTINE) {
            recommendation(a, ReasonCode.RED_FLAG, Severity.WARNING, 1, s);
            return;
        }
        recommendation(a, ReasonCode.RED_FLAG, Severity.CRITICAL, 1, s);
        for (ExerciseCategory category : ExerciseCategory.values()) {
            atLeast(a, category, Decision.STOP, 1, s);
        }
        // "red flags come first": seeking care is said before any other advice
        if (!a.recommendations().isEmpty() && !a.recommendations().get(0).reason().equals(ReasonCode.RED_FLAG)) {
            Recommendation first = a.recommendations().get(0);
            s.add("statement 1: " + first.id() + " (" + first.severity() + ") is said before the red flag's advice: red"
                    + " flags come first");
        }
        // "the highest wins": no red flag's advice says less than seeking care ("carry on exercising meanwhile")
        for (Recommendation r : a.recommendations()) {
            if (r.reason().equals(ReasonCode.RED_FLAG) && r.severity() != Severity.CRITICAL) {
                s.add("statement 1: " + r.id() + " (" + r.severity() + ") is a red flag's advice below CRITICAL under an "
                        + urgency + " red flag: the highest urgency wins (give its rule @severity(CRITICAL), or keep it"
                        + " from firing then with `not ExerciseOnHold()` in its conditions)");
            }
        }
    }

    static Expect reason(ReasonCode reason, int statement) {
        return (a, s) -> {
            hasReason(a, reason, statement, s);
            recommendation(a, reason, Severity.INFO, statement, s);
        };
    }

    static Expect walkingHurts() {
        return reason(ReasonCode.WRONG_EXERCISE, 4).and((a, s) -> {
            atLeast(a, ExerciseCategory.WALKING, Decision.MODIFY, 4, s);
            Decision walking = decision(a, ExerciseCategory.WALKING);
            if (walking == Decision.STOP || walking == Decision.DEFER) {
                s.add("statement 4: WALKING " + walking + ", not MODIFY: walking is not bad");
            }
        });
    }

    static Expect poorForm(ExerciseCategory category) {
        return reason(ReasonCode.POOR_FORM, 8).and((a, s) -> atLeast(a, category, Decision.MODIFY, 8, s));
    }

    /**
     * Statement 8's ranking: advice on a fault under load, or at high repetitions, comes before advice on
     * bodyweight faults alone, each told by the exercises its because text names (every advice's because
     * names a matched fact; advice that names no exercise leaves nothing to order). One pass over the
     * form advice, however many faults: a case may list a thousand.
     *
     * @param heavy the exercises with a fault under external load or at high repetitions
     * @param light the exercises with a fault neither, none of whose names is part of a heavy one's
     */
    static Expect formRanked(Set<String> heavy, Set<String> light) {
        return (a, s) -> {
            for (Recommendation r : a.recommendations()) {
                if (!r.reason().equals(ReasonCode.POOR_FORM)) {
                    continue;
                }
                if (names(r, heavy) != null) {
                    return;
                }
                String first = names(r, light);
                if (first != null) {
                    s.add("statement 8: the advice on the fault in " + first + " comes before the advice on faults under"
                            + " load or done often (" + heavy.stream().limit(3).collect(Collectors.joining(", "))
                            + (heavy.size() > 3 ? ", ..." : "") + "): faults under external load or at high repetitions rank higher");
                    return;
                }
            }
        };
    }

    /** The first of these exercises a recommendation's because names, or null. */
    private static String names(Recommendation r, Set<String> exercises) {
        for (String because : r.because()) {
            for (String exercise : exercises) {
                if (because.contains(exercise)) {
                    return exercise;
                }
            }
        }
        return null;
    }

    static Expect painResponse(ExerciseCategory category) {
        return (a, s) -> {
            hasReason(a, ReasonCode.PAIN_RESPONSE, 9, s);
            atLeast(a, category, Decision.MODIFY, 9, s);
        };
    }

    static Expect nothingWrong() {
        return (a, s) -> {
            if (!a.reasons().isEmpty() || a.referral().urgency() != Urgency.NONE || a.stage() != Stage.STABILITY_AND_STRENGTH
                    || a.clearances().stream().anyMatch(c -> c.decision() != Decision.ALLOW)) {
                s.add("statement 10: reasons " + a.reasons() + ", referral " + a.referral().urgency() + ", stage " + a.stage()
                        + ", not every category ALLOW: nothing is wrong in this case");
            }
        };
    }

    /**
     * Statement 10 for the result of any case with nothing wrong: no referral, and every category ALLOW.
     * The stage is checked with the findings.
     */
    static Expect nothingRestricted() {
        return (a, s) -> {
            if (a.referral().urgency() != Urgency.NONE) {
                s.add("statement 10: referral " + a.referral().urgency() + ", though nothing is wrong in this case");
            }
            for (Clearance c : a.clearances()) {
                if (c.decision() != Decision.ALLOW) {
                    s.add("statement 10: " + c.category() + " " + c.decision() + ", not ALLOW: nothing is wrong in this case");
                }
            }
        };
    }

    /**
     * Statement 11's scoring of a screening, what a medium or high risk adds, and, the rest of the case
     * being healthy, that the risk changed nothing else.
     */
    static Expect risk(int total, int psychosocial) {
        return riskScored(total, psychosocial).and((a, s) -> {
            if (group(total, psychosocial) == RiskGroup.LOW) {
                return;
            }
            if (a.referral().urgency() != Urgency.NONE || a.stage() != Stage.STABILITY_AND_STRENGTH
                    || a.clearances().stream().anyMatch(c -> c.decision() != Decision.ALLOW)) {
                s.add("statement 11: the risk changed the stage, the referral or a clearance");
            }
        });
    }

    /** Statement 11's scoring of a screening, and the reason and recommendation a medium or high risk adds. */
    static Expect riskScored(int total, int psychosocial) {
        RiskGroup group = group(total, psychosocial);
        return (a, s) -> {
            Risk risk = a.risk();
            if (risk == null || risk.total() != total || risk.psychosocial() != psychosocial || risk.group() != group) {
                s.add("statement 11: risk " + (risk == null ? "none" : risk.total() + "/" + risk.psychosocial() + " "
                        + risk.group()) + ", not " + total + "/" + psychosocial + " " + group);
            }
            if (group != RiskGroup.LOW) {
                hasReason(a, ReasonCode.PERSISTENCE_RISK, 11, s);
                recommendation(a, ReasonCode.PERSISTENCE_RISK, group == RiskGroup.HIGH ? Severity.WARNING : Severity.INFO,
                        11, s);
            } else if (a.reasons().contains(ReasonCode.PERSISTENCE_RISK)) {
                s.add("statement 11: reason PERSISTENCE_RISK, though the risk is LOW: a low risk adds no reason");
            }
        };
    }

    static RiskGroup group(int total, int psychosocial) {
        return psychosocial >= 4 ? RiskGroup.HIGH : total >= 4 ? RiskGroup.MEDIUM : RiskGroup.LOW;
    }

    static Expect preference(DirectionalPreference preference) {
        return (a, s) -> {
            if (a.directionalPreference() != preference) {
                s.add("statement 12: directional preference " + a.directionalPreference() + ", not " + preference);
            }
        };
    }

    static Expect dose(ExerciseCategory category, Dose dose) {
        return (a, s) -> {
            Clearance c = clearanceOf(a, category);
            Dose given = c == null ? null : c.dose();
            if (!Objects.equals(given, dose)) {
                s.add("statement 14: " + category + " dose " + given + ", not " + dose);
            }
        };
    }

    static Expect counted(ExerciseCategory category) {
        return (a, s) -> {
            Clearance c = clearanceOf(a, category);
            if (c == null || c.dose() == null) {
                s.add("statement 14: " + category + " has no dose, though its session is in the pain log's window");
            }
        };
    }

    /** A category's clearance; null when the result has none for it (a shortfall of its own). */
    static Clearance clearanceOf(Assessment a, ExerciseCategory category) {
        for (Clearance c : a.clearances()) {
            if (c.category() == category) {
                return c;
            }
        }
        return null;
    }

    private static Decision decision(Assessment a, ExerciseCategory category) {
        Clearance c = clearanceOf(a, category);
        return c == null ? Decision.ALLOW : c.decision();
    }

    private static void atLeast(Assessment a, ExerciseCategory category, Decision least, int statement, List<String> s) {
        Decision given = decision(a, category);
        if (given.compareTo(least) < 0) {
            s.add("statement " + statement + ": " + category + " " + given + ", not at least " + least);
        }
    }

    private static void hasReason(Assessment a, ReasonCode reason, int statement, List<String> s) {
        if (!a.reasons().contains(reason)) {
            s.add("statement " + statement + ": no reason " + reason);
        }
    }

    private static void recommendation(Assessment a, ReasonCode reason, Severity least, int statement, List<String> s) {
        for (Recommendation r : a.recommendations()) {
            if (r.reason().equals(reason) && r.severity().compareTo(least) >= 0) {
                return;
            }
        }
        s.add("statement " + statement + ": no " + least + " recommendation with reason " + reason);
    }
}
