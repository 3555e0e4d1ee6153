package org.backpainkb.internal;

import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;

/**
 * Comparison operators a condition may not use, named at the condition that uses them: {@code matches}
 * runs a regular expression, and {@code soundslike} an algorithm of another library. The check of the
 * compiled code refuses them too, but by the classes they compile to ({@code java.util.regex.Pattern},
 * {@code Matcher}), which the author never wrote.
 */
final class RefusedOperators {

    private static final Map<String, String> WHY = Map.of(
            "matches", "a regular expression can run for hours on a long text",
            "soundslike", "it runs a sound-alike algorithm of another library");

    private RefusedOperators() {
    }

    /**
     * What a condition is told when it uses a refused operator.
     *
     * @param expression a condition inside a fact's brackets, as written
     * @return the refusal, or empty when the condition uses none
     */
    static Optional<String> refusal(String expression) {
        // most conditions name neither word, and are not parsed again
        if (WHY.keySet().stream().noneMatch(expression::contains)) {
            return Optional.empty();
        }
        return RuleLanguage.parseCondition(expression).flatMap(RefusedOperators::refused);
    }

    private static Optional<String> refused(BaseDescr d) {
        if (d instanceof ConstraintConnectiveDescr connective) {
            for (BaseDescr child : connective.getDescrs()) {
                Optional<String> found = refused(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (d instanceof RelationalExprDescr relation) {
            String operator = relation.getOperator();
            String why = WHY.get(operator);
            if (why != null) {
                return Optional.of("`" + (relation.isNegated() ? "not " : "") + operator + "` is not allowed in a"
                        + " condition: " + why + "; compare a code (category == ExerciseCategory.STABILITY) or a whole"
                        + " text (name == \"Side plank\")");
            }
        }
        return Optional.empty();
    }
}
