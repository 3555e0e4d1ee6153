package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What a rule file may contain, checked on the file as Drools' own parser reads it, before any
 * compiler sees it (a compiler evaluates some of a file, such as metadata, while it builds). A rule
 * file is a package line, imports of the fact model, and rules; a rule is metadata, conditions on
 * facts, and a consequence. Everything else is refused: functions, queries, globals, declared types,
 * rule attributes (salience, timers, calendars, dialects, agenda groups...), {@code eval}, {@code from},
 * {@code collect}, entry points, windows, accumulate with code of its own, the operators
 * {@code matches} and {@code soundslike} ({@link RefusedOperators}), and metadata that is not a
 * plain text or code. What a condition or consequence calls is checked on the compiled code by
 * {@link RuleBytecode}; this check is the first of the two, and the one whose messages point at the
 * construct a rule author wrote.
 */
final class RuleLanguage {

    /** The package every rule file declares: the package of the conclusions it inserts. */
    static final String PACKAGE = "org.backpainkb.rules";
    /** Accumulate functions a condition may use: they count and sum, nothing else. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average");
    /** What an accumulate's result may be matched as. */
    private static final Set<String> NUMBER_TYPES = Set.of("Number", "Long", "Integer", "Double",
            "java.lang.Number", "java.lang.Long", "java.lang.Integer", "java.lang.Double");
    private static final Pattern PLAIN_METADATA = Pattern.compile(
            "\"(?:[^\"\\\\\\n]|\\\\[\"\\\\nt'])*\"|[A-Za-z_][A-Za-z0-9_]*|-?[0-9]{1,9}");
    /** A binding at the start of a condition, {@code $next : painNextMorning}: the name, then the field. */
    private static final Pattern BINDING = Pattern.compile("\\s*(\\$[\\w$]*)\\s*:\\s*([A-Za-z_]\\w*)");
    /** A rule's name is written into the compiled code as a text: a quote mark or backslash in it would end that text. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[^\"\\\\\\p{Cntrl}]*");
    private static final Pattern FACT_MODEL_IMPORT = Pattern.compile(
            "org\\.backpainkb\\.(model|rules)\\.(\\*|[A-Z][A-Za-z0-9]*)");

    private final String file;
    private final DrlText text;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final List<PairingRule> pairingRules = new ArrayList<>();
    /** The rules the compiler will write: one for each way through a rule's ors. */
    private long compiledRules;

    private RuleLanguage(String file, DrlText text) {
        this.file = file;
        this.text = text;
    }

    /**
     * The outcome for one file: what it may not contain, whether the parser could read it at all, and
     * its fields compared with values of another kind ({@link FieldValueSlips}), which keep it from
     * being compiled; the lines of its rules that pair facts ({@link RuleJoins#pairs}), which a rules
     * directory may have only so many of; and how many rules the compiler will write of it, one for
     * each way through a rule's ors.
     */
    record Result(List<RuleProblem> problems, boolean parsed, List<RuleProblem> slips, List<PairingRule> pairingRules,
            long compiledRules) {
    }

    /**
     * A rule that pairs facts ({@link RuleJoins#pairs}).
     *
     * @param line its line
     * @param ways how many rules the compiler writes of it, one for each way through its ors
     * @param unrelated whether it pairs facts with nothing relating them ({@link RuleJoins#pairsUnrelated})
     */
    record PairingRule(int line, long ways, boolean unrelated) {
    }

    /**
     * Checks one file.
     *
     * @param drl the file, as the other checks read it
     * @return what is refused; {@code parsed} false when the file has a syntax error (the compiler's
     *         messages say where, and no compiler builds anything from such a file)
     */
    static Result check(DrlText drl) {
        String file = drl.path();
        String text = drl.text();
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            return new Result(List.of(), false, List.of(), List.of(), 0);
        } catch (StackOverflowError e) {
            // refused here, so that no compiler parses it again and overflows in its turn
            return new Result(List.of(new RuleProblem(file, 0, "the rule parser ran out of stack reading this file: an"
                    + " expression goes too deep (thousands of operators in one condition or statement); write it more"
                    + " simply, or as several rules", RuleProblem.Kind.REFUSED)), true, List.of(), List.of(), 0);
        }
        if (pkg == null || parser.hasErrors()) {
            return new Result(List.of(), false, List.of(), List.of(), 0);
        }
        RuleLanguage check = new RuleLanguage(file, drl);
        check.packageOf(pkg);
        pkg.getRules().forEach(check::rule);
        return new Result(List.copyOf(check.problems), true, FieldValueSlips.check(file, pkg.getRules()),
                List.copyOf(check.pairingRules), check.compiledRules);
    }

    /**
     * A condition inside a fact's brackets, as the engine's expression parser reads it, for the checks
     * that look into conditions ({@link FieldValueSlips}, {@link RefusedOperators}).
     *
     * @param expression the condition as written
     * @return the parsed condition, or empty when the parser cannot read it: that is the compiler's to
     *     explain, or the compiled-code check's to refuse
     */
    static Optional<ConstraintConnectiveDescr> parseCondition(String expression) {
        try {
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
            ConstraintConnectiveDescr parsed = parser.parse(expression);
            return parsed == null || parser.hasErrors() ? Optional.empty() : Optional.of(parsed);
        } catch (RuntimeException | StackOverflowError notUnderstood) {
            return Optional.empty();
        }
    }

    /** Whether an import names the fact model or the conclusions, the only imports a rule file may have. */
    static boolean importsTheFactModel(String target) {
        return FACT_MODEL_IMPORT.matcher(target).matches();
    }

    /** What a refused import is told, by the parser's check and by the text lint alike. */
    static String importRefused(String target) {
        return "import " + target + " is not allowed: a rule file imports only the fact model,"
                + " `import org.backpainkb.model.*;` (and org.backpainkb.rules.* for conclusions)";
    }

    private void packageOf(PackageDescr pkg) {
        if (!PACKAGE.equals(pkg.getName())) {
            refuse(pkg.getLine() > 0 ? pkg.getLine() : 1, "a rule file starts with the line `package " + PACKAGE
                    + ";` (this one says " + (pkg.getName() == null || pkg.getName().isEmpty() ? "none" : pkg.getName())
                    + ")");
        }
        for (ImportDescr imp : pkg.getImports()) {
            // an import split by a comment or a line break is one name: say it as one
            String target = DrlBlanking.blank(imp.getTarget(), false).replaceAll("\\s+", "");
            if (!importsTheFactModel(target)) {
                refuse(imp.getLine(), importRefused(target));
            }
        }
        pkg.getFunctionImports().forEach(d -> refuse(d.getLine(), "a static or function import is not allowed: "
                + "a rule file imports only the fact model, `import org.backpainkb.model.*;`"));
        pkg.getAccumulateImports().forEach(d -> refuse(d.getLine(), "an accumulate import is not allowed: use count,"
                + " sum, min, max or average"));
        pkg.getGlobals().forEach(d -> refuse(d.getLine(), "a global is not allowed: a rule reads only facts; put a"
                + " number clinicians may change in thresholds.yaml"));
        pkg.getFunctions().forEach(d -> refuse(d.getLine(), "a function is not allowed: a rule is conditions and"
                + " conclusions only; say the same thing as a rule, or ask a developer for a new fact"));
        pkg.getTypeDeclarations().forEach(d -> refuse(d.getLine(), "declare is not allowed: a rule uses the facts and"
                + " conclusions of the fact model; ask a developer for a new one"));
        pkg.getEnumDeclarations().forEach(d -> refuse(d.getLine(), "declare is not allowed: a rule uses the codes of"
                + " the fact model"));
        pkg.getEntryPointDeclarations().forEach(d -> refuse(d.getLine(), "an entry point is not allowed"));
        pkg.getWindowDeclarations().forEach(d -> refuse(d.getLine(), "a window is not allowed"));
        for (AttributeDescr a : pkg.getAttributes()) {
            attribute(a);
        }
        if (pkg.getUnit() != null) {
            refuse(pkg.getUnit().getLine(), "a rule unit is not allowed");
        }
    }

    /**
     * A rule's name as written in the file, for a message: the parser decodes {@code \\n} in it, and a
     * name that printed a line break would print a line of its own ("error: ...") after the message.
     */
    private static String shown(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> shown.append("\\\\");
                case '"' -> shown.append("\\\"");
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                // a next-line, a line separator or a direction mark acts on a screen as a line break does
                default -> {
                    if (HiddenCharacters.isHidden(c) || HiddenCharacters.showsAsNothingInAName(c)) {
                        shown.append(HiddenCharacters.named(c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }

    private void rule(RuleDescr rule) {
        String name = "\"" + shown(rule.getName()) + "\"";
        if (rule.isQuery()) {
            refuse(rule.getLine(), "query " + name + " is not allowed: the application reads conclusions, not queries");
            return;
        }
        if (rule.getName().isBlank()) {
            refuse(rule.getLine(), "a rule without a name: a rule's name is words a clinician would say aloud,"
                    + " e.g. rule \"Walking makes the pain worse\"");
        } else if (!rule.getName().strip().equals(rule.getName()) || rule.getName().contains("  ")) {
            // "...keeps its dose " and "...keeps its  dose" read as the rule "...keeps its dose" in every result
            refuse(rule.getLine(), "rule " + name + ": a rule's name starts or ends with a space, or has two spaces"
                    + " together; write it with single spaces between words, so that no two names look the same");
        } else if (!PLAIN_NAME.matcher(rule.getName()).matches() || HiddenCharacters.firstInAName(rule.getName()) >= 0) {
            // the name goes into every result that fired the rule, and into messages an application logs
            refuse(rule.getLine(), "rule " + name + ": a rule's name is words a clinician would say aloud, with no"
                    + " quote mark, backslash, line break or other character a screen does not show in it (the"
                    + " compiler writes the name into code, and results and logs show it)");
        }
        if (rule.getParentName() != null) {
            refuse(rule.getLine(), "rule " + name + " extends another rule: a rule is not allowed to take its"
                    + " conditions from another; write them out in it, so that each rule reads on its own");
        }
        rule.getAttributes().values().forEach(this::attribute);
        for (AnnotationDescr a : rule.getAnnotations()) {
            for (Object value : a.getValueMap().values()) {
                if (value != null && !PLAIN_METADATA.matcher(value.toString().strip()).matches()) {
                    refuse(metadataLine(rule, a.getName()), "@" + a.getName() + " of rule " + name + " must be a plain text in quotes"
                            + " or a code, such as @reason(POOR_FORM) or @source(\"...\"), not an expression");
                }
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(rule.getConsequenceLine(), "rule " + name + " has more than one consequence (then[...]): write a"
                    + " rule for each");
        }
        if (rule.getLhs() != null) {
            condition(rule.getLhs(), rule);
            long ways = RuleJoins.alternatives(rule.getLhs());
            compiledRules += ways;
            String tooMany = RuleJoins.tooMany(rule.getLhs());
            if (tooMany != null) {
                refuse(rule.getLine(), "rule " + name + " " + tooMany);
            } else if (RuleJoins.pairs(rule.getLhs())) {
                pairingRules.add(new PairingRule(rule.getLine(), ways,
                        RuleJoins.pairsUnrelated(rule.getLhs())));
            }
        }
    }

    private void attribute(AttributeDescr a) {
        if ("dialect".equals(a.getName()) && "java".equals(a.getValue())) {
            return;
        }
        String why = switch (a.getName()) {
            case "salience" -> "the order rules fire in changes nothing here: the strictest clearance wins whatever"
                    + " fires first, so a rule needs no salience";
            case "dialect" -> "rules are written in the java dialect, the one the guide teaches";
            case "timer", "calendars", "duration" -> "a rule fires when its facts are true, never on a clock";
            default -> "a rule is metadata, conditions and a consequence; it needs no attributes";
        };
        refuse(a.getLine(), "the attribute " + a.getName() + " is not allowed: " + why);
    }

    private void condition(BaseDescr d, RuleDescr rule) {
        if (d instanceof PatternDescr p) {
            pattern(p, rule);
        } else if (isGroup(d)) {
            for (BaseDescr child : ((ConditionalElementDescr) d).getDescrs()) {
                condition(child, rule);
            }
        } else if (d instanceof ExprConstraintDescr) {
            return;
        } else {
            refuse(lineOf(d, rule), construct(d) + " is not allowed in a condition: conditions match facts with"
                    + " `Fact(field == value)`, combined with not, exists, and, or, forall");
        }
    }

    private static boolean isGroup(BaseDescr d) {
        String kind = d.getClass().getSimpleName();
        return kind.equals("AndDescr") || kind.equals("OrDescr") || kind.equals("NotDescr")
                || kind.equals("ExistsDescr") || kind.equals("ForallDescr");
    }

    private void pattern(PatternDescr p, RuleDescr rule) {
        int line = lineOf(p, rule);
        if (p.isQuery()) {
            refuse(line, "calling a query is not allowed");
            return;
        }
        if (!p.getBehaviors().isEmpty()) {
            refuse(line, "a window (over ...) is not allowed");
        }
        PatternSourceDescr source = p.getSource();
        boolean accumulated = source instanceof AccumulateDescr;
        if (source != null && !accumulated) {
            refuse(lineOf(source, rule), construct(source) + " is not allowed: a condition matches the facts the"
                    + " application inserted, directly");
            return;
        }
        String type = p.getObjectType();
        boolean isFact = FactTypes.byName(type).filter(c -> c.isRecord()
                && (type.indexOf('.') < 0 || c.getName().equals(type))).isPresent();
        if (accumulated && !NUMBER_TYPES.contains(type)) {
            // accumulate(Fact(...); $n : count(); $n >= 2) arrives as a condition on Object
            refuse(line, "write an accumulate as `$count : Number(intValue >= 2) from accumulate(Fact(...), count(1))`:"
                    + " its result is a Number, and what it must be goes in Number(...)");
        } else if (!(isFact || accumulated || !exists(type))) {
            refuse(line, "a condition on " + type + " is not allowed: conditions match facts of the model ("
                    + FactTypes.factNames() + ")");
        }
        Class<?> fact = isFact ? FactTypes.byName(type).get() : null;
        for (BaseDescr c : p.getConstraint().getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                RefusedOperators.refusal(e.getExpression()).ifPresent(m -> refuse(lineOf(e, rule), m));
                if (fact != null) {
                    missableBinding(fact, e.getExpression()).ifPresent(m -> refuse(lineOf(e, rule), m));
                    MixedComparison.in(fact, e.getExpression()).ifPresent(m -> refuse(lineOf(e, rule), "rule \""
                            + shown(rule.getName()) + "\": " + m));
                    NeverTrue.in(fact.getSimpleName(), e.getExpression()).ifPresent(m -> problems.add(new RuleProblem(
                            file, Math.max(lineOf(e, rule), 0), "rule \"" + shown(rule.getName()) + "\": " + m,
                            RuleProblem.Kind.REFERENCE)));
                }
            }
        }
        if (accumulated) {
            accumulate((AccumulateDescr) source, rule);
        }
    }

    /**
     * A binding of a field a case may leave out ({@code $next : painNextMorning}): the engine hands it
     * on as a number object, and a calculation with it then fails for every case without it, which the
     * check of the compiled code cannot tell from a threshold's binding.
     */
    private static Optional<String> missableBinding(Class<?> fact, String constraint) {
        // a comment between the name and the field is still the same binding
        Matcher binding = BINDING.matcher(constraint.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " "));
        if (!binding.lookingAt() || !MissingValues.mayBeMissing(fact, binding.group(2))) {
            return Optional.empty();
        }
        String field = binding.group(2);
        return Optional.of(binding.group(1) + " : " + field + " is not allowed: a case may leave " + field + " out, and a"
                + " calculation with " + binding.group(1) + ", or a call on it, would fail for every case without it;"
                + " name the fact instead ($f : " + fact.getSimpleName() + "(...)) and compare the field in the"
                + " condition, which is false when it is missing (" + field + " > 2, " + field + " == ...)");
    }

    /** Whether a type name names any class; an unknown one is the compiler's to explain. */
    private static boolean exists(String type) {
        List<String> candidates = type.indexOf('.') >= 0 ? List.of(type)
                : List.of(PACKAGE + "." + type, "org.backpainkb.model." + type, "java.lang." + type);
        for (String name : candidates) {
            try {
                Class.forName(name, false, RuleLanguage.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                // not this one
            }
        }
        return false;
    }

    private void accumulate(AccumulateDescr acc, RuleDescr rule) {
        int line = lineOf(acc, rule);
        if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getReverseCode() != null
                || acc.getResultCode() != null) {
            refuse(line, "accumulate with init, action or result code is not allowed: use count, sum, min, max or"
                    + " average, as in accumulate(Exercise(), count(1))");
            return;
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                refuse(line, "the accumulate function " + f.getFunction() + " is not allowed: use count, sum, min,"
                        + " max or average");
            }
        }
        // one fact, or an and of several (whose patterns the accumulate does not list itself)
        if (acc.getInput() != null) {
            condition(acc.getInput(), rule);
        }
    }

    private static String construct(BaseDescr d) {
        String kind = d.getClass().getSimpleName().replace("Descr", "");
        return switch (kind) {
            case "Eval" -> "eval(...)";
            case "From" -> "from";
            case "Collect" -> "collect";
            case "EntryPoint" -> "from entry-point";
            case "WindowReference" -> "from window";
            case "ConditionalBranch" -> "if ... do[...]";
            case "NamedConsequence" -> "do[...]";
            default -> kind.isEmpty() ? "this construct" : kind.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The parser gives metadata the rule's line; the text says where the entry is. */
    private int metadataLine(RuleDescr rule, String key) {
        DrlText.Rule found = text.rule(rule.getName());
        DrlText.Meta meta = found == null ? null : found.metadata().get(key);
        return meta != null ? meta.line() : rule.getLine();
    }

    private static int lineOf(BaseDescr d, RuleDescr rule) {
        return d.getLine() > 0 ? d.getLine() : rule.getLine();
    }

    private void refuse(int line, String message) {
        problems.add(new RuleProblem(file, Math.max(line, 0), message, RuleProblem.Kind.REFUSED));
    }
}
