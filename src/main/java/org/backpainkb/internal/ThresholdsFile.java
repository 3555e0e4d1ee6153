package org.backpainkb.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.rules.Thresholds;

/** Reads {@code thresholds.yaml}: each key is a {@link Thresholds} component; a missing key keeps its default. */
public final class ThresholdsFile {

    private static final JsonFactory YAML = new YAMLFactory();
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][\\w]*)\\s*:(?:\\s.*)?");

    private ThresholdsFile() {
    }

    /**
     * Parses the thresholds file. Every problem is reported at its own line: a tab, a line that is
     * not {@code name: value}, a name given twice, an unknown name, a value that is not a whole
     * number or out of range.
     *
     * @param yaml the file's contents, or null for the defaults
     * @return the thresholds
     * @throws RulesException naming the file, line and key when anything is wrong
     */
    public static Thresholds parse(String yaml) {
        if (yaml == null) {
            return Thresholds.DEFAULTS;
        }
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Integer> lineOfKey = layout(yaml, problems);
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        Map<String, Integer> values = defaults();
        try {
            JsonNode root = Trees.readReferenceData(YAML, yaml);
            if (root != null && !root.isMissingNode() && !root.isNull()) {
                if (!root.isObject()) {
                    throw new RulesException(List.of(problem(0, "the file must be a list of 'name: value' lines")));
                }
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    int line = lineOfKey.getOrDefault(e.getKey(), 0);
                    if (!values.containsKey(e.getKey())) {
                        problems.add(problem(line, e.getKey() + ": unknown threshold; known: "
                                + String.join(", ", values.keySet())));
                    } else if (!e.getValue().canConvertToExactIntegral() || !e.getValue().isNumber()) {
                        problems.add(problem(line, e.getKey() + ": must be a whole number, was " + e.getValue()));
                    } else if (!e.getValue().canConvertToInt()) {
                        // Taken as an int it would wrap: 4294967303 days would be read as 7.
                        problems.add(problem(line, e.getKey() + ": " + e.getValue().asText()
                                + " is out of range: far larger than any threshold"));
                    } else {
                        values.put(e.getKey(), e.getValue().intValue());
                        outOfRange(e.getKey(), e.getValue().intValue(), line).ifPresent(problems::add);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RulesException(List.of(problem(line, RuleData.notValidYaml(e))));
        }
        int comfortable = values.get("comfortablePainDuring");
        int max = values.get("maxPainDuring");
        if (problems.isEmpty() && comfortable > max) {
            // pain during above maxPainDuring lowers the dose, so such a session can never count as comfortable
            problems.add(problem(lineOfKey.getOrDefault(lineOfKey.containsKey("comfortablePainDuring")
                    ? "comfortablePainDuring" : "maxPainDuring", 0), "comfortablePainDuring (" + comfortable
                    + ") is above maxPainDuring (" + max + "): pain during above maxPainDuring lowers the dose, so it is"
                    + " never comfortable; set comfortablePainDuring at most " + max));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return thresholds(values);
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("maxPainDuring", Thresholds.DEFAULTS.maxPainDuring());
        values.put("maxNextMorningRise", Thresholds.DEFAULTS.maxNextMorningRise());
        values.put("highRepetitionsPerWeek", Thresholds.DEFAULTS.highRepetitionsPerWeek());
        values.put("painLogWindowDays", Thresholds.DEFAULTS.painLogWindowDays());
        values.put("progressAfterSessions", Thresholds.DEFAULTS.progressAfterSessions());
        values.put("comfortablePainDuring", Thresholds.DEFAULTS.comfortablePainDuring());
        values.put("fractureRiskAge", Thresholds.DEFAULTS.fractureRiskAge());
        return values;
    }

    private static Thresholds thresholds(Map<String, Integer> values) {
        return new Thresholds(values.get("maxPainDuring"), values.get("maxNextMorningRise"),
                values.get("highRepetitionsPerWeek"), values.get("painLogWindowDays"),
                values.get("progressAfterSessions"), values.get("comfortablePainDuring"), values.get("fractureRiskAge"));
    }

    /** The range check of {@link Thresholds}, asked of one value with the others at their defaults. */
    private static java.util.Optional<RuleProblem> outOfRange(String key, int value, int line) {
        Map<String, Integer> alone = defaults();
        alone.put(key, value);
        // the two pains' order is checked once every value is read, not against a default
        alone.put("maxPainDuring", key.equals("maxPainDuring") ? value : 10);
        alone.put("comfortablePainDuring", key.equals("comfortablePainDuring") ? value : 0);
        try {
            thresholds(alone);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(problem(line, e.getMessage()));
        }
    }

    /**
     * Reads the file's lines as the 'name: value' list it must be, before any YAML parser: a tab, an
     * indented line, a line without its colon and a name given twice are each named at their line.
     *
     * @return the line of each name
     */
    private static Map<String, Integer> layout(String yaml, List<RuleProblem> problems) {
        Map<String, Integer> lineOfKey = new LinkedHashMap<>();
        String[] lines = yaml.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            if (content.isBlank() || content.equals("---")) {
                continue;
            }
            Matcher entry = ENTRY.matcher(content);
            if (content.indexOf('\t') >= 0) {
                problems.add(problem(n, "a tab on this line: YAML indents and separates with spaces only; replace"
                        + " the tab with spaces"));
            } else if (Character.isWhitespace(content.charAt(0))) {
                problems.add(problem(n, "this line is indented: start each threshold at the beginning of its line,"
                        + " as name: value"));
            } else if (!entry.matches()) {
                problems.add(problem(n, "write name: value, with a colon" + (content.contains("=") ? " instead of ="
                        : "") + " (for example maxPainDuring: 5)"));
            } else if (lineOfKey.containsKey(entry.group(1))) {
                problems.add(problem(n, entry.group(1) + " is given twice (first at line "
                        + lineOfKey.get(entry.group(1)) + "): keep one"));
            } else {
                lineOfKey.put(entry.group(1), n);
            }
        }
        return lineOfKey;
    }

    /** The pain-monitoring model's highest acceptable pain during exercise (Silbernagel et al. 2007). */
    private static final int USUAL_MAX_PAIN_DURING = 5;
    /** How far next-morning pain may rise before it is more than the settling the model asks for. */
    private static final int USUAL_MAX_NEXT_MORNING_RISE = 2;
    /** Repetitions of one movement a week past any programme: 50 a day, every day. */
    private static final int MOST_REPETITIONS_A_PERSON_DOES = 350;

    /**
     * Thresholds that are in range but say something a clinician may not mean: a limit of 10 out of 10
     * that no session can pass. Warnings,
     * not refusals: the numbers are the clinician's to choose.
     *
     * @param t the thresholds
     * @param yaml the thresholds file, to place the warnings; null for none
     * @return the warnings
     */
    static List<RuleProblem> warnings(Thresholds t, String yaml) {
        List<RuleProblem> warnings = new ArrayList<>();
        if (t.maxPainDuring() == 10) {
            warnings.add(warning(yaml, "maxPainDuring", "maxPainDuring is 10: no session's pain during it is ever too"
                    + " much, so statement 9 never lowers a dose for it"));
        }
        if (t.maxNextMorningRise() == 10) {
            warnings.add(warning(yaml, "maxNextMorningRise", "maxNextMorningRise is 10: no next morning is ever worse"
                    + " enough to lower a dose"));
        }
        // values in range that the pain-monitoring model (pain during at most 5/10, settled by the next
        // morning) would not give: said, not refused, since a clinic may decide otherwise
        if (t.maxPainDuring() > USUAL_MAX_PAIN_DURING && t.maxPainDuring() < 10) {
            warnings.add(warning(yaml, "maxPainDuring", "maxPainDuring is " + t.maxPainDuring() + ", above the "
                    + USUAL_MAX_PAIN_DURING + "/10 of the pain-monitoring model: sessions that hurt this much keep their dose"));
        }
        if (t.maxNextMorningRise() > USUAL_MAX_NEXT_MORNING_RISE && t.maxNextMorningRise() < 10) {
            warnings.add(warning(yaml, "maxNextMorningRise", "maxNextMorningRise is " + t.maxNextMorningRise() + ": pain up"
                    + " to " + t.maxNextMorningRise() + " points worse the next morning keeps the dose, where the"
                    + " pain-monitoring model asks that it settles by then"));
        }
        if (t.comfortablePainDuring() > USUAL_MAX_PAIN_DURING) {
            warnings.add(warning(yaml, "comfortablePainDuring", "comfortablePainDuring is " + t.comfortablePainDuring()
                    + ": sessions with pain during up to " + t.comfortablePainDuring() + "/10 count as comfortable and"
                    + " progress the dose"));
        }
        if (t.progressAfterSessions() == 1) {
            warnings.add(warning(yaml, "progressAfterSessions", "progressAfterSessions is 1: one comfortable session"
                    + " progresses the dose"));
        }
        if (t.painLogWindowDays() == 0) {
            warnings.add(warning(yaml, "painLogWindowDays", "painLogWindowDays is 0: only the sessions of the case's own"
                    + " date count; one the day before no longer lowers a dose"));
        }
        if (t.highRepetitionsPerWeek() > MOST_REPETITIONS_A_PERSON_DOES) {
            warnings.add(warning(yaml, "highRepetitionsPerWeek", "highRepetitionsPerWeek is " + t.highRepetitionsPerWeek()
                    + ": more than anyone repeats a movement in a week, so no form fault counts as frequent and statement"
                    + " 8 ranks only faults under load higher"));
        }
        return warnings;
    }

    private static RuleProblem warning(String yaml, String key, String message) {
        return new RuleProblem(RuleFiles.THRESHOLDS_FILE, yaml == null ? 0 : RuleData.lineOf(yaml, key), message,
                RuleProblem.Kind.WARNING);
    }

    private static RuleProblem problem(int line, String message) {
        return new RuleProblem(RuleFiles.THRESHOLDS_FILE, line, message, RuleProblem.Kind.THRESHOLDS);
    }
}
