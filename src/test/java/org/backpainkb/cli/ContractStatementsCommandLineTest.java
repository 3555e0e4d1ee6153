package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpainkb.cli.CommandLineRuns.CATEGORIES;
import static org.backpainkb.cli.CommandLineRuns.assessJson;
import static org.backpainkb.cli.CommandLineRuns.clearanceReason;
import static org.backpainkb.cli.CommandLineRuns.decision;
import static org.backpainkb.cli.CommandLineRuns.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements 1 to 10 of the contract, each through {@code assess --format json} on its golden case. */
class ContractStatementsCommandLineTest {

    @Test
    void statement1EmergencyFlagStopsEveryCategoryAndAsksForCareTheSameDay() throws IOException {
        JsonNode r = assessJson("statement-01-emergency-red-flag");

        assertThat(r.at("/referral/urgency").asText()).isEqualTo("EMERGENCY");
        for (String category : CATEGORIES) {
            assertThat(decision(r, category)).isEqualTo("STOP");
            assertThat(clearanceReason(r, category)).isEqualTo("RED_FLAG");
        }
        assertThat(r.get("recommendations")).anySatisfy(rec -> {
            assertThat(rec.get("severity").asText()).isEqualTo("CRITICAL");
            assertThat(rec.get("advice").asText()).containsIgnoringCase("emergency").containsIgnoringCase("today");
        });
    }

    @Test
    void statement1UrgentFlagStopsEveryCategoryWithACriticalRecommendation() throws IOException {
        JsonNode r = assessJson("statement-01-urgent-red-flag");

        assertThat(r.at("/referral/urgency").asText()).isEqualTo("URGENT");
        for (String category : CATEGORIES) {
            assertThat(decision(r, category)).isEqualTo("STOP");
        }
        assertThat(r.get("recommendations")).anySatisfy(rec -> assertThat(rec.get("severity").asText())
                .isEqualTo("CRITICAL"));
    }

    @Test
    void statement1RoutineFlagWarnsAndTheExerciseAdviceGoesOn() throws IOException {
        JsonNode r = assessJson("statement-01-routine-red-flag");

        assertThat(r.at("/referral/urgency").asText()).isEqualTo("ROUTINE");
        assertThat(texts(r.get("reasons"))).contains("RED_FLAG", "WRONG_EXERCISE");
        assertThat(r.get("recommendations")).noneSatisfy(rec -> assertThat(rec.get("severity").asText())
                .isEqualTo("CRITICAL"));
        assertThat(r.get("recommendations")).anySatisfy(rec -> {
            assertThat(rec.get("reason").asText()).isEqualTo("RED_FLAG");
            assertThat(rec.get("severity").asText()).isEqualTo("WARNING");
        });
        for (String category : CATEGORIES) {
            assertThat(decision(r, category)).isNotEqualTo("STOP");
        }
    }

    @Test
    void statement2MobilityComesBeforeMotorControlWhichComesBeforeStabilityAndStrength() throws IOException {
        assertThat(assessJson("statement-02-stages-mobility-first").get("stage").asText()).isEqualTo("MOBILITY");
        assertThat(assessJson("statement-02-stages-motor-control-next").get("stage").asText())
                .isEqualTo("MOTOR_CONTROL");
        assertThat(assessJson("statement-10-all-clear").get("stage").asText()).isEqualTo("STABILITY_AND_STRENGTH");
    }

    @Test
    void statement3BeforeTheLastStageTheGatedCategoriesAreDeferredAndTheOthersNot() throws IOException {
        JsonNode r = assessJson("statement-03-gates");

        assertThat(r.get("stage").asText()).isEqualTo("MOBILITY");
        for (String gated : List.of("STABILITY", "CORE_STRENGTH", "STRENGTH")) {
            assertThat(decision(r, gated)).isEqualTo("DEFER");
        }
        for (String open : List.of("WALKING", "AEROBIC", "MOBILITY", "MOTOR_CONTROL")) {
            assertThat(decision(r, open)).isEqualTo("ALLOW");
        }
    }

    @Test
    void statement4WalkingThatHurtsIsModifiedAndDeferredWorkIsWrongExerciseButStabilityIsTooEarly()
            throws IOException {
        JsonNode r = assessJson("statement-04-wrong-exercise");

        assertThat(texts(r.get("reasons"))).contains("WRONG_EXERCISE", "STABILITY_TOO_EARLY");
        assertThat(decision(r, "WALKING")).isEqualTo("MODIFY");
        assertThat(clearanceReason(r, "WALKING")).isEqualTo("WRONG_EXERCISE");
        assertThat(clearanceReason(r, "STRENGTH")).isEqualTo("WRONG_EXERCISE");
        assertThat(clearanceReason(r, "STABILITY")).isEqualTo("STABILITY_TOO_EARLY");
        assertThat(r.get("recommendations")).anySatisfy(rec -> assertThat(rec.get("advice").asText())
                .containsIgnoringCase("different exercise").containsIgnoringCase("normal walking"));
    }

    @Test
    void statement5StabilityBeforeMobilityIsTooEarlyWithAdviceToRestoreMobilityAndAddNoLoad() throws IOException {
        JsonNode r = assessJson("statement-05-stability-too-early");

        assertThat(texts(r.get("reasons"))).contains("STABILITY_TOO_EARLY");
        assertThat(decision(r, "STABILITY")).isEqualTo("DEFER");
        assertThat(adviceFor(r, "STABILITY_TOO_EARLY")).anySatisfy(a -> assertThat(a)
                .containsIgnoringCase("no load").containsIgnoringCase("moving fully"));
    }

    @Test
    void statement6AStrongCoreNotSwitchedOnIsCoreNotActivatedWithMotorControlTraining() throws IOException {
        JsonNode r = assessJson("statement-06-core-not-activated");

        assertThat(texts(r.get("reasons"))).contains("CORE_NOT_ACTIVATED");
        assertThat(adviceFor(r, "CORE_NOT_ACTIVATED"))
                .anySatisfy(a -> assertThat(a).containsIgnoringCase("motor control training"));
    }

    @Test
    void statement7HeldBreathIsImproperBreathingWithBreathingTraining() throws IOException {
        JsonNode r = assessJson("statement-07-improper-breathing");

        assertThat(texts(r.get("reasons"))).contains("IMPROPER_BREATHING");
        assertThat(adviceFor(r, "IMPROPER_BREATHING")).anySatisfy(a -> assertThat(a)
                .containsIgnoringCase("breathing training").containsIgnoringCase("effort"));
    }

    @Test
    void statement8PoorFormModifiesItsCategoryAndALoadedFaultRanksFirst() throws IOException {
        JsonNode r = assessJson("statement-08-poor-form");

        assertThat(texts(r.get("reasons"))).contains("POOR_FORM");
        assertThat(List.of("STRENGTH", "STABILITY")).allSatisfy(c -> assertThat(decision(r, c)).isIn("MODIFY", "DEFER", "STOP"));
        assertThat(formPriority(r, "Deadlift")).as("the loaded fault ranks higher (a lower priority number)")
                .isLessThan(formPriority(r, "Bird dog"));
    }

    @Test
    void statement9PainAboveFiveDuringOrWorseNextMorningPutsThatCategoryAtLeastAtModify() throws IOException {
        JsonNode r = assessJson("statement-09-pain-response");

        assertThat(texts(r.get("reasons"))).contains("PAIN_RESPONSE");
        assertThat(List.of("STRENGTH", "MOBILITY")).allSatisfy(c -> assertThat(decision(r, c)).isIn("MODIFY", "DEFER", "STOP"));
    }

    @Test
    void statement10NothingWrongMeansNothingSaid() throws IOException {
        JsonNode r = assessJson("statement-10-all-clear");

        assertThat(r.get("reasons")).isEmpty();
        assertThat(r.get("recommendations")).isEmpty();
        assertThat(r.at("/referral/urgency").asText()).isEqualTo("NONE");
        assertThat(r.at("/referral/redFlags")).isEmpty();
        assertThat(r.get("stage").asText()).isEqualTo("STABILITY_AND_STRENGTH");
        for (String category : CATEGORIES) {
            assertThat(decision(r, category)).isEqualTo("ALLOW");
        }
    }

    /** The advice texts of the recommendations given for a reason. */
    static List<String> adviceFor(JsonNode result, String reason) {
        List<String> advice = new ArrayList<>();
        result.get("recommendations").forEach(r -> {
            if (r.get("reason").asText().equals(reason)) {
                advice.add(r.get("advice").asText());
            }
        });
        return advice;
    }

    /** The best (lowest) priority of the POOR_FORM recommendations whose because names an exercise. */
    static int formPriority(JsonNode result, String exercise) {
        int best = Integer.MAX_VALUE;
        for (JsonNode r : result.get("recommendations")) {
            if (r.get("reason").asText().equals("POOR_FORM")
                    && texts(r.get("because")).stream().anyMatch(b -> b.contains(exercise))) {
                best = Math.min(best, r.get("priority").asInt());
            }
        }
        assertThat(best).as("a POOR_FORM recommendation names " + exercise).isNotEqualTo(Integer.MAX_VALUE);
        return best;
    }
}
