package org.backpainkb.examples.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.backpainkb.Clearance;
import org.backpainkb.KnowledgeBaseId;
import org.backpainkb.Recommendation;
import org.backpainkb.Referral;
import org.backpainkb.Risk;
import org.backpainkb.SessionListener;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Stage;

/**
 * Hears a session's events and writes each as one JSON object of the output topic: the listener
 * method's name as {@code event} and its arguments under their parameter names ({@code added},
 * {@code withdrawn}, {@code before}, {@code after}), as the result format writes those values:
 * <pre>
 * {"personId":"person-17","event":"stageChanged","before":"MOTOR_CONTROL","after":"MOBILITY",
 *  "op":"intake","knowledgeBase":{"version":"0.2.0-SNAPSHOT","rulesHash":"...","thresholds":{...}}}
 * </pre>
 * {@code op} is the op of the input event that caused the change; {@code knowledgeBase} the id
 * of the rules that assessed it. The events come in the order {@link SessionListener} documents.
 */
final class ChangeEvents implements SessionListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One event as heard: the listener method and its arguments. Written as JSON only once the
     * update is over, outside the listener: a session logs and swallows what a listener throws, so
     * a failure there would lose an event without a trace.
     */
    private record Heard(String event, String firstName, Object first, String secondName, Object second) {
    }

    private final List<Heard> heard = new ArrayList<>();

    /** Forgets the events heard so far, so that a session kept open tells one update's apart from the next. */
    void clear() {
        heard.clear();
    }

    /**
     * The events heard, as JSON objects, each with the person, the op and the knowledge base's id.
     *
     * @param personId the person
     * @param op the input event's op
     * @param knowledgeBase the id of the rules that assessed the change
     * @return the events
     */
    List<ObjectNode> events(String personId, String op, KnowledgeBaseId knowledgeBase) {
        JsonNode kb = JSON.valueToTree(knowledgeBase);
        List<ObjectNode> events = new ArrayList<>(heard.size());
        for (Heard h : heard) {
            ObjectNode e = JSON.createObjectNode();
            e.put("personId", personId);
            e.put("event", h.event());
            e.set(h.firstName(), JSON.valueToTree(h.first()));
            if (h.secondName() != null) {
                e.set(h.secondName(), JSON.valueToTree(h.second()));
            }
            e.put("op", op);
            e.set("knowledgeBase", kb);
            events.add(e);
        }
        return events;
    }

    private void beforeAfter(String event, Object before, Object after) {
        heard.add(new Heard(event, "before", before, "after", after));
    }

    @Override
    public void referralChanged(Referral before, Referral after) {
        beforeAfter("referralChanged", before, after);
    }

    @Override
    public void stageChanged(Stage before, Stage after) {
        beforeAfter("stageChanged", before, after);
    }

    @Override
    public void riskChanged(Risk before, Risk after) {
        beforeAfter("riskChanged", before, after);
    }

    @Override
    public void directionalPreferenceChanged(DirectionalPreference before, DirectionalPreference after) {
        beforeAfter("directionalPreferenceChanged", before, after);
    }

    @Override
    public void recommendationWithdrawn(Recommendation withdrawn) {
        heard.add(new Heard("recommendationWithdrawn", "withdrawn", withdrawn, null, null));
    }

    @Override
    public void recommendationAdded(Recommendation added) {
        heard.add(new Heard("recommendationAdded", "added", added, null, null));
    }

    @Override
    public void recommendationChanged(Recommendation before, Recommendation after) {
        beforeAfter("recommendationChanged", before, after);
    }

    @Override
    public void clearanceChanged(Clearance before, Clearance after) {
        beforeAfter("clearanceChanged", before, after);
    }

    @Override
    public void clearanceNoteChanged(Clearance before, Clearance after) {
        beforeAfter("clearanceNoteChanged", before, after);
    }

    @Override
    public void doseChanged(Clearance before, Clearance after) {
        beforeAfter("doseChanged", before, after);
    }

    @Override
    public void suggestedExercisesChanged(List<SuggestedExercise> before, List<SuggestedExercise> after) {
        beforeAfter("suggestedExercisesChanged", before, after);
    }
}
