package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one DRL file, read just well enough to point at lines: comments and string contents
 * blanked out (line breaks kept, so line numbers still match), and the rules found with the lines
 * of their header, metadata, {@code when}, {@code then} and {@code end}. Not a DRL parser: the
 * compiler decides what is valid; this only helps say where.
 */
public final class DrlText {

    private static final Pattern RULE_HEADER =
            Pattern.compile("^\\s*rule\\s+(\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|([^\\s\"']+))");
    private static final Pattern METADATA = Pattern.compile("@\\s*(\\w+)\\s*(?:\\((.*)\\))?");
    private static final Pattern BINDING = Pattern.compile("(\\$[\\w]+)\\s*:");

    private final String path;
    private final String text;
    private final String[] lines;
    private final String[] code;
    private final String[] codeWithStrings;
    private final List<Rule> rules;

    /**
     * A rule found in the file.
     *
     * @param name the rule's name
     * @param line the line of {@code rule "name"}
     * @param whenLine the line of {@code when}, or 0
     * @param thenLine the line of {@code then}, or 0
     * @param endLine the line of {@code end}, or 0 when the rule never ends
     * @param metadata each {@code @key(value)} with its value as written (quotes removed) and its line; the
     *        first, when a key is given twice
     * @param repeated each key given a second time, with that second value and line
     */
    public record Rule(String name, int line, int whenLine, int thenLine, int endLine, Map<String, Meta> metadata,
            Map<String, Meta> repeated) {

        /**
         * The last line of the rule: its {@code end}, or the header when it has none.
         *
         * @return a line number
         */
        public int lastLine() {
            return endLine > 0 ? endLine : Integer.MAX_VALUE;
        }

        /**
         * Whether a line is inside this rule.
         *
         * @param n a line number
         * @return true from the header to the end
         */
        public boolean contains(int n) {
            return n >= line && n <= lastLine();
        }
    }

    /**
     * One metadata entry of a rule.
     *
     * @param value the value without surrounding quotes, or null when the key has no value
     * @param line where it is
     */
    public record Meta(String value, int line) {
    }

    /**
     * Reads a file's text.
     *
     * @param path the file's path relative to the rules directory
     * @param text the DRL
     */
    public DrlText(String path, String text) {
        this.path = path;
        this.text = text;
        this.lines = lines(text);
        this.codeWithStrings = lines(DrlBlanking.blank(text, false));
        this.code = lines(DrlBlanking.blank(text, true));
        this.rules = findRules();
    }

    /**
     * The file's path relative to the rules directory.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The file's text as read.
     *
     * @return the DRL
     */
    public String text() {
        return text;
    }

    /**
     * The number of lines.
     *
     * @return lines in the file
     */
    public int lineCount() {
        return lines.length;
    }

    /**
     * A line as written.
     *
     * @param n 1-based line number
     * @return the line, or empty when out of range
     */
    public String line(int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    /**
     * A line with comments and the contents of strings blanked out.
     *
     * @param n 1-based line number
     * @return the code of the line, or empty when out of range
     */
    public String code(int n) {
        return n >= 1 && n <= code.length ? code[n - 1] : "";
    }

    /**
     * A line with comments blanked out, strings kept.
     *
     * @param n 1-based line number
     * @return the line without comments
     */
    public String codeWithStrings(int n) {
        return n >= 1 && n <= codeWithStrings.length ? codeWithStrings[n - 1] : "";
    }

    /**
     * Every rule in the file, in order.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The rule a line belongs to.
     *
     * @param n a line number
     * @return the rule, or null when the line is outside every rule
     */
    public Rule ruleAt(int n) {
        for (Rule r : rules) {
            if (r.contains(n)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The rule with a name.
     *
     * @param name the rule's name
     * @return the rule, or null
     */
    public Rule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The first line from {@code from} to {@code to} whose code holds a word; string contents and
     * comments are not searched.
     *
     * @param word an identifier, matched whole
     * @param from first line to search
     * @param to last line to search
     * @return the line, or 0 when not found
     */
    public int findWord(String word, int from, int to) {
        Pattern p = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        for (int n = Math.max(from, 1); n <= Math.min(to, lines.length); n++) {
            if (p.matcher(code(n)).find()) {
                return n;
            }
        }
        return 0;
    }

    /**
     * The first line whose code contains a piece of text, spaces ignored.
     *
     * @param text the text to look for, within one line
     * @return the line, or 0 when not found
     */
    public int findText(String text) {
        String wanted = text.replaceAll("\\s+", "");
        if (wanted.isEmpty()) {
            return 0;
        }
        for (int n = 1; n <= lines.length; n++) {
            if (codeWithStrings(n).replaceAll("\\s+", "").contains(wanted)) {
                return n;
            }
        }
        return 0;
    }

    /**
     * The variables a rule binds in its {@code when} part, such as {@code $symptom}.
     *
     * @param rule the rule
     * @return the names, with their {@code $}
     */
    public List<String> bindings(Rule rule) {
        List<String> names = new ArrayList<>();
        int to = rule.thenLine() > 0 ? rule.thenLine() : rule.lastLine();
        for (int n = rule.line(); n <= Math.min(to, lines.length); n++) {
            Matcher m = BINDING.matcher(code(n));
            while (m.find()) {
                if (!names.contains(m.group(1))) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private List<Rule> findRules() {
        List<Rule> found = new ArrayList<>();
        int n = 1;
        while (n <= lines.length) {
            Matcher header = RULE_HEADER.matcher(codeWithStrings(n));
            if (!header.find()) {
                n++;
                continue;
            }
            String name = header.group(2) != null ? header.group(2)
                    : header.group(3) != null ? header.group(3) : header.group(4);
            int start = n;
            int whenLine = 0;
            int thenLine = 0;
            int endLine = 0;
            Map<String, Meta> metadata = new LinkedHashMap<>();
            Map<String, Meta> repeated = new LinkedHashMap<>();
            for (n = start; n <= lines.length; n++) {
                String c = code(n);
                if (n > start && RULE_HEADER.matcher(codeWithStrings(n)).find()) {
                    break;
                }
                if (whenLine == 0 && thenLine == 0) {
                    String text = n == start ? codeWithStrings(n).substring(header.end()) : codeWithStrings(n);
                    Matcher meta = METADATA.matcher(text);
                    while (meta.find()) {
                        Meta entry = new Meta(unquote(meta.group(2)), n);
                        if (metadata.putIfAbsent(meta.group(1), entry) != null) {
                            repeated.putIfAbsent(meta.group(1), entry);
                        }
                    }
                }
                if (whenLine == 0 && c.matches("\\s*when\\b.*")) {
                    whenLine = n;
                } else if (thenLine == 0 && c.matches("\\s*then\\b.*")) {
                    thenLine = n;
                } else if (c.matches("\\s*end\\b.*")) {
                    endLine = n;
                    n++;
                    break;
                }
            }
            found.add(new Rule(name.replace("\\\"", "\""), start, whenLine, thenLine, endLine, metadata, repeated));
        }
        return List.copyOf(found);
    }

    private static String unquote(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** The lines of a text, split at each line break ({@code \n} or {@code \r\n}), an empty last line included. */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            lines.add(text.substring(start, nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl));
            start = nl + 1;
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }
}
