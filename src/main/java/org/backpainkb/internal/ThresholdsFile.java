package org.backpainkb.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.rules.Thresholds;

/** Reads {@code thresholds.yaml}: each key is a {@link Thresholds} component; a missing key keeps its default. */
public final class ThresholdsFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ThresholdsFile() {
    }

    /**
     * Parses the thresholds file.
     *
     * @param yaml the file's contents, or null for the defaults
     * @return the thresholds
     * @throws RulesException naming the file and key when a value is unknown or out of range
     */
    public static Thresholds parse(String yaml) {
        if (yaml == null) {
            return Thresholds.DEFAULTS;
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("maxPainDuring", Thresholds.DEFAULTS.maxPainDuring());
        values.put("maxNextMorningRise", Thresholds.DEFAULTS.maxNextMorningRise());
        values.put("highRepetitionsPerWeek", Thresholds.DEFAULTS.highRepetitionsPerWeek());
        values.put("painLogWindowDays", Thresholds.DEFAULTS.painLogWindowDays());
        values.put("progressAfterSessions", Thresholds.DEFAULTS.progressAfterSessions());
        values.put("comfortablePainDuring", Thresholds.DEFAULTS.comfortablePainDuring());
        List<RuleProblem> problems = new ArrayList<>();
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root != null && !root.isMissingNode() && !root.isNull()) {
                if (!root.isObject()) {
                    throw problem("the file must be a list of 'name: value' lines");
                }
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    if (!values.containsKey(e.getKey())) {
                        problems.add(problem(e.getKey() + ": unknown threshold; known: "
                                + String.join(", ", values.keySet())).problems().get(0));
                    } else if (!e.getValue().canConvertToExactIntegral() || !e.getValue().isNumber()) {
                        problems.add(problem(e.getKey() + ": must be a whole number, was " + e.getValue()).problems().get(0));
                    } else {
                        values.put(e.getKey(), e.getValue().intValue());
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw problem("not valid YAML: " + e.getOriginalMessage());
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        try {
            return new Thresholds(values.get("maxPainDuring"), values.get("maxNextMorningRise"),
                    values.get("highRepetitionsPerWeek"), values.get("painLogWindowDays"),
                    values.get("progressAfterSessions"), values.get("comfortablePainDuring"));
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    private static RulesException problem(String message) {
        return new RulesException(List.of(new RuleProblem(RuleFiles.THRESHOLDS_FILE, 0, message, RuleProblem.Kind.THRESHOLDS)));
    }
}
