package org.backpainkb.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.Recommendation;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.Code;

/** A readable report of one assessment, for a person at a terminal. */
final class TextReport {

    private static final int WIDTH = 96;

    private TextReport() {
    }

    /**
     * Prints the report; its header says which rules ran, so a reader sees at once whether an edited
     * rule had its say.
     *
     * @param a the assessment
     * @param rules where the rules came from: their directory, or "bundled"
     * @param out where to print
     */
    static void print(Assessment a, String rules, PrintWriter out) {
        out.println("Case " + (a.caseId() == null ? "(no id)" : a.caseId()) + "   [rules " + rules + ", hash "
                + a.knowledgeBase().rulesHash().substring(0, 12) + "; library " + a.knowledgeBase().version() + "]");
        out.println("Stage:    " + a.stage() + " (" + a.stage().inWords() + " is what to work on now)");
        out.println("Referral: " + a.referral().urgency()
                + (a.referral().redFlags().isEmpty() ? "" : " (red flags: " + joined(a.referral().redFlags()) + ")"));
        out.println("Reasons:  " + (a.reasons().isEmpty() ? "none" : joined(a.reasons())));
        out.println("Risk:     " + (a.risk() == null ? "not screened (no STarT Back answers)"
                : a.risk().group() + " (STarT Back total " + a.risk().total() + "/9, psychosocial "
                        + a.risk().psychosocial() + "/5)"));
        out.println("Directional preference: " + a.directionalPreference());
        out.println();
        out.println("Recommendations" + (a.recommendations().isEmpty() ? ": none" : ""));
        for (Recommendation r : a.recommendations()) {
            out.println("  " + r.priority() + ". [" + r.severity() + "] " + r.id() + " (" + r.reason() + ")");
            wrap(r.advice(), "       ", out);
            r.because().forEach(b -> wrap("because " + b, "       - ", out));
            wrap("rule: " + r.rule(), "       ", out);
            wrap("source: " + r.source(), "       ", out);
        }
        out.println();
        out.println("Clearances (decision, reason, dose from the pain log)");
        for (Clearance c : a.clearances()) {
            out.printf("  %-14s %-7s %-20s %-9s %s%n", c.category(), c.decision(),
                    c.reason() == null ? "-" : c.reason(), c.dose() == null ? "-" : c.dose(), c.note());
        }
        out.println();
        out.println("Suggested exercises" + (a.suggestedExercises().isEmpty() ? ": none" : ""));
        for (SuggestedExercise e : a.suggestedExercises()) {
            out.println("  - " + e.name() + " [" + e.id() + ", " + e.category() + ", " + e.direction() + "]");
            wrap(e.amount(), "      amount: ", out);
            wrap(e.why(), "      why: ", out);
        }
    }

    private static String joined(java.util.List<? extends Code> codes) {
        return codes.stream().map(Code::name).collect(Collectors.joining(", "));
    }

    /** Wraps text at word boundaries; the first line takes the given indent, the rest line up with it. */
    private static void wrap(String text, String indent, PrintWriter out) {
        String continuation = " ".repeat(indent.length());
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > continuation.length()) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(continuation);
            }
            line.append(word).append(' ');
        }
        out.println(line.toString().stripTrailing());
    }
}
