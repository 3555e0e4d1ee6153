package org.backpainkb.examples.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.backpainkb.Assessment;
import org.backpainkb.Assessor;
import org.backpainkb.PersonSession;
import org.backpainkb.RuleFailedException;
import org.backpainkb.RunawayRulesException;
import org.backpainkb.io.ProblemDetails;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;
import org.backpainkb.model.InvalidCaseException.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the people of one task's partitions: for each person event, reads the person's case from
 * the store, makes the change on a {@link PersonSession} resumed on that case, updates it, stores the
 * case after, and forwards each event the session told, as JSON, to the changes topic. A refused
 * event goes to the dead-letter topic with its problems, and nothing else happens: the stored case
 * is untouched and no change is sent.
 *
 * <p><b>Why the previous assessment is recomputed, not stored.</b> The store holds the case only.
 * Each event resumes a session on the stored case, which assesses it, and the session's own diff
 * against the updated assessment gives the events: they are a live session's events by
 * construction, the library's diff, with nothing of this project's own. Storing the last assessment
 * instead would need a reader for assessments and a diff of two given assessments, which the
 * library does not offer, and would double what each person costs in the store and its changelog.
 * The price is one more assessment per event, measured in the README. After a rules reload the
 * events are what the event changed under the new rules; what the new rules alone changed for a
 * person is not told as a change (see the README).
 */
final class PersonEventProcessor implements Processor<String, byte[], String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(PersonEventProcessor.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Assessor assessor;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, Case> cases;

    PersonEventProcessor(Assessor assessor) {
        this.assessor = Objects.requireNonNull(assessor, "assessor");
    }

    /** What an event did: the case after it, and the events to send. */
    record Applied(Case after, List<ObjectNode> events) {
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.cases = context.getStateStore(PersonEventsTopology.CASES);
    }

    @Override
    public void process(Record<String, byte[]> event) {
        String personId = event.key();
        if (personId == null || personId.isBlank()) {
            deadLetter(event, problemDetails(new InvalidCaseException("", ProblemCode.MISSING,
                    "the record has no key: a person event is keyed by the person's id")));
            return;
        }
        Case stored = cases.get(personId);
        Case before = stored != null ? stored : Case.builder().id(personId).build();
        Applied applied;
        try {
            applied = apply(assessor, before, PersonEventReader.read(personId, event.value()));
        } catch (InvalidCaseException refused) {
            deadLetter(event, problemDetails(refused));
            return;
        } catch (RunawayRulesException | RuleFailedException failed) {
            LOG.warn("the rules failed on an event of person {}: it goes to the dead-letter topic", personId, failed);
            deadLetter(event, rulesFailed(failed));
            return;
        }
        if (!applied.after().equals(before)) {
            cases.put(personId, applied.after()); // an event that changes nothing writes nothing, not even a first case
        }
        for (ObjectNode change : applied.events()) {
            context.forward(event.withValue(write(change)), PersonEventsTopology.CHANGES_SINK);
        }
    }

    /**
     * Makes one event's change on a case and tells what changed in its assessment, as a session
     * resumed on the case and updated once tells it.
     *
     * @param assessor the knowledge base serving now
     * @param before the person's case so far
     * @param event the change
     * @return the case after and the events
     * @throws InvalidCaseException when the change cannot be made on this case
     */
    static Applied apply(Assessor assessor, Case before, PersonEvent event) {
        ChangeEvents heard = new ChangeEvents();
        // resumed, not opened: the stored case's own events were told by the events that made it
        try (PersonSession session = assessor.resumeSession(before, heard)) {
            event.applyTo(session);
            Assessment now = session.update();
            return new Applied(session.currentCase(), heard.events(before.id(), event.op(), now.knowledgeBase()));
        }
    }

    private void deadLetter(Record<String, byte[]> event, ObjectNode problem) {
        ObjectNode letter = JSON.createObjectNode();
        letter.put("personId", event.key());
        byte[] value = event.value();
        if (value == null) {
            letter.putNull("value");
        } else {
            String text = utf8(value);
            if (text != null) {
                letter.put("value", text);
            } else {
                letter.put("valueBase64", Base64.getEncoder().encodeToString(value));
            }
        }
        context.recordMetadata().ifPresent(m -> letter.putObject("source")
                .put("topic", m.topic()).put("partition", m.partition()).put("offset", m.offset()));
        letter.set("problem", problem);
        context.forward(event.withValue(write(letter)), PersonEventsTopology.DEAD_LETTERS_SINK);
    }

    private static ObjectNode problemDetails(InvalidCaseException refused) {
        try {
            return (ObjectNode) JSON.readTree(ProblemDetails.toJson(refused));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library's problem details are JSON", e);
        }
    }

    private static ObjectNode rulesFailed(RuntimeException failed) {
        return JSON.createObjectNode()
                .put("title", "The rules failed on this event")
                .put("detail", failed.getMessage())
                .put("exception", failed.getClass().getName());
    }

    /** The bytes as text when they are UTF-8, else null. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of values is always writable", e);
        }
    }
}
