package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import org.backpainkb.model.Case;
import org.backpainkb.rules.ReportedRedFlag;

/** Spreads a case into the separate facts that rules match. */
public final class CaseFacts {

    private CaseFacts() {
    }

    /**
     * Every fact of a case: each list element on its own, red flags wrapped so rules can match
     * them, and the person, core and STarT Back answers when given. The pain log's window and
     * summaries depend on the thresholds too: {@link PainLog} makes them.
     *
     * @param c the case
     * @return the facts, in the case's order
     */
    public static List<Object> of(Case c) {
        List<Object> facts = new ArrayList<>();
        if (c.person() != null) {
            facts.add(c.person());
        }
        facts.addAll(c.symptoms());
        c.redFlags().stream().distinct().map(ReportedRedFlag::new).forEach(facts::add);
        facts.addAll(c.mobility());
        facts.addAll(c.breathing());
        if (c.core() != null) {
            facts.add(c.core());
        }
        facts.addAll(c.exercises());
        facts.addAll(c.formErrors());
        facts.addAll(c.sessions());
        if (c.startBack() != null) {
            facts.add(c.startBack());
        }
        return facts;
    }
}
