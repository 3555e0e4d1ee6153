package org.backpainkb.examples.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backpainkb.io.CaseReader;
import org.backpainkb.io.CaseWriter;
import org.backpainkb.model.Case;
import org.backpainkb.model.CoreActivation;
import org.backpainkb.model.Fact;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.StartBack;
import org.backpainkb.model.Symptom;

/**
 * Person events as JSON, each fact written by the library's CaseWriter (so in the case format's
 * spelling), and the output's events as the one-line form of the library's story test.
 */
final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> KIND_OF_LIST = Map.of("symptoms", "symptom", "redFlags", "redFlag",
            "mobility", "mobility", "breathing", "breathing", "exercises", "exercise", "formErrors", "formError",
            "sessions", "session");

    private Events() {
    }

    static String add(Fact fact) {
        return write(op("add").set("fact", fact(fact)));
    }

    static String remove(Fact fact) {
        return write(op("remove").set("fact", fact(fact)));
    }

    static String replace(Fact before, Fact after) {
        ObjectNode e = op("replace");
        e.set("before", fact(before));
        e.set("after", fact(after));
        return write(e);
    }

    static String reassessMobility(MobilityFinding finding) {
        return write(op("reassessMobility").set("mobility", element(finding)));
    }

    static String reportSymptom(Symptom symptom) {
        return write(op("reportSymptom").set("symptom", element(symptom)));
    }

    static String core(CoreActivation core) {
        return write(op("core").set("core", tree(Case.builder().core(core).build()).get("core")));
    }

    static String startBack(StartBack startBack) {
        return write(op("startBack").set("startBack", tree(Case.builder().startBack(startBack).build()).get("startBack")));
    }

    static String asOf(LocalDate day) {
        return write(op("asOf").put("asOf", day == null ? null : day.toString()));
    }

    static String intake(Case c) {
        return write(op("intake").set("case", tree(c)));
    }

    /** A fact as an event writes it: {@code {"kind": element}}. */
    static ObjectNode fact(Fact fact) {
        JsonNode list = listOf(fact);
        ObjectNode node = JSON.createObjectNode();
        node.set(KIND_OF_LIST.get(list.get("name").textValue()), list.get("element"));
        return node;
    }

    private static JsonNode element(Fact fact) {
        return listOf(fact).get("element");
    }

    /** The one list a case holding only this fact has, and its element. */
    private static JsonNode listOf(Fact fact) {
        ObjectNode c = tree(Case.builder().build().with(fact));
        for (Map.Entry<String, JsonNode> f : c.properties()) {
            if (f.getValue().isArray() && !f.getValue().isEmpty()) {
                return JSON.createObjectNode().put("name", f.getKey()).set("element", f.getValue().get(0));
            }
        }
        throw new IllegalArgumentException("no list holds " + fact);
    }

    private static ObjectNode tree(Case c) {
        try {
            return (ObjectNode) JSON.readTree(CaseWriter.write(c, CaseReader.Format.JSON));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode op(String op) {
        return JSON.createObjectNode().put("op", op);
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The output's events, each in the one-line form of the library's PersonSessionStoryTest. */
    /**
     * The changes of advice among the output's events, one line each, as the library's story test
     * follows them: the risk, the directional preference and the suggested exercises are left to
     * tests of their own.
     */
    static List<String> describe(List<String> changes) {
        List<String> lines = new ArrayList<>();
        for (String change : changes) {
            JsonNode e = read(change);
            if (aboutAdvice(e)) {
                lines.add(describe(e));
            }
        }
        return lines;
    }

    /** Whether an event is one the library's story test follows: not the risk, the preference or the suggestions. */
    static boolean aboutAdvice(JsonNode e) {
        return !Set.of("riskChanged", "directionalPreferenceChanged", "suggestedExercisesChanged")
                .contains(e.get("event").textValue());
    }

    static String describe(JsonNode e) {
        JsonNode before = e.get("before");
        JsonNode after = e.get("after");
        return switch (e.get("event").textValue()) {
            case "recommendationAdded" -> "added " + e.get("added").get("id").textValue() + " ("
                    + e.get("added").get("reason").textValue() + ")";
            case "recommendationChanged" -> "changed " + after.get("id").textValue();
            case "recommendationWithdrawn" -> "withdrawn " + e.get("withdrawn").get("id").textValue();
            case "clearanceChanged" -> "clearance " + after.get("category").textValue() + " " + clearance(before)
                    + " -> " + clearance(after);
            case "clearanceNoteChanged" -> "note " + after.get("category").textValue() + " " + clearance(before)
                    + " -> " + clearance(after);
            case "doseChanged" -> "dose " + after.get("category").textValue() + " " + dose(before) + " -> " + dose(after);
            case "stageChanged" -> "stage " + before.textValue() + " -> " + after.textValue();
            case "riskChanged" -> "risk " + (before.isNull() ? "none" : before.get("group").textValue()) + " -> "
                    + (after.isNull() ? "none" : after.get("group").textValue());
            case "directionalPreferenceChanged" -> "preference " + before.textValue() + " -> " + after.textValue();
            case "suggestedExercisesChanged" -> "suggestions " + before.size() + " -> " + after.size();
            case "referralChanged" -> "referral " + before.get("urgency").textValue() + " -> "
                    + after.get("urgency").textValue() + " " + codes(after.get("redFlags"));
            default -> throw new IllegalArgumentException("not an event: " + e);
        };
    }

    private static String clearance(JsonNode c) {
        return c.get("decision").textValue() + (c.get("reason").isNull() ? "" : " " + c.get("reason").textValue())
                + (c.get("dose").isNull() ? "" : " dose " + c.get("dose").textValue());
    }

    private static String dose(JsonNode c) {
        return c.get("dose").isNull() ? "none" : c.get("dose").textValue();
    }

    private static String codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(code -> codes.add(code.textValue()));
        return codes.toString();
    }
}
