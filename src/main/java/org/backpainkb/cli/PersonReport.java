package org.backpainkb.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.backpainkb.Assessment;
import org.backpainkb.Clearance;
import org.backpainkb.Recommendation;
import org.backpainkb.SuggestedExercise;
import org.backpainkb.model.Case;
import org.backpainkb.model.Decision;
import org.backpainkb.model.Urgency;

/**
 * The report for the person an assessment is about, to hand over or print: what to see a doctor
 * about first, what to work on, the advice with what it rests on, each kind of exercise, and the
 * exercises to do, in the words of the rules' texts and of the report's labels. No code, rule name,
 * source or score: those are for the clinician's report ({@link TextReport}) and the JSON.
 */
final class PersonReport {

    private PersonReport() {
    }

    /**
     * Prints the report.
     *
     * @param a the assessment
     * @param assessed the case assessed, for what it does not say
     * @param words the report's own words, in the knowledge base's language
     * @param out where to print
     */
    static void print(Assessment a, Case assessed, ReportLabels words, PrintWriter out) {
        out.println(words.get("person-title"));
        boolean urgent = a.referral().urgency().atLeast(Urgency.URGENT);
        if (a.referral().urgency() != Urgency.NONE) {
            // first, and in the library's own words, so that no text of the rules can make light of it
            out.println();
            TextReport.wrap(words.get("referral-means-" + a.referral().urgency().name()), "", out);
        }
        if (!urgent) {
            // beside a referral for today, what to work on later, and what was not checked, is noise
            out.println();
            String stage = TextReport.stageLabel(a, false);
            TextReport.wrap(words.format("person-" + stage, words.inWords(a.stage())), "", out);
            List<String> notGiven = TextReport.notGiven(assessed, words, "person-");
            if (!notGiven.isEmpty()) {
                TextReport.wrap(words.format("person-not-given", String.join("; ", notGiven)), "", out);
            }
            if (assessed.core() == null) {
                TextReport.wrap(words.get("person-core-not-checked"), "", out);
            }
        }
        advice(a, words, out);
        byKind(a, words, out);
        exercises(a, words, out);
        // said to everyone with back pain, whatever the rules concluded: the signs of cauda equina
        // syndrome can come on later, and the person must know them when they do
        out.println();
        out.println(words.get("person-when-to-get-help"));
        TextReport.wrap(words.get("person-safety-net"), "  ", out);
    }

    private static void advice(Assessment a, ReportLabels words, PrintWriter out) {
        if (a.recommendations().isEmpty()) {
            return;
        }
        out.println();
        out.println(words.get("person-advice"));
        for (Recommendation r : a.recommendations()) {
            TextReport.wrap(r.advice(), "  - ", out);
            r.because().forEach(b -> TextReport.wrap(words.get("person-because") + b, "    ", out));
        }
    }

    private static void byKind(Assessment a, ReportLabels words, PrintWriter out) {
        out.println();
        out.println(words.get("person-by-kind"));
        int width = a.clearances().stream().mapToInt(c -> capitalised(words.inWords(c.category())).length()).max()
                .orElse(0);
        for (Clearance c : a.clearances()) {
            String kind = capitalised(words.inWords(c.category()));
            TextReport.wrap(c.note(), "  " + kind + " ".repeat(width - kind.length() + 2), out);
            // a dose beside "not yet" or "stop" would read as "carry on": it is for when the work is cleared
            if (c.dose() != null && c.decision().compareTo(Decision.DEFER) < 0) {
                TextReport.wrap(words.get("person-dose") + words.get("dose-" + c.dose().name().toLowerCase(Locale.ROOT)),
                        " ".repeat(width + 4), out);
            }
        }
    }

    private static void exercises(Assessment a, ReportLabels words, PrintWriter out) {
        if (a.suggestedExercises().isEmpty()) {
            return;
        }
        out.println();
        out.println(words.get("person-exercises"));
        if (a.suggestedExercises().size() > 2) {
            // nine exercises with their amounts read as a programme of well over an hour a day
            TextReport.wrap(words.get("person-exercises-are-options"), "  ", out);
        }
        for (SuggestedExercise e : a.suggestedExercises()) {
            out.println("  - " + TextReport.shown(e.name()));
            TextReport.howMuchHowAndWhy(e, words, out);
        }
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
