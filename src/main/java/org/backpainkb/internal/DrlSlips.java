package org.backpainkb.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;

/**
 * Slips a rule author makes that the compiler explains badly or at the wrong line, caught before
 * any compiler runs and named in the author's words: a text missing its closing quote (the compiler
 * asks for a ')' past the end of the file), curly quotes, a {@code "} inside a text, {@code =} for
 * {@code ==}, a side of {@code ||} that is a code and not a comparison ({@code region ==
 * Region.LOW_BACK || Region.LEG}), several codes given to {@code contains}, a bare code ({@code FLEXION}
 * for {@code Movement.FLEXION}), a field read through the name of a kind of fact
 * ({@code Thresholds.maxPainDuring}), a field read without brackets in a {@code then} block, and the
 * words {@code and}/{@code or} inside a fact's brackets.
 * A file with a slip is not compiled: each slip is reported once, at its line, and the compiler's
 * follow-on messages never show.
 */
final class DrlSlips {

    private static final String CURLY_QUOTES = "\u201c\u201d\u201e\u2018\u2019";
    private static final Set<String> OPERATOR_WORDS = Set.of("in", "not", "contains", "excludes", "memberOf",
            "matches", "soundslike", "str", "from", "over", "extends");
    private static final Pattern SINGLE_EQUALS = Pattern.compile("(?<![=!<>:+\\-*/])=(?!=)");
    private static final Pattern UPPER_WORD = Pattern.compile("(?<![\\w$.])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?![\\w$])");
    private static final Pattern FIELD_WITHOUT_BRACKETS = Pattern.compile("(\\$[\\w]+)\\s*\\.\\s*([a-z][\\w]*)(?![\\w$]|\\s*\\()");
    private static final Pattern AND_OR = Pattern.compile("(?<![\\w$.])(and|or)(?![\\w$])");
    private static final Pattern TYPE_BEFORE = Pattern.compile("[A-Z][\\w]*\\s*$");
    /** {@code region == Region.LOW_BACK || Region.LEG}: a code alone on the right of || or &&. */
    private static final Pattern HALF_COMPARISON = Pattern.compile("(?<![\\w$.])([a-z]\\w*)\\s*(==|!=)\\s*([A-Z]\\w*\\.[A-Z][A-Z0-9_]*)"
            + "\\s*(\\|\\||&&)\\s*([A-Z]\\w*\\.[A-Z][A-Z0-9_]*)\\s*(?=[,)]|\\|\\||&&|$)");
    /** {@code aggravatedBy contains (Activity.WALKING, Activity.STANDING)}: several codes where one goes. */
    private static final Pattern CONTAINS_SEVERAL = Pattern.compile("(?<![\\w$.])([a-z]\\w*)\\s+(contains|excludes)\\s*\\(([^()]*,[^()]*)\\)");
    private static final Pattern FIELD_BEFORE_A_CODE = Pattern.compile(
            "([a-z]\\w*)\\s*(?:==|!=|contains|excludes|(?:not\\s+)?in\\s*\\([^)]*)\\s*$");
    private static final Pattern FACT_START = Pattern.compile("(?<![\\w$.])([A-Z]\\w*)\\s*\\(");
    private static final Pattern FIELD_OF_A_TYPE = Pattern.compile("(?<![\\w$.])([A-Z]\\w*)\\s*\\.\\s*([a-z]\\w*)(?![\\w$]|\\s*\\()");

    private DrlSlips() {
    }

    /**
     * Every slip in a file, at most one a line, in line order.
     *
     * @param file the rule file
     * @return the slips; empty when there is none
     */
    static List<RuleProblem> check(DrlText file) {
        TreeMap<Integer, String> slips = new TreeMap<>();
        quotes(file, slips);
        for (DrlText.Rule rule : file.rules()) {
            // a rule without its 'end' runs to the end of the file
            int last = Math.min(rule.lastLine(), file.lineCount());
            if (rule.whenLine() > 0) {
                int whenEnd = rule.thenLine() > 0 ? rule.thenLine() : last + 1;
                for (int n = rule.whenLine(); n < whenEnd; n++) {
                    singleEquals(file, n, slips);
                    halfComparison(file, n, slips);
                    containsSeveral(file, n, slips);
                }
                andOrInsideBrackets(file, rule.whenLine(), whenEnd, slips);
            }
            // from the when part on: the metadata above it names codes bare, @reason(POOR_FORM)
            for (int n = rule.whenLine() > 0 ? rule.whenLine() : last + 1; n <= last; n++) {
                bareCodes(file, n, slips);
                fieldOfAKindOfFact(file, n, slips);
            }
            if (rule.thenLine() > 0) {
                for (int n = rule.thenLine(); n <= last; n++) {
                    fieldsWithoutBrackets(file, n, slips);
                }
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        slips.forEach((n, message) -> problems.add(new RuleProblem(file.path(), n, message, RuleProblem.Kind.COMPILE)));
        return problems;
    }

    private static void slip(TreeMap<Integer, String> slips, int line, String message) {
        slips.putIfAbsent(line, message);
    }

    /** Texts line by line (a text never spans lines): its closing quote, curly quotes, a quote inside it. */
    private static void quotes(DrlText file, TreeMap<Integer, String> slips) {
        boolean inBlockComment = false;
        for (int n = 1; n <= file.lineCount(); n++) {
            String line = file.line(n);
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (inBlockComment) {
                    int close = line.indexOf("*/", i);
                    if (close < 0) {
                        break;
                    }
                    inBlockComment = false;
                    i = close + 2;
                } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                    inBlockComment = true;
                    i += 2;
                } else if (CURLY_QUOTES.indexOf(c) >= 0) {
                    slip(slips, n, "curly quotes (" + c + ") do not make a text: type straight quotes, \"like this\""
                            + " (a word processor or a mail may have turned them curly)");
                    break;
                } else if (c == '"' || c == '\'') {
                    int close = closingQuote(line, i);
                    if (close < 0) {
                        slip(slips, n, "this text is missing its closing quote: end it with " + c
                                + " on this line (the text starts " + excerpt(line.substring(i)) + ")");
                        break;
                    }
                    if (c == '"' && quoteInsideText(line, close)) {
                        // a rule's name takes no quote at all, escaped or not: the compiler writes the name into code
                        slip(slips, n, line.substring(0, i).strip().equals("rule")
                                ? "a rule's name cannot hold a quote mark (\"): leave it out, or use ' instead (the name"
                                        + " starts " + excerpt(line.substring(i)) + ")"
                                : "a \" inside a text ends the text there: write \\\" for a quote inside a text, or use '"
                                        + " instead (the text starts " + excerpt(line.substring(i)) + ")");
                        break;
                    }
                    i = close + 1;
                } else {
                    i++;
                }
            }
        }
    }

    /** The index of the quote closing the one at {@code open}, escapes skipped, or -1. */
    private static int closingQuote(String line, int open) {
        char quote = line.charAt(open);
        for (int i = open + 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    /** A word straight after a closing quote, and another quote later on the line: the text was cut in two. */
    private static boolean quoteInsideText(String line, int close) {
        Matcher word = Pattern.compile("^\\s*([A-Za-z0-9][\\w']*)").matcher(line.substring(close + 1));
        return word.find() && !OPERATOR_WORDS.contains(word.group(1))
                && line.indexOf('"', close + 1 + word.end()) >= 0;
    }

    private static String excerpt(String text) {
        return text.length() <= 24 ? text.strip() : text.substring(0, 24).strip() + "...";
    }

    /** In a condition, {@code =} gives a value; {@code ==} compares. */
    private static void singleEquals(DrlText file, int n, TreeMap<Integer, String> slips) {
        String code = file.code(n);
        Matcher equals = SINGLE_EQUALS.matcher(code);
        if (equals.find()) {
            Matcher left = Pattern.compile("([\\w$.]+)\\s*$").matcher(code.substring(0, equals.start()));
            Matcher right = Pattern.compile("^\\s*([\\w$.]+)").matcher(code.substring(equals.end()));
            String example = left.find() && right.find() ? left.group(1) + " == " + right.group(1)
                    : "status == MobilityStatus.RESTRICTED";
            slip(slips, n, "use == to compare: write " + example + " (a single = does not compare)");
        }
    }

    /** A code written without its list: {@code FLEXION} for {@code Movement.FLEXION}. */
    private static void bareCodes(DrlText file, int n, TreeMap<Integer, String> slips) {
        String code = file.code(n);
        Matcher m = UPPER_WORD.matcher(code);
        while (m.find()) {
            Optional<Class<?>> fieldList = codeListOfFieldBefore(code.substring(0, m.start()));
            if (fieldList.isPresent() && FactTypes.codes(fieldList.get()).contains(m.group(1))) {
                slip(slips, n, "write " + fieldList.get().getSimpleName() + "." + m.group(1)
                        + ": a code is written with its list");
                return;
            }
            List<String> lists = new ArrayList<>();
            for (Class<? extends org.backpainkb.model.Code> type : FactTypes.CODES) {
                if (FactTypes.codes(type).contains(m.group(1))) {
                    lists.add(type.getSimpleName() + "." + m.group(1));
                }
            }
            if (!lists.isEmpty()) {
                slip(slips, n, "write " + String.join(" or ", lists) + ": a code is written with its list"
                        + (lists.size() > 1 ? " (the one the field holds)" : ""));
                return;
            }
        }
    }

    /** Each side of || and && is a comparison of its own: {@code region == Region.LOW_BACK || Region.LEG} is not. */
    private static void halfComparison(DrlText file, int n, TreeMap<Integer, String> slips) {
        Matcher m = HALF_COMPARISON.matcher(file.code(n));
        if (m.find()) {
            String field = m.group(1);
            boolean equal = m.group(2).equals("==");
            slip(slips, n, "each side of " + m.group(4) + " is a comparison of its own: write " + field + " " + m.group(2)
                    + " " + m.group(3) + " " + m.group(4) + " " + field + " " + m.group(2) + " " + m.group(5) + ", or "
                    + field + (equal ? " in (" : " not in (") + m.group(3) + ", " + m.group(5) + ")");
        }
    }

    /** {@code contains} takes one code; several are several comparisons. */
    private static void containsSeveral(DrlText file, int n, TreeMap<Integer, String> slips) {
        // strings kept, so that texts given to contains are shown as written
        Matcher m = CONTAINS_SEVERAL.matcher(file.codeWithStrings(n));
        if (m.find()) {
            String field = m.group(1);
            String joiner = m.group(2).equals("contains") ? " || " : " && ";
            String each = Arrays.stream(m.group(3).split(","))
                    .map(code -> field + " " + m.group(2) + " " + code.strip()).collect(Collectors.joining(joiner));
            slip(slips, n, m.group(2) + " takes one code: write " + each
                    + (joiner.equals(" || ") ? " (any of them)" : " (none of them)"));
        }
    }

    /**
     * A field read through the name of a kind of fact, {@code Thresholds.maxPainDuring}: the compiler
     * fails on it in a condition with no file or line, and in a then block says the field "is not visible".
     */
    private static void fieldOfAKindOfFact(DrlText file, int n, TreeMap<Integer, String> slips) {
        Matcher m = FIELD_OF_A_TYPE.matcher(file.code(n));
        while (m.find()) {
            String type = m.group(1);
            String field = m.group(2);
            if (FactTypes.byName(type).filter(Class::isRecord).isPresent()) {
                slip(slips, n, type + " is a kind of fact, not one fact: match it and name its field, as in "
                        + type + "($" + field + " : " + field + "), then write $" + field + " where you wrote "
                        + type + "." + field);
                return;
            }
        }
    }

    /**
     * The code list of the field a code is compared with, when the line names the fact and the field
     * right before it: {@code MobilityFinding(movement == } gives Movement.
     */
    private static Optional<Class<?>> codeListOfFieldBefore(String before) {
        Matcher field = FIELD_BEFORE_A_CODE.matcher(before);
        if (!field.find()) {
            return Optional.empty();
        }
        String fact = null;
        Matcher start = FACT_START.matcher(before);
        while (start.find()) {
            fact = start.group(1);
        }
        return fact == null ? Optional.empty() : FactTypes.codeListOf(fact, field.group(1));
    }

    /** In a then block a field is read with brackets: {@code $x.region()}. */
    private static void fieldsWithoutBrackets(DrlText file, int n, TreeMap<Integer, String> slips) {
        Matcher m = FIELD_WITHOUT_BRACKETS.matcher(file.code(n));
        if (m.find()) {
            slip(slips, n, "write " + m.group(1) + "." + m.group(2) + "(): in a then block a field is read with"
                    + " brackets");
        }
    }

    /** Inside a fact's brackets conditions join with {@code &&} and {@code ||}; {@code and}/{@code or} join facts. */
    private static void andOrInsideBrackets(DrlText file, int from, int to, TreeMap<Integer, String> slips) {
        Deque<Boolean> insideFact = new ArrayDeque<>();
        for (int n = from; n < to; n++) {
            String code = file.code(n);
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '(') {
                    boolean fact = !insideFact.isEmpty() && insideFact.peek()
                            || TYPE_BEFORE.matcher(code.substring(0, i)).find();
                    insideFact.push(fact);
                } else if (c == ')' && !insideFact.isEmpty()) {
                    insideFact.pop();
                } else if ((c == 'a' || c == 'o') && !insideFact.isEmpty() && insideFact.peek()) {
                    Matcher word = AND_OR.matcher(code).region(i, code.length()).useTransparentBounds(true);
                    if (word.lookingAt()) {
                        slip(slips, n, "write && or || between the conditions inside a fact's brackets (here "
                                + (word.group(1).equals("and") ? "&& for and" : "|| for or")
                                + "); the words and/or join whole facts, outside their brackets");
                        return;
                    }
                }
            }
        }
    }
}
