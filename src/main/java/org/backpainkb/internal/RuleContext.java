package org.backpainkb.internal;

import java.util.Map;
import org.backpainkb.model.ReasonCode;
import org.backpainkb.model.Severity;
import org.backpainkb.rules.Advice;

/**
 * The rule whose consequence is running, on this thread, with the wording of its knowledge base: what
 * lets a rule write {@code Advice.of("id").because($fact)} and have the library fill in the reason,
 * severity and priority from the rule's metadata and the texts from the texts file. The engine runs
 * a consequence on the thread that fires the rules, between the events that set and clear this.
 */
public final class RuleContext {

    /**
     * This thread's slot, kept while its rules fire: setting and removing a thread-local entry for
     * every firing made and dropped a weak reference each time.
     */
    private static final ThreadLocal<Slot> SLOT = ThreadLocal.withInitial(Slot::new);

    /** The running rule: its name and metadata, and the wording of its knowledge base. */
    private record Current(String rule, Map<String, Object> metadata, Wording wording) {
    }

    /** Where a thread keeps the rule whose consequence it runs, if any. */
    private static final class Slot {
        private Current running;
    }

    private RuleContext() {
    }

    /** Marks a rule's consequence as running on this thread. */
    static void enter(String rule, Map<String, Object> metadata, Wording wording) {
        SLOT.get().running = new Current(rule, metadata, wording);
    }

    /** Marks that no consequence is running on this thread. */
    static void leave() {
        SLOT.get().running = null;
    }

    /**
     * Forgets this thread's slot once its rules have fired, so that a thread of the application's
     * pool keeps nothing of the library's.
     */
    static void release() {
        SLOT.remove();
    }

    /**
     * Advice of the running rule, its texts and metadata filled in.
     *
     * @param id the advice's id in the texts file
     * @param facts the facts the rule matched, which its texts name
     * @return the advice
     * @throws IllegalStateException outside a rule's consequence, or when the rule lacks metadata
     */
    public static Advice advice(String id, Object... facts) {
        Current c = current("Advice.of", id);
        Severity severity = parse(c, "severity", Severity::valueOf);
        Integer priority = parse(c, "priority", Integer::valueOf);
        return new Advice(id, reason(), severity, priority, c.wording().advice(id, facts), c.wording().because(id, facts));
    }

    /**
     * The reason code in the running rule's {@code @reason}.
     *
     * @return the code
     * @throws IllegalStateException outside a rule's consequence, or when the rule has no {@code @reason}
     */
    public static ReasonCode reason() {
        return parse(current("a conclusion with a note", null), "reason", ReasonCode::of);
    }

    /**
     * A note by its key in the texts file, in the running rule's language.
     *
     * @param key the note's key
     * @param facts the facts the rule matched, which the note names
     * @return the note
     */
    public static String note(String key, Object... facts) {
        return current("note", key).wording().note(key, facts);
    }

    /**
     * The running rule, or a refusal of the call outside a consequence. The call is named in parts so
     * that its words are put together only for the refusal, never in every firing.
     *
     * @param call what was called, e.g. {@code note}
     * @param key the key it was called with, or null
     */
    private static Current current(String call, String key) {
        Current c = SLOT.get().running;
        if (c == null) {
            SLOT.remove();
            throw new IllegalStateException((key == null ? call : call + "(\"" + key + "\")")
                    + " is for a rule's then block: the texts and metadata come from the rule that runs it");
        }
        return c;
    }

    private static <T> T parse(Current c, String key, java.util.function.Function<String, T> parser) {
        Object value = c.metadata().get(key);
        String text = value == null ? "" : value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new IllegalStateException("rule \"" + c.rule() + "\" has no @" + key);
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rule \"" + c.rule() + "\": @" + key + "(" + text + ") is not valid", e);
        }
    }
}
