package org.backpainkb.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;

/**
 * Turns the compiler's messages into problems a rule author can act on: the line of the actual
 * mistake (the compiler gives the rule's first line for a mistake in a {@code then} block, and
 * line 0 for an unknown code), in plain words, with the fields or codes that do exist, and without
 * the follow-on messages one mistake causes. What it says of a {@code then} block is
 * {@link ThenBlockProblems}'s.
 */
public final class ProblemLocator {

    /** A message as the compiler gives it. */
    record Raw(String file, int line, String text) {
    }

    /**
     * The problems found so far: those that explain a mistake, and follow-on messages that only
     * show when nothing near them explains the mistake behind them.
     */
    static final class Found {
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
    private static final Pattern INCOMPATIBLE = Pattern.compile(
            "Comparison operation requires compatible types\\. Found (?:class )?([\\w.$]+) and (?:class )?([\\w.$]+)");
    private static final Pattern LIST_COMPARED = Pattern.compile("([a-z]\\w*)\\s*(==|!=)\\s*([A-Z]\\w*\\.[A-Z][A-Z0-9_]*)");

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
            String listCompared = listComparedWithOneValue(other.group(1).strip(), other.group(2));
            out.add(new RuleProblem(file.path(), line, listCompared != null ? listCompared
                    : "cannot understand the condition '" + other.group(1).strip() + "': "
                            + inWords(other.group(2).strip())));
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
            ThenBlockProblems.explain(file, m.line(), text.substring("Rule Compilation error".length()).strip(), out);
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
        boolean allCapitals = member.equals(member.toUpperCase(java.util.Locale.ROOT));
        if (type.isPresent() && type.get().isRecord() && allCapitals) {
            List<String> lists = FactTypes.CODES.stream().filter(c -> FactTypes.codes(c).contains(member))
                    .map(c -> c.getSimpleName() + "." + member).toList();
            if (!lists.isEmpty()) {
                return simple + " is a kind of fact, not a code list: write " + String.join(" or ", lists);
            }
        }
        if (type.isPresent() && type.get().isRecord() && Character.isUpperCase(member.charAt(0)) && !allCapitals
                && FactTypes.byName(member).isEmpty()) {
            // a class of Java's, LocalDate.of(2026, 1, 1): read by the compiler as a field of the fact
            return member + " is neither a field of " + simple + " nor a fact or code list a rule can name; a"
                    + " condition compares fields with codes, numbers, texts and fields of other facts"
                    + (member.contains("Date") ? ", and a date with the pain log's window, as in"
                            + " ExerciseSession($window.includes(date)) after $window : PainLogWindow()" : "");
        }
        String inCapitals = member.toUpperCase(java.util.Locale.ROOT);
        if (type.isPresent() && FactTypes.isCodeList(type.get()) && !allCapitals
                && FactTypes.codes(type.get()).contains(inCapitals)) {
            return "write " + simple + "." + inCapitals + ": a code is written in capitals";
        }
        if (type.isPresent() && FactTypes.isCodeList(type.get()) && !allCapitals) {
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
        return new RuleProblem(file.path(), at, "rule name \"" + name + "\" is also the name of the rule at " + first
                + "; every rule needs a name of its own: rename one of the two", RuleProblem.Kind.METADATA);
    }

    /**
     * {@code aggravatedBy == Activity.WALKING}: a field that holds several codes compared as if it held
     * one. Said with the form that tests a list, or null when the condition is not such a comparison.
     */
    private static String listComparedWithOneValue(String condition, String reason) {
        Matcher compared = LIST_COMPARED.matcher(condition);
        if (!reason.contains("java.util.List") || !compared.matches()) {
            return null;
        }
        String field = compared.group(1);
        String instead = compared.group(2).equals("==") ? " contains " : " excludes ";
        return field + " holds a list of codes, not one: write " + field + instead + compared.group(3)
                + " (" + (instead.equals(" contains ") ? "the list holds it" : "the list does not hold it") + ")";
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

    static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
