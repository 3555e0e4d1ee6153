package org.backpainkb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.Recommendation;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.internal.HiddenCharacters;
import org.backpainkb.model.Case;
import org.backpainkb.model.Code;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Dose;
import org.backpainkb.model.ExerciseCategory;
import org.backpainkb.model.Urgency;

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
     * @param assessed the case assessed, for what it does not say
     * @param rules where the rules came from: their directory, or "bundled"
     * @param words the report's own words, in the knowledge base's language
     * @param out where to print
     */
    static void print(Assessment a, Case assessed, String rules, ReportLabels words, PrintWriter out) {
        out.println(words.format("header", a.caseId() == null ? words.get("no-case-id") : shown(a.caseId()), shown(rules),
                a.knowledgeBase().rulesHash().substring(0, 12), a.knowledgeBase().version()));
        boolean urgent = a.referral().urgency().atLeast(Urgency.URGENT);
        out.println(words.format(stageLabel(a, urgent), a.stage(), words.inWords(a.stage())));
        out.println(words.format("referral", a.referral().urgency(),
                a.referral().redFlags().isEmpty() ? "" : words.format("red-flags", joined(a.referral().redFlags()))));
        if (a.referral().urgency() != Urgency.NONE) {
            // the library's words, so that no text of the rules can make light of a referral
            wrap(words.get("referral-means-" + a.referral().urgency().name()), "          ", out);
        }
        out.println(words.format("reasons", a.reasons().isEmpty() ? words.get("no-reasons") : joined(a.reasons())));
        if (a.risk() == null) {
            out.println(words.get("not-screened"));
        } else {
            out.println(words.format("risk", a.risk().group(), a.risk().total(), a.risk().psychosocial()));
        }
        out.println(words.format("preference", a.directionalPreference()));
        List<String> notGiven = notGiven(assessed, words, "");
        if (!notGiven.isEmpty()) {
            wrap(words.format("not-given", String.join("; ", notGiven)), "", out);
        }
        out.println();
        out.println(words.get(a.recommendations().isEmpty() ? "no-recommendations" : "recommendations"));
        int n = 0;
        for (Recommendation r : a.recommendations()) {
            // numbered in order: the priorities, which repeat, are in the JSON
            out.printf("  %s. [%s] %s (%s)%n", ++n, r.severity(), shown(r.id()), r.reason());
            wrap(r.advice(), "       ", out);
            r.because().forEach(b -> wrap(words.get("because") + b, "       - ", out));
            wrap(words.get("rule") + r.rule(), "       ", out);
            wrap(words.get("source") + r.source(), "       ", out);
        }
        out.println();
        out.println(words.get("clearances"));
        // a clinic's reason code may be longer than the contract's: the column grows so the notes stay in line
        int reasonWidth = Math.max(20, a.clearances().stream().filter(c -> c.reason() != null)
                .mapToInt(c -> c.reason().name().length() + 1).max().orElse(0));
        String row = "  %-14s %-7s %-" + reasonWidth + "s %-9s %s%n";
        for (Clearance c : a.clearances()) {
            out.printf(row, c.category(), c.decision(), c.reason() == null ? "-" : c.reason(),
                    c.dose() == null ? "-" : c.dose(), shown(c.note()));
        }
        // each dose shown, said once in words: INCREASE alone does not say by how much, or for how long
        for (Dose dose : Dose.values()) {
            if (a.clearances().stream().anyMatch(c -> c.dose() == dose)) {
                wrap(dose + ": " + words.get("dose-" + dose.name().toLowerCase(Locale.ROOT)), "  ", out);
            }
        }
        if (a.clearances().stream().anyMatch(c -> c.dose() != null && c.decision().compareTo(Decision.DEFER) >= 0)) {
            // a bare KEEP beside STOP reads as "keep your dose"; statement 14 means "no progression"
            wrap(words.get("dose-held"), "  ", out);
        }
        out.println();
        out.println(words.get(a.suggestedExercises().isEmpty() ? "no-suggested" : "suggested"));
        for (SuggestedExercise e : a.suggestedExercises()) {
            out.printf("  - %s [%s, %s, %s]%n", shown(e.name()), shown(e.id()), e.category(), e.direction());
            howMuchHowAndWhy(e, words, out);
        }
    }

    /**
     * What the case does not say that the stage counts as normal: no mobility finding is no movement
     * restricted, no breathing observation none held or out of sync. A clinician reading a result
     * that rests on them should know they were never looked at.
     *
     * @param c the case
     * @param words the report's words
     * @param prefix the labels' prefix: "" for the clinician's, "person-" for the person's
     * @return each in words; empty when the case gives both
     */
    static List<String> notGiven(Case c, ReportLabels words, String prefix) {
        List<String> missing = new ArrayList<>();
        if (c.mobility().isEmpty()) {
            missing.add(words.get(prefix + "not-given-mobility"));
        }
        if (c.breathing().isEmpty()) {
            missing.add(words.get(prefix + "not-given-breathing"));
        }
        if (c.core() == null && prefix.isEmpty()) {
            // the other way round from the two above: a core not assessed counts as not switching on
            missing.add(words.get("not-given-core"));
        }
        return missing;
    }

    /** A suggested exercise's amount, cues and why, under its name: the same in both reports. */
    static void howMuchHowAndWhy(SuggestedExercise e, ReportLabels words, PrintWriter out) {
        wrap(e.amount(), "      " + words.get("amount"), out);
        if (e.cues() != null) {
            wrap(e.cues(), "      " + words.get("cues"), out);
        }
        wrap(e.why(), "      " + words.get("why"), out);
    }

    /**
     * How the stage line reads: the stage's work is for now, for once a doctor has cleared the person
     * (an urgent referral), or for once the rules clear it (a restriction holding it back).
     */
    static String stageLabel(Assessment a, boolean urgent) {
        if (urgent) {
            return "stage-once-seen";
        }
        ExerciseCategory work = a.stage().workCategory();
        boolean held = a.clearances().stream()
                .anyMatch(c -> c.category() == work && c.decision().compareTo(Decision.DEFER) >= 0);
        return held ? "stage-work-held" : "stage";
    }

    private static String joined(List<? extends Code> codes) {
        return codes.stream().map(Code::name).collect(Collectors.joining(", "));
    }

    /**
     * A text as a terminal should show it: a character a screen acts on without showing it (an
     * escape, a carriage return, a mark that turns the direction of the text, a line separator, an
     * invisible tag; see {@link HiddenCharacters}) is written as its code, {@code \u001B}, so that no
     * text of the rules or of a case can move the cursor, clear the screen, rewrite a line above or
     * hide words.
     */
    static String shown(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int ch = text.codePointAt(i);
            boolean hidden = HiddenCharacters.isHidden(ch);
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                out.append(String.format(Locale.ROOT, "\\u%04X", ch));
            } else if (out != null) {
                out.appendCodePoint(ch);
            }
            i += Character.charCount(ch);
        }
        return out == null ? text : out.toString();
    }

    /** Wraps text at word boundaries; the first line takes the given indent, the rest line up with it. */
    static void wrap(String text, String indent, PrintWriter out) {
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
