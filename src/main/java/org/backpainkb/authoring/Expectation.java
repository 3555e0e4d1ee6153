package org.backpainkb.authoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backpainkb.model.Decision;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.RiskGroup;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Urgency;

/**
 * What a scenario expects of an assessment. Anything left out is not checked.
 *
 * @param referral the referral's urgency, or null
 * @param stage the stage, or null
 * @param reasons reason codes that must be among the assessment's reasons
 * @param notReasons reason codes that must not be among them
 * @param clearances the decision expected for each category named
 * @param recommendations ids of recommendations that must be given
 * @param risk the STarT Back risk group, or null
 * @param directionalPreference the directional preference, or null
 * @param doses the dose expected for each category named
 * @param suggestions ids of library exercises that must be suggested
 * @param notSuggestions ids of library exercises that must not be suggested
 * @param notRecommendations ids of recommendations that must not be given
 */
public record Expectation(Urgency referral, Stage stage, List<ReasonCode> reasons, List<ReasonCode> notReasons,
        Map<ExerciseCategory, Decision> clearances, List<String> recommendations, RiskGroup risk,
        DirectionalPreference directionalPreference, Map<ExerciseCategory, Dose> doses, List<String> suggestions,
        List<String> notSuggestions, List<String> notRecommendations) {

    /** The keys a scenario's {@code expect:} may hold, as written in a scenario file. */
    public static final List<String> KEYS = List.of("referral", "stage", "reasons", "notReasons", "clearances",
            "recommendations", "notRecommendations", "risk", "directionalPreference", "doses", "suggestions",
            "notSuggestions");

    /**
     * Copies every collection; a missing one is empty.
     *
     * @param referral the referral's urgency, or null
     * @param stage the stage, or null
     * @param reasons reason codes that must be among the assessment's reasons
     * @param notReasons reason codes that must not be among them
     * @param clearances the decision expected for each category named
     * @param recommendations ids of recommendations that must be given
     * @param risk the STarT Back risk group, or null
     * @param directionalPreference the directional preference, or null
     * @param doses the dose expected for each category named
     * @param suggestions ids of library exercises that must be suggested
     * @param notSuggestions ids of library exercises that must not be suggested
     * @param notRecommendations ids of recommendations that must not be given
     */
    public Expectation {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        notReasons = notReasons == null ? List.of() : List.copyOf(notReasons);
        clearances = clearances == null || clearances.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(clearances));
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        doses = doses == null || doses.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(doses));
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        notSuggestions = notSuggestions == null ? List.of() : List.copyOf(notSuggestions);
        notRecommendations = notRecommendations == null ? List.of() : List.copyOf(notRecommendations);
    }

    /**
     * An expectation of everything but recommendations that must not be given.
     *
     * @param referral the referral's urgency, or null
     * @param stage the stage, or null
     * @param reasons reason codes that must be among the assessment's reasons
     * @param notReasons reason codes that must not be among them
     * @param clearances the decision expected for each category named
     * @param recommendations ids of recommendations that must be given
     * @param risk the STarT Back risk group, or null
     * @param directionalPreference the directional preference, or null
     * @param doses the dose expected for each category named
     * @param suggestions ids of library exercises that must be suggested
     * @param notSuggestions ids of library exercises that must not be suggested
     */
    public Expectation(Urgency referral, Stage stage, List<ReasonCode> reasons, List<ReasonCode> notReasons,
            Map<ExerciseCategory, Decision> clearances, List<String> recommendations, RiskGroup risk,
            DirectionalPreference directionalPreference, Map<ExerciseCategory, Dose> doses, List<String> suggestions,
            List<String> notSuggestions) {
        this(referral, stage, reasons, notReasons, clearances, recommendations, risk, directionalPreference, doses,
                suggestions, notSuggestions, null);
    }

    /**
     * An expectation of everything but exercises that must not be suggested.
     *
     * @param referral the referral's urgency, or null
     * @param stage the stage, or null
     * @param reasons reason codes that must be among the assessment's reasons
     * @param notReasons reason codes that must not be among them
     * @param clearances the decision expected for each category named
     * @param recommendations ids of recommendations that must be given
     * @param risk the STarT Back risk group, or null
     * @param directionalPreference the directional preference, or null
     * @param doses the dose expected for each category named
     * @param suggestions ids of library exercises that must be suggested
     */
    public Expectation(Urgency referral, Stage stage, List<ReasonCode> reasons, List<ReasonCode> notReasons,
            Map<ExerciseCategory, Decision> clearances, List<String> recommendations, RiskGroup risk,
            DirectionalPreference directionalPreference, Map<ExerciseCategory, Dose> doses, List<String> suggestions) {
        this(referral, stage, reasons, notReasons, clearances, recommendations, risk, directionalPreference, doses,
                suggestions, null, null);
    }

    /**
     * An expectation of the first version's conclusions only.
     *
     * @param referral the referral's urgency, or null
     * @param stage the stage, or null
     * @param reasons reason codes that must be among the assessment's reasons
     * @param notReasons reason codes that must not be among them
     * @param clearances the decision expected for each category named
     * @param recommendations ids of recommendations that must be given
     */
    public Expectation(Urgency referral, Stage stage, List<ReasonCode> reasons, List<ReasonCode> notReasons,
            Map<ExerciseCategory, Decision> clearances, List<String> recommendations) {
        this(referral, stage, reasons, notReasons, clearances, recommendations, null, null, null, null, null, null);
    }

    /**
     * Whether the expectation checks anything at all.
     *
     * @return true when every part is left out
     */
    public boolean isEmpty() {
        return referral == null && stage == null && reasons.isEmpty() && notReasons.isEmpty() && clearances.isEmpty()
                && recommendations.isEmpty() && risk == null && directionalPreference == null && doses.isEmpty()
                && suggestions.isEmpty() && notSuggestions.isEmpty() && notRecommendations.isEmpty();
    }
}
