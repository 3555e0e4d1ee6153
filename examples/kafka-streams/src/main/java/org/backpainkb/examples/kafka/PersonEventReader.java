package org.backpainkb.examples.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Case;
import org.backpainkb.model.Fact;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.Problem;
import org.backpainkb.model.InvalidCaseException.ProblemCode;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.Symptom;

/**
 * Reads a person event from its JSON, as strictly as the library reads a case: every fact, person,
 * core, screening, date and intake case is read by {@link CaseReader} (wrapped into the smallest
 * case document that holds it), so the same checks give the same messages, and each problem's path
 * is where the value is in the event ({@code fact.symptom.intensity}, {@code after.session.date},
 * {@code case.mobility[0].status}). The event's own fields are as strict: an unknown or missing
 * {@code op}, an unknown or missing field, or a fact of no known kind is refused, and every problem
 * found is reported, not only the first.
 *
 * <p>The forms, one per {@code op}:
 * <pre>
 * {"op":"add",              "fact":FACT}
 * {"op":"remove",           "fact":FACT}
 * {"op":"replace",          "before":FACT, "after":FACT}
 * {"op":"reassessMobility", "mobility":{"movement":"FLEXION","status":"FULL"}}
 * {"op":"reportSymptom",    "symptom":{"region":"LOW_BACK","intensity":3}}
 * {"op":"person",           "person":{"age":52}}            (or null)
 * {"op":"core",             "core":{"canActivateOnCue":true,"activatesDuringExercise":true}} (or null)
 * {"op":"startBack",        "startBack":{... the nine answers ...}}                       (or null)
 * {"op":"asOf",             "asOf":"2026-03-23"}           (or null)
 * {"op":"intake",           "case":{... a whole case ...}}
 * </pre>
 * where a FACT is an object with one field naming its kind, its value as the case format writes
 * an element of that kind's list: {@code {"symptom":{...}}}, {@code {"redFlag":"FEVER"}},
 * {@code {"mobility":{...}}}, {@code {"breathing":{...}}}, {@code {"exercise":{...}}},
 * {@code {"formError":{...}}} or {@code {"session":{...}}}.
 */
public final class PersonEventReader {

    /** Each op and the fields it has besides {@code op}, in the order the documentation lists them. */
    private static final Map<String, List<String>> OPS = new LinkedHashMap<>();
    /** Each kind of fact and the case's list of that kind. */
    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        OPS.put("add", List.of("fact"));
        OPS.put("remove", List.of("fact"));
        OPS.put("replace", List.of("before", "after"));
        OPS.put("reassessMobility", List.of("mobility"));
        OPS.put("reportSymptom", List.of("symptom"));
        OPS.put("person", List.of("person"));
        OPS.put("core", List.of("core"));
        OPS.put("startBack", List.of("startBack"));
        OPS.put("asOf", List.of("asOf"));
        OPS.put("intake", List.of("case"));
        kind("symptom", "symptoms", Case::symptoms);
        kind("redFlag", "redFlags", Case::redFlags);
        kind("mobility", "mobility", Case::mobility);
        kind("breathing", "breathing", Case::breathing);
        kind("exercise", "exercises", Case::exercises);
        kind("formError", "formErrors", Case::formErrors);
        kind("session", "sessions", Case::sessions);
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A kind of fact: its list in a case and how to take the one element back out. */
    private record Kind(String list, Function<Case, List<? extends Fact>> elements) {
    }

    private static void kind(String name, String list, Function<Case, List<? extends Fact>> elements) {
        KINDS.put(name, new Kind(list, elements));
    }

    private PersonEventReader() {
    }

    /**
     * The ops an event may have.
     *
     * @return the ops, in the documentation's order
     */
    public static List<String> ops() {
        return List.copyOf(OPS.keySet());
    }

    /**
     * Reads one event of a person's.
     *
     * @param personId the person, the record's key: an intake case's id must be this or absent
     * @param value the record's value, UTF-8 JSON
     * @return the event
     * @throws InvalidCaseException with every problem found, each with its path in the event
     */
    public static PersonEvent read(String personId, byte[] value) {
        Objects.requireNonNull(personId, "personId");
        if (value == null) {
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "the event is empty (a record without a value)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "not readable: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidCaseException("", ProblemCode.MALFORMED, "the event is empty");
        }
        if (!root.isObject()) {
            throw new InvalidCaseException("", ProblemCode.WRONG_TYPE,
                    "an event is a JSON object with an op, e.g. {\"op\":\"add\",\"fact\":{\"redFlag\":\"FEVER\"}}");
        }
        JsonNode opNode = root.get("op");
        if (opNode == null || opNode.isNull()) {
            throw new InvalidCaseException(new Problem("op", ProblemCode.MISSING,
                    "an event needs an op, one of " + String.join(", ", OPS.keySet()), ops(), null, null));
        }
        if (!opNode.isTextual()) {
            throw new InvalidCaseException(new Problem("op", ProblemCode.WRONG_TYPE,
                    "the op is text, one of " + String.join(", ", OPS.keySet()), ops(), null, null));
        }
        String op = opNode.textValue();
        List<String> fields = OPS.get(op);
        if (fields == null) {
            throw new InvalidCaseException(new Problem("op", ProblemCode.UNKNOWN_CODE,
                    "'" + op + "' is not an op; allowed: " + String.join(", ", OPS.keySet()), ops(), null, null));
        }
        Problems problems = new Problems();
        List<String> allowed = new ArrayList<>();
        allowed.add("op");
        allowed.addAll(fields);
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(new Problem(name, ProblemCode.UNKNOWN_FIELD, "an event of op '" + op + "' has no field '"
                        + name + "'; allowed: " + String.join(", ", allowed), allowed, null, null));
            }
        }
        PersonEvent event = switch (op) {
            case "add" -> {
                Fact fact = fact(root, "fact", problems);
                yield problems.none() ? new PersonEvent.Add(fact) : null;
            }
            case "remove" -> {
                Fact fact = fact(root, "fact", problems);
                yield problems.none() ? new PersonEvent.Remove(fact) : null;
            }
            case "replace" -> {
                Fact before = fact(root, "before", problems);
                Fact after = fact(root, "after", problems);
                yield problems.none() ? new PersonEvent.Replace(before, after) : null;
            }
            case "reassessMobility" -> {
                Fact finding = element(required(root, "mobility", problems), "mobility", "mobility", problems);
                yield problems.none() ? new PersonEvent.ReassessMobility((MobilityFinding) finding) : null;
            }
            case "reportSymptom" -> {
                Fact symptom = element(required(root, "symptom", problems), "symptom", "symptom", problems);
                yield problems.none() ? new PersonEvent.ReportSymptom((Symptom) symptom) : null;
            }
            case "person" -> {
                Case c = field(root, "person", problems);
                yield problems.none() ? new PersonEvent.SetPerson(c.person()) : null;
            }
            case "core" -> {
                Case c = field(root, "core", problems);
                yield problems.none() ? new PersonEvent.SetCore(c.core()) : null;
            }
            case "startBack" -> {
                Case c = field(root, "startBack", problems);
                yield problems.none() ? new PersonEvent.SetStartBack(c.startBack()) : null;
            }
            case "asOf" -> {
                Case c = field(root, "asOf", problems);
                yield problems.none() ? new PersonEvent.SetAsOf(c.asOf()) : null;
            }
            case "intake" -> {
                Case c = intake(root, personId, problems);
                yield problems.none() ? new PersonEvent.Intake(c) : null;
            }
            default -> throw new IllegalStateException("an op without a reading: " + op);
        };
        if (event == null) {
            throw new InvalidCaseException(problems.list);
        }
        return event;
    }

    /** A FACT: an object with one field, its kind. */
    private static Fact fact(JsonNode event, String at, Problems problems) {
        JsonNode node = required(event, at, problems);
        if (node == null) {
            return null;
        }
        List<String> kinds = List.copyOf(KINDS.keySet());
        if (!node.isObject() || node.isEmpty()) {
            problems.add(new Problem(at, node.isObject() ? ProblemCode.MISSING : ProblemCode.WRONG_TYPE,
                    "a fact is an object with one field naming its kind, one of " + String.join(", ", kinds)
                            + ", e.g. {\"redFlag\":\"FEVER\"}", kinds, null, null));
            return null;
        }
        Iterator<String> names = node.fieldNames();
        String kind = names.next();
        if (names.hasNext()) {
            problems.add(new Problem(at + "." + names.next(), ProblemCode.DUPLICATE,
                    "a fact has one kind; this one already is a " + kind, kinds, null, null));
            return null;
        }
        if (!KINDS.containsKey(kind)) {
            problems.add(new Problem(at + "." + kind, ProblemCode.UNKNOWN_FIELD,
                    "'" + kind + "' is not a kind of fact; allowed: " + String.join(", ", kinds), kinds, null, null));
            return null;
        }
        return element(node.get(kind), kind, at + "." + kind, problems);
    }

    /** One element of a kind's list, read as the only element of that list in a case. */
    private static Fact element(JsonNode value, String kind, String at, Problems problems) {
        if (value == null) {
            return null;
        }
        Kind k = KINDS.get(kind);
        ObjectNode wrapped = NODES.objectNode();
        ArrayNode list = wrapped.putArray(k.list());
        list.add(value);
        Case c = readCase(wrapped, k.list() + "[0]", at, problems);
        if (c == null) {
            return null;
        }
        return k.elements().apply(c).get(0);
    }

    /** A one-at-a-time field of a case (person, core, startBack, asOf), or null to remove it. */
    private static Case field(JsonNode event, String name, Problems problems) {
        JsonNode value = required(event, name, problems);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return Case.builder().build();
        }
        ObjectNode wrapped = NODES.objectNode();
        wrapped.set(name, value);
        return readCase(wrapped, name, name, problems);
    }

    /** A whole case, its id the person's. */
    private static Case intake(JsonNode event, String personId, Problems problems) {
        JsonNode value = required(event, "case", problems);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(new Problem("case", ProblemCode.WRONG_TYPE, "a case is an object, as in a case file"));
            return null;
        }
        Case c = readCase(value, "", "case", problems);
        if (c == null) {
            return null;
        }
        if (c.id() != null && !c.id().equals(personId)) {
            problems.add(new Problem("case.id", ProblemCode.UNKNOWN_CODE, "'" + c.id()
                    + "' is not this event's person '" + personId + "' (the record's key); leave the id out or give the key",
                    List.of(personId), null, null));
            return null;
        }
        return Case.builder(c).id(personId).build();
    }

    /** A field the op requires; a problem, and null, when it is absent. Present and null is returned as a null node. */
    private static JsonNode required(JsonNode event, String name, Problems problems) {
        JsonNode value = event.get(name);
        if (value == null) {
            problems.add(new Problem(name, ProblemCode.MISSING, "required by an event of op '" + event.get("op").textValue() + "'"));
        }
        return value;
    }

    /**
     * Reads a case document with the library's reader; its problems are moved from where they are in
     * the document ({@code from}) to where the value is in the event ({@code to}).
     */
    private static Case readCase(JsonNode document, String from, String to, Problems problems) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree just read is always writable", e);
        }
        try {
            return CaseReader.readLine(bytes, 0, bytes.length);
        } catch (InvalidCaseException refused) {
            for (Problem p : refused.problems()) {
                problems.add(new Problem(rebase(p.path(), from, to), p.code(), p.message(), p.allowed(), p.min(), p.max()));
            }
            return null;
        }
    }

    static String rebase(String path, String from, String to) {
        if (from.isEmpty()) {
            return path.isEmpty() ? to : path.startsWith("[") ? to + path : to + "." + path;
        }
        if (path.equals(from)) {
            return to;
        }
        if (path.startsWith(from) && (path.charAt(from.length()) == '.' || path.charAt(from.length()) == '[')) {
            return to + path.substring(from.length());
        }
        return path.isEmpty() ? to : to + "." + path;
    }

    /** The problems found so far. */
    private static final class Problems {
        private final List<Problem> list = new ArrayList<>();

        void add(Problem p) {
            list.add(p);
        }

        boolean none() {
            return list.isEmpty();
        }
    }
}
