package org.backpainkb.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;

/**
 * What the compiler says of a {@code then} block, in a rule author's words and at the line of the
 * mistake: the compiler gives the rule's first line, and speaks of methods, types and resolution.
 * Part of {@link ProblemLocator}.
 */
final class ThenBlockProblems {

    private static final Pattern METHOD_UNDEFINED = Pattern.compile(
            "The method ([\\w$]+)\\((.*?)\\) is undefined for the type ([\\w$.]+)");
    private static final Pattern NOT_A_FIELD = Pattern.compile("([\\w$]+) cannot be resolved or is not a field");
    private static final Pattern NOT_RESOLVED = Pattern.compile("([\\w$]+) cannot be resolved(?: to a (\\w+))?");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "The (?:method|constructor) ([\\w$]+)\\((.*?)\\) (?:in the type ([\\w$.]+) )?is not applicable"
                    + "(?: for the arguments \\((.*?)\\))?");
    private static final Pattern CONSTRUCTOR_UNDEFINED = Pattern.compile("The constructor ([\\w$]+)\\(.*?\\) is undefined");
    private static final Pattern TYPE_MISMATCH = Pattern.compile("Type mismatch: cannot convert from ([\\w$.<>]+) to ([\\w$.<>]+)");

    /** What the compiler says when a statement has no {@code ;}: it names no line. */
    private static final String MISSING_SEMICOLON = "insert \";\" to complete";
    /** How a line goes on from the one before it, so that line needs no {@code ;} of its own. */
    private static final Pattern CONTINUES = Pattern.compile("^[.+\\-*/?:&|,)]");

    private ThenBlockProblems() {
    }

    /** Errors in a then block: the compiler gives the rule's first line; find the line of each mistake. */
    static void explain(DrlText file, int reported, String text, ProblemLocator.Found out) {
        DrlText.Rule rule = file.ruleAt(reported);
        if (rule == null) {
            out.add(new RuleProblem(file.path(), reported, "in a then block: " + ProblemLocator.firstLine(text)));
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
            if (e.contains(MISSING_SEMICOLON)) {
                out.add(new RuleProblem(file.path(), statementWithoutSemicolon(file, from, to), in
                        + "this statement is missing the ; that ends it: end it with ;"));
            } else if (method.find()) {
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
                String message = owner.find() ? ProblemLocator.describeUnknownMember(owner.group(1), member) : member
                        + " cannot be resolved or is not a field";
                out.add(new RuleProblem(file.path(), n, in + message));
            } else if (notResolved.find()) {
                String name = notResolved.group(1);
                List<String> bound = file.bindings(rule);
                BoundInside inside = name.startsWith("$") && bound.contains(name)
                        ? boundWhereNoOneFactIs(file, rule, name) : null;
                if (inside != null) {
                    out.add(new RuleProblem(file.path(), find.apply(name), in + name + " is bound inside " + inside.word()
                            + ", which matches no one fact the then block could name: bind it in a condition of its"
                            + " own, as in " + name + " : " + inside.fact() + "(...), or leave it out of the then block"));
                } else if (name.startsWith("$") && bound.contains(name)) {
                    out.followOn(new RuleProblem(file.path(), find.apply(name), in + name + " cannot be resolved"));
                } else if (name.startsWith("$")) {
                    out.add(new RuleProblem(file.path(), find.apply(name), in + "unknown variable " + name
                            + "; this rule binds " + (bound.isEmpty() ? "no variable" : String.join(", ", bound))));
                } else if (Character.isLowerCase(name.charAt(0)) && !bound.isEmpty()) {
                    // a matched fact named without its $: symptom for $symptom
                    String meant = bound.contains("$" + name) ? "write $" + name : "this rule binds " + String.join(", ", bound);
                    out.add(new RuleProblem(file.path(), find.apply(name), in + "unknown name " + name
                            + ": a fact the rule matched is named by its variable, with its $ (" + meant + ")"));
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

    /** A binding written right after a word whose facts the then block cannot name, and the kind of fact bound. */
    private record BoundInside(String word, String fact) {
    }

    /**
     * Where a binding is written right after {@code exists}, {@code not}, {@code forall} or
     * {@code accumulate} ({@code exists $s : Symptom(...)}); else null.
     */
    private static BoundInside boundWhereNoOneFactIs(DrlText file, DrlText.Rule rule, String name) {
        Pattern after = Pattern.compile("(?<![\\w$])(exists|not|forall|accumulate)\\s*\\(?\\s*"
                + Pattern.quote(name) + "\\s*:\\s*([\\w.]+)");
        int to = rule.thenLine() > 0 ? rule.thenLine() : rule.lastLine();
        for (int n = rule.line(); n <= Math.min(to, file.lineCount()); n++) {
            Matcher m = after.matcher(file.code(n));
            if (m.find()) {
                return new BoundInside(m.group(1), m.group(2));
            }
        }
        return null;
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
     * The first line of the then block that ends a call with no {@code ;} and is not continued on the
     * next line (by {@code .note(...)}, say); else the block's first line.
     */
    private static int statementWithoutSemicolon(DrlText file, int from, int to) {
        for (int n = from; n < to; n++) {
            String code = file.code(n).strip();
            if (n == from && code.startsWith("then")) {
                code = code.substring("then".length()).strip();
            }
            if (!code.endsWith(")")) {
                continue;
            }
            int next = n + 1;
            while (next < to && file.code(next).isBlank()) {
                next++;
            }
            if (!CONTINUES.matcher(file.code(next).strip()).find()) {
                return n;
            }
        }
        return from;
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
}
