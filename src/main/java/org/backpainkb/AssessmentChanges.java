package org.backpainkb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.backpainkb.model.ExerciseCategory;

/**
 * What changed between two assessments, as the calls a {@link SessionListener} is to receive, in
 * the order it documents.
 */
final class AssessmentChanges {

    /**
     * One call to make on each listener.
     *
     * @param event the listener method's name, for the log when a listener fails
     * @param tell makes the call on one listener
     */
    record Change(String event, Consumer<SessionListener> tell) {
    }

    private AssessmentChanges() {
    }

    /**
     * The changes from one assessment to the next.
     *
     * @param before the assessment before
     * @param after the assessment now
     * @return the calls to make, possibly none
     */
    static List<Change> between(Assessment before, Assessment after) {
        List<Change> changes = new ArrayList<>();
        if (!before.referral().equals(after.referral())) {
            changes.add(new Change("referralChanged", l -> l.referralChanged(before.referral(), after.referral())));
        }
        if (before.stage() != after.stage()) {
            changes.add(new Change("stageChanged", l -> l.stageChanged(before.stage(), after.stage())));
        }
        if (!Objects.equals(before.risk(), after.risk())) {
            changes.add(new Change("riskChanged", l -> l.riskChanged(before.risk(), after.risk())));
        }
        if (before.directionalPreference() != after.directionalPreference()) {
            changes.add(new Change("directionalPreferenceChanged",
                    l -> l.directionalPreferenceChanged(before.directionalPreference(), after.directionalPreference())));
        }
        Map<String, Recommendation> was = byId(before.recommendations());
        Map<String, Recommendation> now = byId(after.recommendations());
        for (Recommendation r : before.recommendations()) {
            if (!now.containsKey(r.id())) {
                changes.add(new Change("recommendationWithdrawn", l -> l.recommendationWithdrawn(r)));
            }
        }
        for (Recommendation r : after.recommendations()) {
            Recommendation old = was.get(r.id());
            if (old == null) {
                changes.add(new Change("recommendationAdded", l -> l.recommendationAdded(r)));
            } else if (!old.equals(r)) {
                changes.add(new Change("recommendationChanged", l -> l.recommendationChanged(old, r)));
            }
        }
        for (ExerciseCategory category : ExerciseCategory.values()) {
            clearance(before.clearance(category), after.clearance(category), changes);
        }
        if (!before.suggestedExercises().equals(after.suggestedExercises())) {
            changes.add(new Change("suggestedExercisesChanged",
                    l -> l.suggestedExercisesChanged(before.suggestedExercises(), after.suggestedExercises())));
        }
        return changes;
    }

    private static void clearance(Clearance old, Clearance current, List<Change> changes) {
        if (old.decision() != current.decision()) {
            changes.add(new Change("clearanceChanged", l -> l.clearanceChanged(old, current)));
        } else if (!Objects.equals(old.reason(), current.reason()) || !Objects.equals(old.note(), current.note())) {
            changes.add(new Change("clearanceNoteChanged", l -> l.clearanceNoteChanged(old, current)));
        }
        if (old.dose() != current.dose()) {
            changes.add(new Change("doseChanged", l -> l.doseChanged(old, current)));
        }
    }

    private static Map<String, Recommendation> byId(List<Recommendation> recommendations) {
        Map<String, Recommendation> byId = new LinkedHashMap<>();
        recommendations.forEach(r -> byId.put(r.id(), r));
        return byId;
    }
}
