package org.backpainkb.internal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comparison in a condition of two fields of a fact that are not of one kind: {@code painBefore <
 * exercise}, a number with a text. The compiler lets it through, and the engine refuses it only when
 * it compares, for the people whose other conditions hold: their assessment fails with an error that
 * names neither field.
 */
final class MixedComparison {

    /** A field compared with another field of the same fact; not a call, nor a field of another fact. */
    private static final Pattern FIELD_WITH_FIELD = Pattern.compile(
            "(?<![\\w$.])([a-z]\\w*)\\s*(==|!=|>=|<=|>|<)\\s*([a-z]\\w*)(?![\\w.(])");

    private MixedComparison() {
    }

    /**
     * The first comparison in a condition on a fact of two fields of different kinds.
     *
     * @param fact the fact's class, a record
     * @param constraint one condition's text, such as {@code painBefore < exercise}
     * @return what to say, or empty when every such comparison is of one kind
     */
    static Optional<String> in(Class<?> fact, String constraint) {
        if (!fact.isRecord()) {
            return Optional.empty();
        }
        Matcher m = FIELD_WITH_FIELD.matcher(constraint);
        while (m.find()) {
            String left = kind(fact, m.group(1));
            String right = kind(fact, m.group(3));
            if (left != null && right != null && !left.equals(right)) {
                return Optional.of(m.group() + " compares " + left + " with " + right + ": the engine refuses that when it"
                        + " compares, so the rule would fail for the people its other conditions pick; compare fields of"
                        + " one kind");
            }
        }
        return Optional.empty();
    }

    /** What kind of value a field of a fact is, in words, or null when it is no field of it. */
    private static String kind(Class<?> fact, String field) {
        for (RecordComponent c : fact.getRecordComponents()) {
            if (c.getName().equals(field)) {
                Class<?> t = c.getType();
                if (t.isPrimitive() && t != boolean.class || Number.class.isAssignableFrom(t)) {
                    return "a number";
                }
                if (t == boolean.class || t == Boolean.class) {
                    return "a yes or no";
                }
                if (t == String.class) {
                    return "a text";
                }
                if (t == LocalDate.class) {
                    return "a date";
                }
                if (t.isEnum()) {
                    return "a code (" + t.getSimpleName() + ")";
                }
                return "a " + t.getSimpleName();
            }
        }
        return null;
    }
}
