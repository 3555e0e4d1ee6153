package org.backpainkb.examples.clinic;

import java.nio.file.Path;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.model.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clinic's use of the knowledge base: one shared {@link KnowledgeBase}, a one-shot assessment
 * at intake, and a {@link FollowUp} per patient after that.
 */
public final class Clinic {

    private static final Logger LOG = LoggerFactory.getLogger(Clinic.class);

    private final KnowledgeBase kb;

    private Clinic(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * A clinic that uses the rules bundled in the library.
     *
     * @return the clinic
     */
    public static Clinic withBundledRules() {
        return new Clinic(KnowledgeBase.bundled());
    }

    /**
     * A clinic that uses the rules its physiotherapists edit, loaded from a directory of
     * {@code *.drl} files and a {@code thresholds.yaml}.
     *
     * @param rulesDirectory the directory
     * @return the clinic
     */
    public static Clinic withRulesFrom(Path rulesDirectory) {
        return new Clinic(KnowledgeBase.builder().rulesDirectory(rulesDirectory).build());
    }

    /**
     * The knowledge base the clinic shares between all its patients and threads.
     *
     * @return the knowledge base
     */
    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /**
     * Assesses a patient once, at intake.
     *
     * @param intake what the first visit found
     * @return the assessment
     */
    public Assessment intake(Case intake) {
        Assessment a = kb.assess(intake);
        LOG.info("{}: intake: stage {}, referral {}, reasons {}", intake.id(), a.stage(), a.referral().urgency(),
                a.reasons());
        return a;
    }

    /**
     * Starts following a patient from what the first visit found.
     *
     * @param intake what the first visit found; its id names the patient in the log
     * @return the follow-up, to close when the patient is discharged
     */
    public FollowUp follow(Case intake) {
        FollowUp followUp = new FollowUp(kb, intake);
        LOG.info("{}: follow-up opened at stage {}", intake.id(), followUp.advice().stage());
        return followUp;
    }
}
