package org.backpainkb;

import java.util.ArrayList;
import java.util.List;
import org.backpainkb.model.Stage;

/** Writes each change a session reports as one line, to compare with an expected list. */
final class EventRecorder implements SessionListener {

    private final List<String> events = new ArrayList<>();

    /** The events so far, and forgets them. */
    List<String> take() {
        List<String> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    @Override
    public void recommendationAdded(Recommendation added) {
        events.add("added " + added.id() + " (" + added.reason() + ")");
    }

    @Override
    public void recommendationChanged(Recommendation before, Recommendation after) {
        events.add("changed " + after.id());
    }

    @Override
    public void recommendationWithdrawn(Recommendation withdrawn) {
        events.add("withdrawn " + withdrawn.id());
    }

    @Override
    public void clearanceChanged(Clearance before, Clearance after) {
        events.add("clearance " + after.category() + " " + describe(before) + " -> " + describe(after));
    }

    @Override
    public void clearanceNoteChanged(Clearance before, Clearance after) {
        events.add("note " + after.category() + " " + describe(before) + " -> " + describe(after));
    }

    @Override
    public void doseChanged(Clearance before, Clearance after) {
        events.add("dose " + after.category() + " " + dose(before) + " -> " + dose(after));
    }

    @Override
    public void stageChanged(Stage before, Stage after) {
        events.add("stage " + before + " -> " + after);
    }

    @Override
    public void referralChanged(Referral before, Referral after) {
        events.add("referral " + before.urgency() + " -> " + after.urgency() + " " + after.redFlags());
    }

    private static String dose(Clearance c) {
        return c.dose() == null ? "none" : c.dose().toString();
    }

    private static String describe(Clearance c) {
        return c.decision() + (c.reason() == null ? "" : " " + c.reason()) + (c.dose() == null ? "" : " dose " + c.dose());
    }
}
