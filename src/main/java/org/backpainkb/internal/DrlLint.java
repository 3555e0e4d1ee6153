package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backpainkb.RuleProblem;
import org.backpainkb.model.ReasonCode;

/**
 * Checks on rule files beyond what the compiler checks: every rule says which reason it serves and
 * where its knowledge comes from, rule names are unique across files, and no rule reaches outside
 * the fact model. DRL is code that runs inside the application; this is the guard that keeps it to
 * reasoning over facts: no files, network, processes, reflection, threads or {@code System}.
 */
public final class DrlLint {

    /**
     * Packages whose names this text check lets through in a rule's code; the check of the compiled
     * code decides which of their classes and methods a rule may use.
     */
    static final List<String> NAMEABLE_PACKAGES = List.of("org.backpainkb.model.", "org.backpainkb.rules.",
            "java.util.", "java.time.");

    /** Parts of java.util that reach threads, files or the class path, refused although under java.util. */
    static final List<String> REFUSED_UNDER_JAVA_UTIL = List.of("java.util.concurrent", "java.util.logging",
            "java.util.prefs", "java.util.jar", "java.util.zip", "java.util.spi", "java.util.ServiceLoader",
            "java.util.Timer");

    /** Names that reach outside the facts: files, network, processes, reflection, threads, the JVM. */
    static final Set<String> REFUSED_NAMES = new LinkedHashSet<>(Arrays.asList(
            "System", "Runtime", "Thread", "ThreadGroup", "ThreadLocal", "Process", "ProcessBuilder",
            "ProcessHandle", "ClassLoader", "Class", "SecurityManager", "StackWalker", "Module", "ModuleLayer",
            "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream", "FileOutputStream",
            "FileReader", "FileWriter", "RandomAccessFile", "Socket", "ServerSocket", "DatagramSocket", "URL",
            "URI", "URLConnection", "HttpURLConnection", "HttpClient", "InetAddress", "Executors",
            "ExecutorService", "CompletableFuture", "ForkJoinPool", "Timer", "Method", "Field", "Constructor",
            "MethodHandles", "Unsafe", "ObjectInputStream", "ObjectOutputStream", "ScriptEngineManager",
            "forName", "getClass", "getRuntime", "setAccessible", "getDeclaredMethod", "getDeclaredField",
            "kcontext", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getChannels", "channels",
            "parallelStream", "parallel", "parallelSort", "parallelSetAll", "parallelPrefix", "wait", "notify",
            "notifyAll", "Formatter", "Scanner", "ResourceBundle", "ServiceLoader"));

    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+|function\\s+|accumulate\\s+)?([\\w$]+(?:\\s*\\.\\s*[\\w$]+)*(?:\\s*\\.\\s*\\*)?)");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])(java|javax|jdk|sun|com|org|net|io)\\s*\\.\\s*[\\w$]+(?:\\s*\\.\\s*[\\w$]+)*");
    private static final Pattern WORD = Pattern.compile("(?<![\\w$])[A-Za-z_][\\w$]*");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    /** A whole number written with a leading zero, 010: Java reads it as octal, 8, where a person reads 10. */
    private static final Pattern OCTAL = Pattern.compile("(?<![\\w.$])0[0-9]+(?![\\w.])");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9A-Fa-f]{4}");
    /** Marks that change the direction text is shown in: an editor would show a rule otherwise than it runs. */
    private static final Pattern DIRECTION_MARK = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private DrlLint() {
    }

    /**
     * Whether a character turns the direction of the text around it (U+202E and its kin).
     *
     * @param c a character
     * @return true for a direction mark
     */
    static boolean isDirectionMark(char c) {
        return DIRECTION_MARK.matcher(String.valueOf(c)).matches();
    }

    /**
     * Every problem the lint finds, in file and line order.
     *
     * @param files the rule files
     * @return the problems; empty when the files pass
     */
    public static List<RuleProblem> check(List<DrlText> files) {
        return check(files, new java.util.TreeSet<>(ReasonCode.contractCodes()));
    }

    /**
     * Every problem the lint finds, in file and line order, with the reason codes a rules directory declares.
     *
     * @param files the rule files
     * @param declared the reason codes a {@code @reason} may name
     * @return the problems; empty when the files pass
     */
    public static List<RuleProblem> check(List<DrlText> files, Set<ReasonCode> declared) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> firstRuleWithName = new HashMap<>();
        Map<String, String> textOfRule = new HashMap<>();
        for (DrlText file : files) {
            checkCode(file, problems);
            for (DrlText.Rule rule : file.rules()) {
                checkMetadata(file, rule, declared, problems);
                String where = file.path() + ":" + rule.line();
                String text = textOf(file, rule);
                String first = firstRuleWithName.putIfAbsent(rule.name(), where);
                textOfRule.putIfAbsent(rule.name(), text);
                if (first != null && textOfRule.get(rule.name()).equals(text)) {
                    // a file manager's copy, "bone-health (old).drl", left in the folder is read as rules too
                    problems.add(new RuleProblem(file.path(), rule.line(), "rule \"" + rule.name() + "\" is a copy of the"
                            + " rule at " + first + ", word for word: every file in the rules folder is read as rules, a"
                            + " backup too; move the copy out of the folder (or, if both are meant, rename one)",
                            RuleProblem.Kind.METADATA));
                } else if (first != null) {
                    problems.add(new RuleProblem(file.path(), rule.line(), "rule name \"" + rule.name()
                            + "\" is also the name of the rule at " + first + "; every rule needs a name of its own: rename one of the two", RuleProblem.Kind.METADATA));
                }
            }
        }
        return problems;
    }

    /** A rule's lines from its header to its end, as written. */
    private static String textOf(DrlText file, DrlText.Rule rule) {
        StringBuilder text = new StringBuilder();
        for (int n = rule.line(); n <= Math.min(rule.lastLine(), file.lineCount()); n++) {
            text.append(file.line(n).strip()).append('\n');
        }
        return text.toString();
    }

    private static void checkMetadata(DrlText file, DrlText.Rule rule, Set<ReasonCode> declared,
            List<RuleProblem> problems) {
        rule.repeated().forEach((key, second) -> problems.add(new RuleProblem(file.path(), second.line(), "rule \""
                + rule.name() + "\" gives @" + key + " twice (first at line " + rule.metadata().get(key).line()
                + "): keep one", RuleProblem.Kind.METADATA)));
        String codes = declared.stream().sorted().map(ReasonCode::name).collect(Collectors.joining(", "));
        DrlText.Meta reason = rule.metadata().get("reason");
        if (reason == null || reason.value() == null || reason.value().isBlank()) {
            problems.add(new RuleProblem(file.path(), reason == null ? rule.line() : reason.line(),
                    "rule \"" + rule.name() + "\" has no @reason: add a line @reason(CODE) under its name, CODE one of "
                            + codes, RuleProblem.Kind.METADATA));
        } else if (declared.stream().noneMatch(c -> c.name().equals(reason.value().strip()))) {
            problems.add(new RuleProblem(file.path(), reason.line(), "unknown reason code " + reason.value().strip()
                    + " in @reason of rule \"" + rule.name() + "\"; the reason codes are: " + codes
                    + " (a new one is declared in " + RuleFiles.REASON_CODES_FILE + ")", RuleProblem.Kind.METADATA));
        }
        DrlText.Meta source = rule.metadata().get("source");
        if (source == null || source.value() == null || source.value().isBlank()) {
            problems.add(new RuleProblem(file.path(), source == null ? rule.line() : source.line(),
                    "rule \"" + rule.name() + "\" has no @source: add a line @source(\"...\") under its name saying"
                            + " where the knowledge comes from (a section of the article or a named guideline)", RuleProblem.Kind.METADATA));
        }
    }

    /**
     * Imports line by line; everything else over the whole file at once, so that a name split across
     * lines ({@code java} then {@code .io.File} on the next) is still one name.
     */
    private static void checkCode(DrlText file, List<RuleProblem> problems) {
        List<RuleProblem> found = new ArrayList<>();
        Map<Integer, Set<String>> refused = new TreeMap<>();
        StringBuilder code = new StringBuilder();
        int[] lineStarts = new int[file.lineCount()];
        for (int n = 1; n <= file.lineCount(); n++) {
            lineStarts[n - 1] = code.length();
            String line = file.code(n);
            if (UNICODE_ESCAPE.matcher(file.line(n)).find()) {
                found.add(new RuleProblem(file.path(), n, "a \\u escape is not allowed in a rule file: write the"
                        + " character itself (Java reads escapes before anything else, so they can hide code)", RuleProblem.Kind.REFUSED));
            }
            if (DIRECTION_MARK.matcher(file.line(n)).find()) {
                found.add(new RuleProblem(file.path(), n, "a mark that turns the direction of text is not allowed in a rule"
                        + " file (U+202E and its kin): an editor shows the line otherwise than the rule runs; delete it",
                        RuleProblem.Kind.REFUSED));
            }
            Matcher imp = IMPORT.matcher(line);
            if (imp.find()) {
                String name = imp.group(1).replaceAll("\\s+", "");
                if (!RuleLanguage.importsTheFactModel(name)) {
                    found.add(new RuleProblem(file.path(), n, RuleLanguage.importRefused(name), RuleProblem.Kind.REFUSED));
                }
                line = "";
            } else if (line.matches("\\s*package\\b.*")) {
                line = "";
            }
            code.append(line).append('\n');
        }
        StringBuilder rest = new StringBuilder(code);
        Matcher q = QUALIFIED.matcher(code);
        while (q.find()) {
            String name = q.group().replaceAll("\\s+", "");
            if (!allowedQualifiedName(name) || refusedWordIn(name) != null) {
                refusedAt(refused, lineOf(q.start(), lineStarts), name);
            }
            for (int i = q.start(); i < q.end(); i++) {
                if (rest.charAt(i) != '\n') {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        Matcher w = WORD.matcher(rest);
        while (w.find()) {
            if (REFUSED_NAMES.contains(w.group())) {
                refusedAt(refused, lineOf(w.start(), lineStarts), w.group());
            }
        }
        Matcher octal = OCTAL.matcher(rest);
        while (octal.find()) {
            String written = octal.group();
            found.add(new RuleProblem(file.path(), lineOf(octal.start(), lineStarts), written + " starts with 0, and a number"
                    + " that does is read as octal (010 is 8): write it without the leading zero", RuleProblem.Kind.REFUSED));
        }
        Matcher literal = CLASS_LITERAL.matcher(code);
        while (literal.find()) {
            refusedAt(refused, lineOf(literal.start(), lineStarts), ".class");
        }
        refused.forEach((n, names) -> names.forEach(name -> found.add(new RuleProblem(file.path(), n, name
                + " is not allowed in a rule: rules reason over the facts only, and may not reach files, network,"
                + " processes, reflection, threads or System; " + Refusals.WHAT_RULES_DO, RuleProblem.Kind.REFUSED))));
        found.sort(Comparator.comparingInt(RuleProblem::line));
        problems.addAll(found);
    }

    private static void refusedAt(Map<Integer, Set<String>> refused, int line, String name) {
        refused.computeIfAbsent(line, k -> new LinkedHashSet<>()).add(name);
    }

    /** The 1-based line of an offset into the file's code. */
    private static int lineOf(int offset, int[] lineStarts) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static String refusedWordIn(String qualifiedName) {
        for (String part : qualifiedName.split("\\.")) {
            if (REFUSED_NAMES.contains(part)) {
                return part;
            }
        }
        return null;
    }

    static boolean allowedQualifiedName(String name) {
        if (REFUSED_UNDER_JAVA_UTIL.stream().anyMatch(name::startsWith) || refusedWordIn(name) != null) {
            return false;
        }
        return NAMEABLE_PACKAGES.stream().anyMatch(name::startsWith);
    }
}
