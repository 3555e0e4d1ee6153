package org.backpainkb.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A fact's field compared with a value of another kind, or bound where the fact has no such field.
 * The compiler explains these badly or not at all: a text where a code belongs ({@code region ==
 * "LOW_BACK"}) fails in generated code and names no line, a text where a number belongs stops the
 * compiler with a bare {@code NumberFormatException}, a text where a date belongs is refused in
 * another file's name, and a binding to a misspelled field is told as an unknown variable. Found
 * on the parsed file, before any compiler runs, and told in the author's words at the condition's
 * line; a file with such a slip is not compiled.
 */
final class FieldValueSlips {

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][\\w]*");
    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, double.class, float.class,
            short.class, Integer.class, Long.class, Double.class, Float.class, Short.class);
    private static final Set<String> MEMBERSHIP = Set.of("contains", "not contains", "excludes");

    private final String file;
    private final List<RuleProblem> problems = new ArrayList<>();

    private FieldValueSlips(String file) {
        this.file = file;
    }

    /**
     * Every such slip in the conditions of a file's rules.
     *
     * @param file the file's path, for the problems
     * @param rules the rules as parsed
     * @return the slips, one for each condition that has one
     */
    static List<RuleProblem> check(String file, List<RuleDescr> rules) {
        FieldValueSlips check = new FieldValueSlips(file);
        for (RuleDescr rule : rules) {
            if (rule.getLhs() != null) {
                check.condition(rule.getLhs());
            }
        }
        return List.copyOf(check.problems);
    }

    private void condition(BaseDescr d) {
        if (d instanceof PatternDescr p) {
            if (p.getSource() instanceof AccumulateDescr acc) {
                accumulated(acc, p.getLine());
                if (acc.getInput() != null) {
                    condition(acc.getInput());
                }
            }
            FactTypes.byName(p.getObjectType()).filter(Class::isRecord).ifPresent(type -> pattern(p, type));
        } else if (d instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(this::condition);
        }
    }

    /**
     * {@code sum(painDuring)} names a field where the engine takes a bound name: its compiler then
     * fails with no file or line. The field is bound in the fact's brackets and the name summed.
     */
    private void accumulated(AccumulateDescr acc, int line) {
        String fact = accumulatedFact(acc.getInput());
        for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
            for (String param : f.getParams()) {
                String field = param.strip();
                if (FIELD_NAME.matcher(field).matches()) {
                    String name = "$" + field;
                    report(line, f.getFunction() + "(" + field + ") names a field: bind it in the fact's brackets and"
                            + " name that, as in accumulate(" + fact + "(" + name + " : " + field + "), "
                            + f.getFunction() + "(" + name + "))");
                }
            }
        }
    }

    /** The kind of fact an accumulate goes over, as the author wrote it; the parser wraps a single fact in an and. */
    private static String accumulatedFact(BaseDescr input) {
        if (input instanceof PatternDescr p) {
            return p.getObjectType();
        }
        if (input instanceof ConditionalElementDescr group && group.getDescrs().size() == 1) {
            return accumulatedFact(group.getDescrs().get(0));
        }
        return "Fact";
    }

    private void pattern(PatternDescr p, Class<?> type) {
        for (BaseDescr c : p.getConstraint().getDescrs()) {
            if (c instanceof ExprConstraintDescr e && mayHaveASlip(e.getExpression())) {
                int line = e.getLine() > 0 ? e.getLine() : p.getLine();
                RuleLanguage.parseCondition(e.getExpression()).ifPresent(parsed -> constraint(parsed, type, line));
            }
        }
    }

    /** Only a text or a binding can hold such a slip: other conditions are not parsed again. */
    private static boolean mayHaveASlip(String expression) {
        return expression.indexOf('"') >= 0 || expression.indexOf('\'') >= 0 || expression.indexOf(':') >= 0;
    }

    private void constraint(BaseDescr d, Class<?> type, int line) {
        if (d instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(child -> constraint(child, type, line));
        } else if (d instanceof BindingDescr binding && FIELD_NAME.matcher(binding.getExpression().strip()).matches()) {
            String field = binding.getExpression().strip();
            if (!readable(type, field)) {
                report(line, ProblemLocator.describeUnknownMember(type.getName(), field));
            }
        } else if (d instanceof RelationalExprDescr relation && relation.getLeft() instanceof AtomicExprDescr left
                && relation.getRight() instanceof AtomicExprDescr right && isText(right.getExpression())) {
            component(type, left.getExpression().strip())
                    .map(field -> textFor(field, relation.getOperator(), right.getExpression().strip()))
                    .ifPresent(message -> report(line, message));
        }
    }

    /** What is wrong with comparing a field to a text, or null when a text is what the field holds. */
    private static String textFor(RecordComponent field, String operator, String text) {
        Class<?> kind = field.getType();
        String name = field.getName();
        String value = text.substring(1, text.length() - 1);
        if (FactTypes.isCodeList(kind)) {
            return name + " is a code of " + kind.getSimpleName() + ", not a text: " + writeCode(kind, value);
        }
        Class<?> element = listElement(field);
        if (element != null && FactTypes.isCodeList(element) && MEMBERSHIP.contains(operator)) {
            return name + " holds codes of " + element.getSimpleName() + ", not texts: " + writeCode(element, value);
        }
        if (NUMBERS.contains(kind)) {
            return name + " is a number, not a text: compare it with a number, as in " + name + " > 5, or with a"
                    + " threshold bound from Thresholds(...)";
        }
        if (kind == LocalDate.class) {
            return name + " is a date, not a text: a rule does not compare a date with a fixed day; the pain log's"
                    + " window says which sessions count, as in $window : PainLogWindow() and then"
                    + " ExerciseSession($window.includes(" + name + ")), its length painLogWindowDays in thresholds.yaml";
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return name + " is true or false, not a text: write " + name + " == true or " + name + " == false";
        }
        return null;
    }

    private static String writeCode(Class<?> codes, String value) {
        List<String> known = FactTypes.codes(codes);
        String simple = codes.getSimpleName();
        return known.contains(value)
                ? "write " + simple + "." + value + " instead of \"" + value + "\""
                : "write " + simple + ".CODE with one of its codes: " + String.join(", ", known) + " (\"" + value
                        + "\" is none of them)";
    }

    private static boolean isText(String expression) {
        String e = expression.strip();
        return e.length() >= 2 && (e.startsWith("\"") && e.endsWith("\"") || e.startsWith("'") && e.endsWith("'"));
    }

    private static Optional<RecordComponent> component(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null || !FIELD_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        for (RecordComponent c : components) {
            if (c.getName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether a condition can read {@code name} from the fact, as a field or as a method without arguments. */
    private static boolean readable(Class<?> type, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && (m.getName().equals(name) || m.getName().equals("get" + capitalised)
                            || m.getName().equals("is" + capitalised))) {
                return true;
            }
        }
        return false;
    }

    /** The element type of a list field, or null. */
    private static Class<?> listElement(RecordComponent field) {
        Type generic = field.getGenericType();
        if (List.class.isAssignableFrom(field.getType()) && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private void report(int line, String message) {
        problems.add(new RuleProblem(file, Math.max(line, 0), message, RuleProblem.Kind.COMPILE));
    }
}
