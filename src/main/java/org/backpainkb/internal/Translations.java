package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backpainkb.RuleProblem;

/**
 * Checks each translation against the English texts: a text a translation lacks is said in English,
 * worth a warning, not a refusal; a text only a translation has is refused, since every text is first
 * written in English.
 */
final class Translations {

    private Translations() {
    }

    /**
     * Compares every language but English with English.
     *
     * @param data the texts by language
     * @param english the English texts
     * @return warnings and refusals, by language
     */
    static List<RuleProblem> check(RuleData data, RuleData.Texts english) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, RuleData.Texts> language : data.texts().entrySet()) {
            if (language.getKey().equals(RuleData.ENGLISH)) {
                continue;
            }
            String file = RuleFiles.TEXTS_DIR + language.getKey() + ".yaml";
            Set<String> missing = new TreeSet<>();
            english.advice().keySet().stream().filter(k -> !language.getValue().advice().containsKey(k))
                    .forEach(k -> missing.add("advice " + k));
            english.notes().keySet().stream().filter(k -> !language.getValue().notes().containsKey(k))
                    .forEach(k -> missing.add("note " + k));
            for (String m : missing) {
                problems.add(new RuleProblem(file, 0, m + " is not translated; the English text is used",
                        RuleProblem.Kind.WARNING));
            }
            language.getValue().advice().keySet().stream().filter(k -> !english.advice().containsKey(k))
                    .forEach(k -> problems.add(onlyTranslated(file, "advice " + k)));
            language.getValue().notes().keySet().stream().filter(k -> !english.notes().containsKey(k))
                    .forEach(k -> problems.add(onlyTranslated(file, "note " + k)));
        }
        return problems;
    }

    private static RuleProblem onlyTranslated(String file, String what) {
        return new RuleProblem(file, 0, what + " has a text here but none in texts/en.yaml: every text is first"
                + " written in English, so add its English text there (or take it out here if it is no longer used)",
                RuleProblem.Kind.REFERENCE);
    }
}
