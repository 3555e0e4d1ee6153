package org.backpainkb.examples.clinic;

import java.util.ArrayList;
import java.util.List;
import org.backpainkb.Assessment;
import org.backpainkb.Assessor;
import org.backpainkb.Clearance;
import org.backpainkb.PersonSession;
import org.backpainkb.Recommendation;
import org.backpainkb.Referral;
import org.backpainkb.SessionListener;
import org.backpainkb.model.Case;
import org.backpainkb.model.Exercise;
import org.backpainkb.model.ExerciseSession;
import org.backpainkb.model.MobilityFinding;
import org.backpainkb.model.RedFlag;
import org.backpainkb.model.Stage;
import org.backpainkb.model.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One patient followed week by week: the app records what it learns as it arrives (exercise
 * logs, reassessments, screening answers), and at the end of each week asks the live session what
 * changed. Every change becomes a notice for the clinician, and a line in the log.
 *
 * <p>Like the session it wraps, a follow-up belongs to one thread at a time.
 */
public final class FollowUp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUp.class);

    private final String patient;
    private final PersonSession session;
    private final List<String> notices = new ArrayList<>();

    FollowUp(Assessor kb, Case intake) {
        this.patient = intake.id();
        // the notices hear the intake's events too; endOfWeek() returns only each week's
        this.session = kb.openSession(intake, new Notices());
    }

    /**
     * Records a reassessment of one spinal movement, replacing the earlier finding.
     *
     * @param finding the movement's range now
     */
    public void reassess(MobilityFinding finding) {
        session.reassessMobility(finding);
    }

    /**
     * Adds an exercise to the patient's programme.
     *
     * @param exercise the exercise
     */
    public void prescribe(Exercise exercise) {
        session.add(exercise);
    }

    /**
     * Records an exercise session from the patient's pain log.
     *
     * @param entry the session and its pain ratings
     */
    public void log(ExerciseSession entry) {
        session.add(entry);
    }

    /**
     * Forgets an entry of the pain log, e.g. one older than the weeks the clinic reviews.
     *
     * @param entry the entry logged before
     */
    public void forget(ExerciseSession entry) {
        session.remove(entry);
    }

    /**
     * Records a screening question answered yes.
     *
     * @param flag the red flag
     */
    public void reportRedFlag(RedFlag flag) {
        session.add(flag);
    }

    /**
     * Re-evaluates everything recorded this week.
     *
     * @return the notices this week's changes produced, in the order the session reported them
     */
    public List<String> endOfWeek() {
        int from = notices.size();
        session.update();
        return List.copyOf(notices.subList(from, notices.size()));
    }

    /**
     * The advice as of the last week's end.
     *
     * @return the assessment
     */
    public Assessment advice() {
        return session.assessment();
    }

    @Override
    public void close() {
        session.close();
        LOG.info("{}: follow-up closed", patient);
    }

    /** Turns the session's changes into notices and log lines. */
    private final class Notices implements SessionListener {

        @Override
        public void referralChanged(Referral before, Referral after) {
            String notice = "referral " + before.urgency() + " -> " + after.urgency();
            notices.add(notice);
            if (after.urgency() == Urgency.EMERGENCY || after.urgency() == Urgency.URGENT) {
                LOG.warn("{}: {} (red flags {}): call the patient today", patient, notice, after.redFlags());
            } else {
                LOG.info("{}: {}", patient, notice);
            }
        }

        @Override
        public void stageChanged(Stage before, Stage after) {
            note("stage " + before + " -> " + after);
        }

        @Override
        public void recommendationAdded(Recommendation added) {
            note("new advice " + added.id() + ": " + added.advice());
        }

        @Override
        public void recommendationChanged(Recommendation before, Recommendation after) {
            note("advice " + after.id() + " now because " + String.join("; ", after.because()));
        }

        @Override
        public void recommendationWithdrawn(Recommendation withdrawn) {
            note("advice withdrawn " + withdrawn.id());
        }

        @Override
        public void clearanceChanged(Clearance before, Clearance after) {
            note(after.category() + " " + inWords(before) + " -> " + inWords(after));
        }

        @Override
        public void clearanceNoteChanged(Clearance before, Clearance after) {
            note(after.category() + " " + inWords(before) + " -> " + inWords(after));
        }

        @Override
        public void doseChanged(Clearance before, Clearance after) {
            note(after.category() + " dose " + dose(before) + " -> " + dose(after));
        }

        private static String dose(Clearance c) {
            return c.dose() == null ? "none" : c.dose().name();
        }

        private static String inWords(Clearance c) {
            String decision = c.reason() == null ? c.decision().name() : c.decision() + " (" + c.reason() + ")";
            return c.dose() == null ? decision : decision + ", dose " + c.dose();
        }

        private void note(String notice) {
            notices.add(notice);
            LOG.info("{}: {}", patient, notice);
        }
    }
}
