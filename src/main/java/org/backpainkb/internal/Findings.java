package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.backpainkb.Clearance;
import org.backpainkb.Risk;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Stage;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.RiskTool;
import org.backpainkb.rules.DoseFinding;
import org.backpainkb.rules.LibraryExercise;
import org.backpainkb.rules.PreferredDirection;
import org.backpainkb.rules.RiskOfPersistence;
import org.backpainkb.rules.Suggestion;
import org.backpainkb.rules.Unsuitable;

/**
 * The second version's conclusions (contract statements 11 to 14) read off a session: the risk,
 * the directional preference, the dose per category and the suggested exercises. What needs the
 * final clearances (INCREASE only in an ALLOW category; no suggestion in a DEFER or STOP one; a
 * MODIFY category's suggestion says the modification) is settled here, after every rule, so no
 * firing order can change it. Every choice is by value.
 */
final class Findings {

    /** The most whys a suggested exercise gives: more would not be read, and each may be long. */
    static final int MAX_WHYS = 5;

    private final List<RiskOfPersistence> risks = new ArrayList<>();
    private final TreeSet<DirectionalPreference> preferences = new TreeSet<>();
    private final Map<ExerciseCategory, TreeSet<Dose>> doses = new EnumMap<>(ExerciseCategory.class);
    private final List<Suggestion> suggestions = new ArrayList<>();
    private final List<Unsuitable> unsuitable = new ArrayList<>();
    private final List<LibraryExercise> library;

    /**
     * Findings that pick suggestions from a library.
     *
     * @param library the exercise library
     */
    Findings(List<LibraryExercise> library) {
        this.library = library;
    }

    /** Keeps a fact if it is one of these findings; says whether it was. */
    boolean take(Object fact) {
        if (fact instanceof RiskOfPersistence r) {
            risks.add(r);
        } else if (fact instanceof PreferredDirection p) {
            preferences.add(p.preference());
        } else if (fact instanceof DoseFinding d) {
            doses.computeIfAbsent(d.category(), k -> new TreeSet<>()).add(d.dose());
        } else if (fact instanceof Suggestion s) {
            suggestions.add(s);
        } else if (fact instanceof Unsuitable u) {
            unsuitable.add(u);
        } else {
            return false;
        }
        return true;
    }

    /** The risk scored; if rules disagree, the highest group. */
    Risk risk() {
        return risks.stream().max(Comparator.comparing(RiskOfPersistence::group))
                .map(r -> new Risk(RiskTool.STARTBACK, r.total(), r.psychosocial(), r.group())).orElse(null);
    }

    /** One direction when the rules concluded exactly one, else NONE. */
    DirectionalPreference preference() {
        preferences.remove(DirectionalPreference.NONE);
        return preferences.size() == 1 ? preferences.first() : DirectionalPreference.NONE;
    }

    /**
     * Each clearance with its dose: REDUCE when a counted session hurt too much, else INCREASE when
     * the rules found the category ready to progress and its final decision is ALLOW, else KEEP;
     * null where no counted session is in the category.
     */
    List<Clearance> withDoses(List<Clearance> clearances) {
        List<Clearance> result = new ArrayList<>();
        for (Clearance c : clearances) {
            TreeSet<Dose> found = doses.get(c.category());
            Dose dose = null;
            if (found != null && !found.isEmpty()) {
                boolean ready = found.contains(Dose.INCREASE) && c.decision() == Decision.ALLOW;
                dose = found.contains(Dose.REDUCE) ? Dose.REDUCE : ready ? Dose.INCREASE : Dose.KEEP;
            }
            result.add(new Clearance(c.category(), c.decision(), c.reason(), c.note(), dose));
        }
        return result;
    }

    /**
     * The suggestions, by category then id; only exercises that fit the person's stage, none in a DEFER
     * or STOP category, and in a MODIFY category the modification said with the amount. Runs in every assessment, so it walks the
     * library once, in its order (category, then id), with no sorting or hashing.
     */
    List<SuggestedExercise> suggestions(List<Clearance> clearances, String forNow, Stage stage) {
        if (suggestions.isEmpty()) {
            return List.of();
        }
        Clearance[] byCategory = new Clearance[ExerciseCategory.values().length];
        clearances.forEach(c -> byCategory[c.category().ordinal()] = c);
        List<SuggestedExercise> result = new ArrayList<>();
        // kept beside the result only when an exercise hurt: most assessments have none to leave out
        List<LibraryExercise> picked = unsuitable.stream().anyMatch(u -> u.hurt() != null) ? new ArrayList<>() : null;
        for (LibraryExercise e : library) {
            if (!e.stages().contains(stage)) {
                // an exercise for another stage than the person's, whatever stage a rule named
                continue;
            }
            Clearance clearance = byCategory[e.category().ordinal()];
            if (clearance == null || clearance.decision() == Decision.DEFER || clearance.decision() == Decision.STOP) {
                continue;
            }
            String why = whyPicked(e);
            if (why == null || ruledOut(e)) {
                continue;
            }
            String amount = clearance.decision() == Decision.MODIFY
                    ? e.amount() + "; " + forNow + ": " + clearance.note() : e.amount();
            result.add(new SuggestedExercise(e.id(), e.name(), e.category(), e.direction(), amount, why, e.cues()));
            if (picked != null) {
                picked.add(e);
            }
        }
        return picked == null ? result : withoutWhatHurt(result, picked);
    }

    /**
     * The suggestions less the exercises that hurt, each dropped only when every suggestion that picks
     * it picks another exercise that did not hurt: a suggestion the contract asks for keeps something
     * to offer. Whether one is dropped depends on the others that did not hurt only, so no order of the
     * library changes the outcome.
     */
    private List<SuggestedExercise> withoutWhatHurt(List<SuggestedExercise> all, List<LibraryExercise> picked) {
        List<Unsuitable> hurt = unsuitable.stream().filter(u -> u.hurt() != null).toList();
        boolean[] hurtAt = new boolean[picked.size()];
        for (int i = 0; i < picked.size(); i++) {
            LibraryExercise e = picked.get(i);
            hurtAt[i] = hurt.stream().anyMatch(u -> u.names(e));
        }
        List<SuggestedExercise> kept = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            if (!hurtAt[i] || !everySuggestionHasAnother(picked.get(i), picked, hurtAt)) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }

    private boolean everySuggestionHasAnother(LibraryExercise exercise, List<LibraryExercise> picked, boolean[] hurtAt) {
        for (Suggestion s : suggestions) {
            if (!s.picks(exercise)) {
                continue;
            }
            boolean another = false;
            for (int j = 0; j < picked.size() && !another; j++) {
                another = !hurtAt[j] && s.picks(picked.get(j));
            }
            if (!another) {
                return false;
            }
        }
        return true;
    }

    /**
     * The whys of the suggestions that pick an exercise, sorted and joined, at most {@link #MAX_WHYS};
     * null when none picks it.
     * Most of the library is picked by none and most of the rest by one, so a set is made only for a
     * second why.
     */
    private String whyPicked(LibraryExercise exercise) {
        String first = null;
        TreeSet<String> all = null;
        for (Suggestion s : suggestions) {
            if (!s.picks(exercise)) {
                continue;
            }
            if (first == null) {
                first = s.why();
            } else {
                if (all == null) {
                    all = new TreeSet<>(List.of(first));
                }
                all.add(s.why());
            }
        }
        return all == null ? first : String.join(" ", all.stream().limit(MAX_WHYS).toList());
    }

    private boolean ruledOut(LibraryExercise exercise) {
        for (Unsuitable u : unsuitable) {
            if (u.rulesOut(exercise)) {
                return true;
            }
        }
        return false;
    }
}
