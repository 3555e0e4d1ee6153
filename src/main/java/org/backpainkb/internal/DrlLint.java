package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The packages a rule file may import from, and the words of the message that says so. */
    static final List<String> ALLOWED_IMPORTS = List.of("org.backpainkb.model.", "org.backpainkb.rules.",
            "java.util.", "java.time.");
    static final String ALLOWED_IMPORTS_IN_WORDS =
            "org.backpainkb.model.*, org.backpainkb.rules.*, java.util.* and java.time.*";

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
            "parallelStream", "parallel", "wait", "notify", "notifyAll"));

    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+|function\\s+|accumulate\\s+)?([\\w.$]+(?:\\s*\\.\\s*\\*)?)");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])(java|javax|jdk|sun|com|org|net|io)\\s*\\.\\s*[\\w$]+(?:\\s*\\.\\s*[\\w$]+)*");
    private static final Pattern WORD = Pattern.compile("(?<![\\w$])[A-Za-z_][\\w$]*");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");

    private DrlLint() {
    }

    /**
     * Every problem the lint finds, in file and line order.
     *
     * @param files the rule files
     * @return the problems; empty when the files pass
     */
    public static List<RuleProblem> check(List<DrlText> files) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> firstRuleWithName = new HashMap<>();
        for (DrlText file : files) {
            checkCode(file, problems);
            for (DrlText.Rule rule : file.rules()) {
                checkMetadata(file, rule, problems);
                String where = file.path() + ":" + rule.line();
                String first = firstRuleWithName.putIfAbsent(rule.name(), where);
                if (first != null) {
                    problems.add(new RuleProblem(file.path(), rule.line(), "rule name \"" + rule.name()
                            + "\" is already used at " + first + "; every rule needs a name of its own"));
                }
            }
        }
        return problems;
    }

    private static void checkMetadata(DrlText file, DrlText.Rule rule, List<RuleProblem> problems) {
        String codes = Arrays.stream(ReasonCode.values()).map(Enum::name).collect(Collectors.joining(", "));
        DrlText.Meta reason = rule.metadata().get("reason");
        if (reason == null || reason.value() == null || reason.value().isBlank()) {
            problems.add(new RuleProblem(file.path(), reason == null ? rule.line() : reason.line(),
                    "rule \"" + rule.name() + "\" has no @reason: add a line @reason(CODE) under its name, CODE one of "
                            + codes));
        } else if (Arrays.stream(ReasonCode.values()).noneMatch(c -> c.name().equals(reason.value().strip()))) {
            problems.add(new RuleProblem(file.path(), reason.line(), "unknown reason code " + reason.value().strip()
                    + " in @reason of rule \"" + rule.name() + "\"; the reason codes are: " + codes));
        }
        DrlText.Meta source = rule.metadata().get("source");
        if (source == null || source.value() == null || source.value().isBlank()) {
            problems.add(new RuleProblem(file.path(), source == null ? rule.line() : source.line(),
                    "rule \"" + rule.name() + "\" has no @source: add a line @source(\"...\") under its name saying"
                            + " where the knowledge comes from (a section of the article or a named guideline)"));
        }
    }

    private static void checkCode(DrlText file, List<RuleProblem> problems) {
        for (int n = 1; n <= file.lineCount(); n++) {
            String code = file.code(n);
            Matcher imp = IMPORT.matcher(code);
            if (imp.find()) {
                String name = imp.group(1).replaceAll("\\s+", "");
                if (!allowedQualifiedName(name)) {
                    problems.add(new RuleProblem(file.path(), n, "import " + name + " is not allowed: rules may"
                            + " import only " + ALLOWED_IMPORTS_IN_WORDS
                            + " (nothing that reaches files, network, processes, reflection, threads or System)"));
                }
                continue;
            }
            if (code.matches("\\s*package\\b.*")) {
                continue;
            }
            Set<String> refused = new LinkedHashSet<>();
            Matcher q = QUALIFIED.matcher(code);
            StringBuilder rest = new StringBuilder(code);
            while (q.find()) {
                String name = q.group().replaceAll("\\s+", "");
                if (!allowedQualifiedName(name) || refusedWordIn(name) != null) {
                    refused.add(name);
                }
                for (int i = q.start(); i < q.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
            Matcher w = WORD.matcher(rest);
            while (w.find()) {
                if (REFUSED_NAMES.contains(w.group())) {
                    refused.add(w.group());
                }
            }
            if (CLASS_LITERAL.matcher(code).find()) {
                refused.add(".class");
            }
            for (String name : refused) {
                problems.add(new RuleProblem(file.path(), n, name + " is not allowed in a rule: rules reason over"
                        + " the facts only, and may not reach files, network, processes, reflection, threads or"
                        + " System (allowed: " + ALLOWED_IMPORTS_IN_WORDS + ")"));
            }
        }
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
        return ALLOWED_IMPORTS.stream().anyMatch(name::startsWith);
    }
}
