package org.backpainkb;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Stage;

/**
 * What the knowledge base concluded about one case. Immutable; every list is in a stable
 * order that does not depend on the order of the case's facts (but for {@code firedRules},
 * which is the engine's own order).
 *
 * @param caseId the case's id, or null
 * @param knowledgeBase the version and rules hash that produced this result
 * @param stage what to work on now
 * @param referral whether and how soon to see a doctor
 * @param reasons the distinct reason codes found, weightiest first
 * @param recommendations advice in priority order, 1 first
 * @param clearances one per exercise category, all seven, in the case format's order
 * @param firedRules names of the rules that fired, in firing order
 * @param risk the STarT Back risk, or null when the case had no screening
 * @param directionalPreference the direction the symptoms say eases the back
 * @param suggestedExercises exercises from the library to do now, by category and id
 */
public record Assessment(String caseId, KnowledgeBaseId knowledgeBase, Stage stage, Referral referral,
        List<ReasonCode> reasons, List<Recommendation> recommendations, List<Clearance> clearances,
        List<String> firedRules, Risk risk, DirectionalPreference directionalPreference,
        List<SuggestedExercise> suggestedExercises) {

    /**
     * Copies every list.
     *
     * @param caseId the case's id, or null
     * @param knowledgeBase the version and rules hash that produced this result
     * @param stage what to work on now
     * @param referral whether and how soon to see a doctor
     * @param reasons the distinct reason codes found, weightiest first
     * @param recommendations advice in priority order, 1 first
     * @param clearances one per exercise category, all seven, in the case format's order
     * @param firedRules names of the rules that fired, in firing order
     * @param risk the STarT Back risk, or null when the case had no screening
     * @param directionalPreference the direction the symptoms say eases the back
     * @param suggestedExercises exercises from the library to do now, by category and id
     */
    public Assessment {
        reasons = List.copyOf(reasons);
        recommendations = List.copyOf(recommendations);
        clearances = List.copyOf(clearances);
        firedRules = List.copyOf(firedRules);
        directionalPreference = directionalPreference == null ? DirectionalPreference.NONE : directionalPreference;
        suggestedExercises = suggestedExercises == null ? List.of() : List.copyOf(suggestedExercises);
    }

    /**
     * An assessment without the second version's findings: no risk, no preference, no suggestions.
     *
     * @param caseId the case's id, or null
     * @param knowledgeBase the version and rules hash that produced this result
     * @param stage what to work on now
     * @param referral whether and how soon to see a doctor
     * @param reasons the distinct reason codes found, weightiest first
     * @param recommendations advice in priority order, 1 first
     * @param clearances one per exercise category, all seven, in the case format's order
     * @param firedRules names of the rules that fired, in firing order
     */
    public Assessment(String caseId, KnowledgeBaseId knowledgeBase, Stage stage, Referral referral,
            List<ReasonCode> reasons, List<Recommendation> recommendations, List<Clearance> clearances,
            List<String> firedRules) {
        this(caseId, knowledgeBase, stage, referral, reasons, recommendations, clearances, firedRules, null,
                DirectionalPreference.NONE, List.of());
    }

    /**
     * The clearance of one category.
     *
     * @param category the exercise category
     * @return its clearance; every category has one
     */
    public Clearance clearance(ExerciseCategory category) {
        Objects.requireNonNull(category, "category");
        return clearances.stream().filter(c -> c.category() == category).findFirst().orElseThrow(
                () -> new NoSuchElementException("this assessment has no clearance of " + category));
    }

    /**
     * The recommendation with an id, if given.
     *
     * @param id the recommendation's id
     * @return the recommendation, or empty
     */
    public Optional<Recommendation> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
