package org.backpainkb.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;

/**
 * Turns the compiler's messages into problems a rule author can act on: the line of the actual
 * mistake (the compiler gives the rule's first line for a mistake in a {@code then} block, and
 * line 0 for an unknown code), in plain words, with the fields or codes that do exist, and without
 * the follow-on messages one mistake causes.
 */
public final class ProblemLocator {

    /** A message as the compiler gives it. */
    record Raw(String file, int line, String text) {
    }

    /**
     * The problems found so far: those that explain a mistake, and follow-on messages that only
     * show when nothing near them explains the mistake behind them.
     */
    private static final class Found {
        final List<RuleProblem> real = new ArrayList<>();
        final List<RuleProblem> followOns = new ArrayList<>();

        void add(RuleProblem p) {
            real.add(p);
        }

        void followOn(RuleProblem p) {
            followOns.add(p);
        }
    }

    private static final Pattern SYNTAX = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)$", Pattern.DOTALL);
    private static final Pattern ANALYSE = Pattern.compile(
            "^Unable to Analyse Expression (.*?):\\s*\\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.([\\w$]+)\\(\\)\\]",
            Pattern.DOTALL);
    private static final Pattern ANALYSE_OTHER = Pattern.compile("^Unable to Analyse Expression (.*?):\\s*\\[Error: ([^\\]]*)\\]",
            Pattern.DOTALL);
    private static final Pattern OBJECT_TYPE = Pattern.compile("^Unable to resolve ObjectType '([^']+)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate rule name: (.*)$");
    private static final Pattern METHOD_UNDEFINED = Pattern.compile(
            "The method ([\\w$]+)\\((.*?)\\) is undefined for the type ([\\w$.]+)");
    private static final Pattern NOT_A_FIELD = Pattern.compile("([\\w$]+) cannot be resolved or is not a field");
    private static final Pattern NOT_RESOLVED = Pattern.compile("([\\w$]+) cannot be resolved(?: to a (\\w+))?");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The (?:method|constructor) ([\\w$]+)\\((.*?)\\) (?:in the type ([\\w$.]+) )?is not applicable"
                    + "(?: for the arguments \\((.*?)\\))?");
    private static final Pattern CONSTRUCTOR_UNDEFINED = Pattern.compile("The constructor ([\\w$]+)\\(.*?\\) is undefined");
    private static final Pattern INCOMPATIBLE = Pattern.compile(
            "Comparison operation requires compatible types\\. Found (?:class )?([\\w.$]+) and (?:class )?([\\w.$]+)");
    private static final Pattern TYPE_MISMATCH = Pattern.compile("Type mismatch: cannot convert from ([\\w$.<>]+) to ([\\w$.<>]+)");

    private ProblemLocator() {
    }

    /**
     * Locates and explains every message.
     *
     * @param messages the compiler's messages
     * @param files the rule files, by path relative to the rules directory
     * @return the problems, in file and line order, follow-on messages removed
     */
    static List<RuleProblem> locate(List<Raw> messages, Map<String, DrlText> files) {
        Found found = new Found();
        for (Raw m : messages) {
            DrlText text = files.get(m.file());
            if (text == null) {
                found.add(new RuleProblem(m.file(), Math.max(m.line(), 0), firstLine(m.text())));
            } else {
                explain(m, text, files, found);
            }
        }
        return tidy(found);
    }

    private static void explain(Raw m, DrlText file, Map<String, DrlText> all, Found out) {
        String text = m.text().strip();
        Matcher syntax = SYNTAX.matcher(text);
        if (syntax.matches()) {
            out.add(syntax(file, Integer.parseInt(syntax.group(1)), firstLine(syntax.group(3))));
            return;
        }
        Matcher analyse = ANALYSE.matcher(text);
        if (analyse.find()) {
            out.add(unresolvedInCondition(file, m.line(), analyse.group(1), analyse.group(2), analyse.group(3)));
            return;
        }
        Matcher other = ANALYSE_OTHER.matcher(text);
        if (other.find()) {
            int line = m.line() > 0 ? m.line() : file.findText(other.group(1));
            out.add(new RuleProblem(file.path(), line, "cannot understand the condition '"
                    + other.group(1).strip() + "': " + inWords(other.group(2).strip())));
            return;
        }
        if (text.startsWith("Unable to analyze expression")) {
            out.followOn(new RuleProblem(file.path(), m.line(), firstLine(text)));
            return;
        }
        if (text.startsWith("Parser returned a null Package")) {
            out.followOn(new RuleProblem(file.path(), 0, "the file could not be read as DRL"));
            return;
        }
        Matcher type = OBJECT_TYPE.matcher(text);
        if (type.find()) {
            String name = type.group(1);
            int line = Math.max(m.line(), 0);
            int exact = line > 0 ? file.findWord(name, line, line + 10) : file.findWord(name, 1, file.lineCount());
            out.add(new RuleProblem(file.path(), exact > 0 ? exact : line, "unknown fact type " + name
                    + "; the facts a rule can match are: " + FactTypes.factNames()));
            return;
        }
        Matcher duplicate = DUPLICATE.matcher(text);
        if (duplicate.find()) {
            out.add(duplicate(file, m.line(), duplicate.group(1).strip(), all));
            return;
        }
        if (text.startsWith("Rule Compilation error")) {
            consequence(file, m.line(), text.substring("Rule Compilation error".length()).strip(), out);
            return;
        }
        out.add(new RuleProblem(file.path(), Math.max(m.line(), 0), firstLine(text)));
        return;
    }

    /** A syntax error: the compiler stops where it noticed; an unclosed bracket before it is the mistake. */
    private static RuleProblem syntax(DrlText file, int noticedAt, String message) {
        // the compiler may notice at the end of the file, a line past the last; never send the author there
        int line = Math.min(noticedAt, file.lineCount());
        DrlText.Rule rule = file.ruleAt(line);
        if (rule == null) {
            rule = file.rules().stream().filter(r -> r.line() <= noticedAt).reduce((a, b) -> b).orElse(null);
        }
        if (rule != null) {
            int unclosed = unclosedBracket(file, rule.line(), noticedAt);
            if (unclosed > 0 && unclosed < noticedAt) {
                return new RuleProblem(file.path(), unclosed, "syntax error: a bracket opened on this line is never"
                        + " closed; add the missing ')' (the compiler noticed at line " + line + ": " + message + ")");
            }
            if (rule.endLine() == 0 && message.contains("<eof>")) {
                return new RuleProblem(file.path(), rule.line(), "syntax error: rule \"" + rule.name()
                        + "\" has no 'end': add a line 'end' after its then block");
            }
        }
        String hint = message.startsWith("no viable alternative") || message.startsWith("mismatched input")
                ? " (often a missing comma between two conditions, a missing ':' after a $name, or a misspelled"
                        + " keyword such as when, then or end)" : "";
        return new RuleProblem(file.path(), line, "syntax error: " + message + hint);
    }

    /** The line of the first '(' from {@code from} that is still open just before {@code to}, or 0. */
    private static int unclosedBracket(DrlText file, int from, int to) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int n = from; n < to; n++) {
            for (char c : file.code(n).toCharArray()) {
                if (c == '(') {
                    open.push(n);
                } else if (c == ')' && !open.isEmpty()) {
                    open.pop();
                }
            }
        }
        return open.isEmpty() ? 0 : open.peekLast();
    }

    private static RuleProblem unresolvedInCondition(DrlText file, int reported, String expression, String owner,
            String member) {
        int line = reported > 0 ? reported : file.findText(expression);
        DrlText.Rule rule = file.ruleAt(line);
        int to = rule == null ? line + 10 : Math.min(rule.thenLine() > 0 ? rule.thenLine() : rule.lastLine(), line + 20);
        int exact = line > 0 ? file.findWord(member, line, to) : 0;
        return new RuleProblem(file.path(), exact > 0 ? exact : line, describeUnknownMember(owner, member));
    }

    static String describeUnknownMember(String owner, String member) {
        String simple = owner.substring(owner.lastIndexOf('.') + 1);
        if (member.startsWith("$")) {
            return "unknown variable " + member + ": bind it before this condition (" + member + " : SomeFact(...))"
                    + " or check its spelling";
        }
        Optional<Class<?>> type = FactTypes.byName(owner);
        if (type.isPresent() && FactTypes.isCodeList(type.get()) && !member.equals(member.toUpperCase(java.util.Locale.ROOT))) {
            return simple + " has no method '" + member + "'; a code of " + simple + " has: "
                    + String.join(", ", FactTypes.methods(type.get()));
        }
        if (type.isPresent() && FactTypes.isCodeList(type.get())) {
            return "unknown code " + simple + "." + member + "; the codes of " + simple + " are: "
                    + String.join(", ", FactTypes.codes(type.get()));
        }
        if (type.isPresent() && type.get().isRecord()) {
            List<String> fields = FactTypes.fields(type.get());
            return simple + " has no field '" + member + "'; " + (fields.isEmpty() ? "it has no fields"
                    : "its fields are: " + String.join(", ", fields));
        }
        return simple + " has no field '" + member + "'";
    }

    private static RuleProblem duplicate(DrlText file, int line, String name, Map<String, DrlText> all) {
        String first = all.values().stream().sorted(Comparator.comparing(DrlText::path))
                .flatMap(f -> f.rules().stream().filter(r -> r.name().equals(name)).map(r -> f.path() + ":" + r.line()))
                .findFirst().orElse("another file");
        DrlText.Rule rule = file.ruleAt(line);
        int at = rule != null && rule.name().equals(name) ? rule.line() : line;
        return new RuleProblem(file.path(), at, "rule name \"" + name + "\" is already used at " + first
                + "; every rule needs a name of its own", RuleProblem.Kind.METADATA);
    }

    /** Errors in a then block: the compiler gives the rule's first line; find the line of each mistake. */
    private static void consequence(DrlText file, int reported, String text, Found out) {
        DrlText.Rule rule = file.ruleAt(reported);
        if (rule == null) {
            out.add(new RuleProblem(file.path(), reported, "in a then block: " + firstLine(text)));
            return;
        }
        int from = rule.thenLine() > 0 ? rule.thenLine() : rule.line();
        int to = Math.min(rule.lastLine(), file.lineCount());
        String in = "in the then block of rule \"" + rule.name() + "\": ";
        for (String error : text.split("\r?\n")) {
            if (error.isBlank()) {
                continue;
            }
            String e = error.strip();
            Function<String, Integer> find = word -> {
                int n = file.findWord(word, from, to);
                return n > 0 ? n : from;
            };
            Matcher method = METHOD_UNDEFINED.matcher(e);
            Matcher notField = NOT_A_FIELD.matcher(e);
            Matcher notResolved = NOT_RESOLVED.matcher(e);
            Matcher notApplicable = NOT_APPLICABLE.matcher(e);
            Matcher constructor = CONSTRUCTOR_UNDEFINED.matcher(e);
            Matcher mismatch = TYPE_MISMATCH.matcher(e);
            if (method.find()) {
                String owner = method.group(3);
                Optional<Class<?>> type = FactTypes.byName(owner);
                String detail = type.isPresent() && type.get().isRecord()
                        ? "; the fields of " + type.get().getSimpleName() + " are: "
                                + String.join(", ", FactTypes.fields(type.get())) + " (read one as $x.field())"
                        : type.isPresent() && FactTypes.isCodeList(type.get())
                                ? "; a code of " + type.get().getSimpleName() + " has: "
                                        + String.join(", ", FactTypes.methods(type.get()))
                                : "";
                out.add(new RuleProblem(file.path(), find.apply(method.group(1)), in + owner + " has no method "
                        + method.group(1) + "(" + method.group(2) + ")" + detail));
            } else if (notField.find()) {
                String member = notField.group(1);
                int n = find.apply(member);
                Matcher owner = Pattern.compile("([\\w$]+)\\s*\\.\\s*" + Pattern.quote(member) + "(?![\\w$])")
                        .matcher(file.code(n));
                String message = owner.find() ? describeUnknownMember(owner.group(1), member) : member
                        + " cannot be resolved or is not a field";
                out.add(new RuleProblem(file.path(), n, in + message));
            } else if (notResolved.find()) {
                String name = notResolved.group(1);
                List<String> bound = file.bindings(rule);
                if (name.startsWith("$") && bound.contains(name)) {
                    out.followOn(new RuleProblem(file.path(), find.apply(name), in + name + " cannot be resolved"));
                } else if (name.startsWith("$")) {
                    out.add(new RuleProblem(file.path(), find.apply(name), in + "unknown variable " + name
                            + "; this rule binds " + (bound.isEmpty() ? "no variable" : String.join(", ", bound))));
                } else {
                    out.add(new RuleProblem(file.path(), find.apply(name), in + "unknown name " + name
                            + ": not a fact, a code list or a variable of this rule (fact types: "
                            + FactTypes.factNames() + ")"));
                }
            } else if (notApplicable.find()) {
                out.add(new RuleProblem(file.path(), find.apply(notApplicable.group(1)), in + notApplicable(notApplicable)));
            } else if (constructor.find()) {
                Optional<Class<?>> type = FactTypes.byName(constructor.group(1));
                String takes = type.isPresent() && type.get().isRecord()
                        ? "; new " + type.get().getSimpleName() + "(...) takes " + FactTypes.parameters(type.get()) : "";
                out.add(new RuleProblem(file.path(), find.apply(constructor.group(1)), in + e + takes));
            } else if (mismatch.find() && declaration(file, mismatch.group(2), from, to) > 0) {
                out.add(new RuleProblem(file.path(), declaration(file, mismatch.group(2), from, to), in + e));
            } else {
                out.add(new RuleProblem(file.path(), from, in + e
                        + " (the compiler does not say which line of the then block)"));
            }
        }
    }

    /**
     * A call given the wrong kinds of values, said as what it takes and what it was given; a text
     * given where a code belongs is told how a code is written.
     */
    private static String notApplicable(Matcher m) {
        String owner = m.group(3) == null ? "" : m.group(3).substring(m.group(3).lastIndexOf('.') + 1) + ".";
        String call = owner + m.group(1) + "(...) takes (" + m.group(2) + ")";
        if (m.group(4) == null) {
            return call;
        }
        List<String> takes = List.of(m.group(2).split("\\s*,\\s*"));
        List<String> given = List.of(m.group(4).split("\\s*,\\s*"));
        String hint = "";
        for (int i = 0; i < Math.min(takes.size(), given.size()); i++) {
            Optional<Class<?>> code = FactTypes.byName(takes.get(i)).filter(FactTypes::isCodeList);
            if (given.get(i).equals("String") && code.isPresent()) {
                String simple = code.get().getSimpleName();
                hint = "; a code of " + simple + " is written without quotes, as " + simple + "."
                        + FactTypes.codes(code.get()).get(0);
                break;
            }
        }
        return call + ", not (" + m.group(4) + ")" + hint;
    }

    /**
     * The compiler's "requires compatible types. Found class org.backpainkb.model.Movement and class
     * org.backpainkb.model.Activity" said as a rule author thinks of it: which kinds of value met, and
     * the codes of a code list among them.
     */
    private static String inWords(String reason) {
        Matcher m = INCOMPATIBLE.matcher(reason);
        if (!m.find()) {
            return reason;
        }
        String left = kindOfValue(m.group(1));
        String right = kindOfValue(m.group(2));
        Optional<Class<?>> codes = FactTypes.byName(m.group(1)).filter(FactTypes::isCodeList);
        return left + " and " + right + " cannot be compared" + codes.map(c -> "; write " + c.getSimpleName()
                + ".CODE with one of its codes: " + String.join(", ", FactTypes.codes(c))).orElse("");
    }

    private static String kindOfValue(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        Optional<Class<?>> known = FactTypes.byName(type).filter(FactTypes::isCodeList);
        if (known.isPresent()) {
            return "a code of " + simple;
        }
        return switch (simple) {
            case "Integer", "int", "Long", "long", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "a true-or-false value";
            case "String" -> "a text";
            default -> "a " + simple;
        };
    }

    /** The first line from {@code from} to {@code to} declaring a variable of a type, or 0. */
    private static int declaration(DrlText file, String type, int from, int to) {
        Pattern p = Pattern.compile("(?<![\\w$.])" + Pattern.quote(type) + "\\s+[\\w$]+\\s*=");
        for (int n = from; n <= to; n++) {
            if (p.matcher(file.code(n)).find()) {
                return n;
            }
        }
        return 0;
    }

    /** Drops follow-on messages where the mistake behind them is reported, sorts and removes repeats. */
    private static List<RuleProblem> tidy(Found found) {
        List<RuleProblem> kept = new ArrayList<>(found.real);
        for (RuleProblem p : found.followOns) {
            boolean explained = p.line() == 0
                    ? found.real.stream().anyMatch(r -> r.file().equals(p.file()))
                    : found.real.stream().anyMatch(r -> r.file().equals(p.file()) && Math.abs(r.line() - p.line()) <= 40);
            if (!explained) {
                kept.add(p);
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(kept.stream()
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line))
                .collect(Collectors.toList())));
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
