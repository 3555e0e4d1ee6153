package org.backpainkb;

import java.util.List;
import org.backpainkb.model.DirectionalPreference;
import org.backpainkb.model.Stage;

/**
 * Told by a {@link PersonSession} when its advice changes. Every method does nothing by default:
 * implement only those you need.
 *
 * <p>A session's listeners are given when it is opened, and first hear the changes from a person
 * of whom nothing is known to the case it was opened with (the intake's events): what they hear
 * is the same as if they had been told of every fact of the intake added to an empty session. After
 * each {@link PersonSession#update()} the session compares the new assessment with the one before
 * and calls, in this order:
 * <ol>
 *   <li>{@link #referralChanged} when the referral (urgency or flags) differs;</li>
 *   <li>{@link #stageChanged} when the stage differs;</li>
 *   <li>{@link #riskChanged} when the STarT Back risk differs, or appeared or went;</li>
 *   <li>{@link #directionalPreferenceChanged} when the directional preference differs;</li>
 *   <li>{@link #recommendationWithdrawn} for each recommendation whose id is gone, in the order
 *       the previous assessment listed them;</li>
 *   <li>{@link #recommendationAdded} or {@link #recommendationChanged} for each recommendation
 *       whose id is new, or whose id was there with other content, in the order the new
 *       assessment lists them (priority first);</li>
 *   <li>for each exercise category, in the order of {@link org.backpainkb.model.ExerciseCategory}:
 *       {@link #clearanceChanged} when its decision differs, or else {@link #clearanceNoteChanged}
 *       when its reason or note differs; then {@link #doseChanged} when its dose differs;</li>
 *   <li>{@link #suggestedExercisesChanged} when the exercises suggested differ (any of them, or how
 *       much of one, or why).</li>
 * </ol>
 * Recommendations are matched by {@link Recommendation#id()}, clearances by category. An update
 * that changes nothing calls nothing. Every category always has a clearance, so a clearance is
 * never added or withdrawn: a restriction appearing is a change from ALLOW, a restriction going
 * a change back to ALLOW. A new decision always comes with its own note, so the note is told
 * apart only when the decision stays; the dose is what the pain log says, whatever the decision,
 * so it is told apart always.
 *
 * <p>Listeners run on the thread that called {@code update()}, after the session has taken the
 * new assessment: {@link PersonSession#assessment()} already returns it. A listener may read the
 * session but may not change it or update it. An exception thrown by a listener is logged and goes
 * no further: every other listener still hears every change, and the update returns normally.
 */
public interface SessionListener {

    /**
     * A recommendation that was not there before.
     *
     * @param added the new recommendation
     */
    default void recommendationAdded(Recommendation added) {
    }

    /**
     * A recommendation still there under the same id, with different content: its wording,
     * severity, priority, matched facts or source.
     *
     * @param before the recommendation as it was
     * @param after the recommendation as it is now
     */
    default void recommendationChanged(Recommendation before, Recommendation after) {
    }

    /**
     * A recommendation that is no longer given, because the facts behind it went.
     *
     * @param withdrawn the recommendation as it last was
     */
    default void recommendationWithdrawn(Recommendation withdrawn) {
    }

    /**
     * An exercise category's decision changed, bringing its own reason and note.
     *
     * @param before the clearance as it was
     * @param after the clearance as it is now, of the same category
     */
    default void clearanceChanged(Clearance before, Clearance after) {
    }

    /**
     * An exercise category's decision stayed, but its reason or note changed: what the person is
     * told about the category is new.
     *
     * @param before the clearance as it was
     * @param after the clearance as it is now, of the same category and decision
     */
    default void clearanceNoteChanged(Clearance before, Clearance after) {
    }

    /**
     * What the pain log says of an exercise category's dose changed, or it appeared or went
     * ({@link Clearance#dose()} null when no counted session is in the category).
     *
     * @param before the clearance as it was
     * @param after the clearance as it is now, of the same category
     */
    default void doseChanged(Clearance before, Clearance after) {
    }

    /**
     * The stage, what to work on now, changed.
     *
     * @param before the stage as it was
     * @param after the stage now
     */
    default void stageChanged(Stage before, Stage after) {
    }

    /**
     * The STarT Back risk changed, or a screening appeared or went.
     *
     * @param before the risk as it was, or null when there was no screening
     * @param after the risk now, or null when there is no screening
     */
    default void riskChanged(Risk before, Risk after) {
    }

    /**
     * The direction the symptoms say eases the back changed (or appeared, or went: NONE).
     *
     * @param before the preference as it was
     * @param after the preference now
     */
    default void directionalPreferenceChanged(DirectionalPreference before, DirectionalPreference after) {
    }

    /**
     * The exercises suggested to do now changed: one came or went, or how much of one or why it
     * was picked changed. Told with both lists whole, as the person is shown them.
     *
     * @param before the suggested exercises as they were
     * @param after the suggested exercises now
     */
    default void suggestedExercisesChanged(List<SuggestedExercise> before, List<SuggestedExercise> after) {
    }

    /**
     * The referral changed: its urgency or the red flags behind it.
     *
     * @param before the referral as it was
     * @param after the referral now
     */
    default void referralChanged(Referral before, Referral after) {
    }
}
