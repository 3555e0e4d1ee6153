package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.backpainkb.rules.LibraryExercise;

/**
 * The exercises rules suggest by id ({@code Suggestion.exercise("bird-dog", $stage)}) must be in the
 * exercise library: an id the library lacks would pick nothing, and the suggestion would be lost
 * without a word.
 */
final class SuggestedExerciseIds {

    private static final Pattern BY_ID = Pattern.compile(
            "(?<![\\w$.])Suggestion\\s*\\.\\s*exercise\\s*\\(\\s*(\"([^\"\\\\]*)\"\\s*,)?"
            + "(?:\\s*(?:org\\.backpainkb\\.model\\.)?Stage\\s*\\.\\s*(\\w+)\\s*\\))?");

    private SuggestedExerciseIds() {
    }

    /**
     * Every suggestion by id whose id is not a text in quotes, or not an exercise of the library.
     *
     * @param files the rule files
     * @param library the exercise library the rules pick from
     * @return the problems, in file order
     */
    static List<RuleProblem> check(List<DrlText> files, List<LibraryExercise> library) {
        Map<String, LibraryExercise> byId = new LinkedHashMap<>();
        library.forEach(e -> byId.put(e.id(), e));
        Set<String> ids = byId.keySet();
        List<RuleProblem> problems = new ArrayList<>();
        for (DrlText file : files) {
            for (int n = 1; n <= file.lineCount(); n++) {
                Matcher call = BY_ID.matcher(file.codeWithStrings(n));
                while (call.find()) {
                    String id = call.group(2);
                    if (id == null) {
                        problems.add(new RuleProblem(file.path(), n, "Suggestion.exercise(...) takes the exercise's id as a"
                                + " text in quotes, then the stage, as in Suggestion.exercise(\"bird-dog\", $stage): an id"
                                + " made while the rule runs is checked against the exercise library by no one",
                                RuleProblem.Kind.REFERENCE));
                    } else if (!ids.contains(id)) {
                        problems.add(new RuleProblem(file.path(), n, "no exercise \"" + RuleData.shown(id)
                                + "\" in the exercise library (exercises.yaml)"
                                + ClosestName.among(id, ids).map(c -> "; did you mean " + c + "?").orElse(
                                        "; suggest one of its ids, or add the exercise to it"),
                                RuleProblem.Kind.REFERENCE));
                    } else if (call.group(3) != null && neverPicked(byId.get(id), call.group(3))) {
                        problems.add(new RuleProblem(file.path(), n, "exercise \"" + id + "\" is for stages "
                                + byId.get(id).stages() + " in exercises.yaml, not " + call.group(3) + ": this suggestion"
                                + " never picks it; name a stage it lists, or the current one ($stage of CurrentStage)",
                                RuleProblem.Kind.WARNING));
                    }
                }
            }
        }
        return problems;
    }

    /** A suggestion for a stage the exercise does not list picks it for no case. */
    private static boolean neverPicked(LibraryExercise exercise, String stage) {
        return exercise.stages().stream().noneMatch(s -> s.name().equals(stage));
    }
}
