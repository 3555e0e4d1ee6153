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
        return values;
    }

    private static Thresholds thresholds(Map<String, Integer> values) {
        return new Thresholds(values.get("maxPainDuring"), values.get("maxNextMorningRise"),
                values.get("highRepetitionsPerWeek"), values.get("painLogWindowDays"),
                values.get("progressAfterSessions"), values.get("comfortablePainDuring"));
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
