package org.backpainkb.cli;

import java.io.PrintWriter;
import java.util.Locale;
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
        out.printf("Case %s   [rules %s, hash %s; library %s]%n", a.caseId() == null ? "(no id)" : shown(a.caseId()), shown(rules),
                a.knowledgeBase().rulesHash().substring(0, 12), a.knowledgeBase().version());
        out.printf("Stage:    %s (%s is what to work on now)%n", a.stage(), a.stage().inWords());
        out.printf("Referral: %s%s%n", a.referral().urgency(),
                a.referral().redFlags().isEmpty() ? "" : " (red flags: " + joined(a.referral().redFlags()) + ")");
        out.printf("Reasons:  %s%n", a.reasons().isEmpty() ? "none" : joined(a.reasons()));
        if (a.risk() == null) {
            out.println("Risk:     not screened (no STarT Back answers)");
        } else {
            out.printf("Risk:     %s (STarT Back total %s/9, psychosocial %s/5)%n", a.risk().group(), a.risk().total(),
                    a.risk().psychosocial());
        }
        out.printf("Directional preference: %s%n", a.directionalPreference());
        out.println();
        out.printf("Recommendations%s%n", a.recommendations().isEmpty() ? ": none" : "");
        for (Recommendation r : a.recommendations()) {
            out.printf("  %s. [%s] %s (%s)%n", r.priority(), r.severity(), shown(r.id()), r.reason());
            wrap(r.advice(), "       ", out);
            r.because().forEach(b -> wrap("because " + b, "       - ", out));
            wrap("rule: " + r.rule(), "       ", out);
            wrap("source: " + r.source(), "       ", out);
        }
        out.println();
        out.println("Clearances (decision, reason, dose from the pain log)");
        for (Clearance c : a.clearances()) {
            out.printf("  %-14s %-7s %-20s %-9s %s%n", c.category(), c.decision(),
                    c.reason() == null ? "-" : c.reason(), c.dose() == null ? "-" : c.dose(), shown(c.note()));
        }
        out.println();
        out.printf("Suggested exercises%s%n", a.suggestedExercises().isEmpty() ? ": none" : "");
        for (SuggestedExercise e : a.suggestedExercises()) {
            out.printf("  - %s [%s, %s, %s]%n", shown(e.name()), shown(e.id()), e.category(), e.direction());
            wrap(e.amount(), "      amount: ", out);
            wrap(e.why(), "      why: ", out);
        }
    }

    private static String joined(java.util.List<? extends Code> codes) {
        return codes.stream().map(Code::name).collect(Collectors.joining(", "));
    }

    /**
     * A text as a terminal should show it: a control character (an escape, a carriage return) or a
     * mark that turns the direction of the text is written as its code, {@code \u001B}, so that no
     * text of the rules or of a case can move the cursor, clear the screen or rewrite a line above.
     */
    static String shown(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean hidden = Character.isISOControl(ch) || Character.getType(ch) == Character.FORMAT;
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Wraps text at word boundaries; the first line takes the given indent, the rest line up with it. */
    private static void wrap(String text, String indent, PrintWriter out) {
        text = shown(text);
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
