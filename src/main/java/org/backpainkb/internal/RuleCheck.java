package org.backpainkb.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.rules.LibraryExercise;
import org.backpainkb.rules.Thresholds;
import org.kie.api.builder.Message;

/**
 * The one way rule files become rules: every path that loads rules from files (a directory, the
 * builder, the command line, the reloader, the build of the bundled rules) comes here with the files
 * it read once, and what runs is compiled from exactly those files, after they have passed both checks:
 * <ol>
 * <li>what the files say, as Drools' parser reads them ({@link RuleLanguage}), with the lint's
 *     friendlier messages and metadata checks ({@link DrlLint}); a refused file reaches no compiler;</li>
 * <li>what the compiler made of them ({@link RuleBytecode}): every class read, nothing loaded until
 *     all have passed.</li>
 * </ol>
 * Every problem is collected, each at its file and line; a failure of a compiler itself becomes a
 * problem too, never an exception.
 */
public final class RuleCheck {

    /**
     * The outcome of a check.
     *
     * @param files the files checked
     * @param problems every problem, in file and line order; empty when the rules are good
     * @param rules the compiled rules when there is no problem, else null; the caller closes them
     * @param thresholds the thresholds read, when there is no problem, else null
     * @param library the exercise library read, when there is no problem, else null
     * @param module the checked module's bytes when there is no problem, else null
     * @param timing where the time went
     */
    public record Result(RuleFiles files, List<RuleProblem> problems, CompiledRules rules, Thresholds thresholds,
            List<LibraryExercise> library, byte[] module, Timing timing) {

        /**
         * Whether the rules are good to use: warnings alone do not stop them.
         *
         * @return true when there is no problem but warnings
         */
        public boolean ok() {
            return problems.stream().noneMatch(RuleProblem::blocking);
        }
    }

    /**
     * Where a check's time went, for the benchmarks.
     *
     * @param checkNanos reading the files for what a rule may contain, and reading the compiled classes
     * @param compileNanos compiling, and loading what was compiled
     */
    public record Timing(long checkNanos, long compileNanos) {
    }

    private RuleCheck() {
    }

    /**
     * Checks and compiles rule files, collecting every problem.
     *
     * @param files the rule files, as read once
     * @return every problem, and the compiled rules when there is none
     */
    public static Result check(RuleFiles files) {
        return check(files, true);
    }

    /**
     * Checks and compiles rule files, collecting every problem; with {@code contract}, compiled rules
     * are also put to the contract's statements ({@link ContractProbes}).
     *
     * @param files the rule files, as read once
     * @param contract whether the rules must reach the contract's statements 1 to 14: false only for a
     *     part of a rule set under test
     * @return every problem, and the compiled rules when there is none
     */
    public static Result check(RuleFiles files, boolean contract) {
        try {
            return checkAll(files, contract);
        } catch (StackOverflowError e) {
            // a check that recursed past the thread's stack on some text: the rules are refused, never the caller ended
            return new Result(files, List.of(new RuleProblem("", 0, "the rules could not be checked: a statement or"
                    + " a text is too long or too deeply nested to read; split it", RuleProblem.Kind.REFUSED)),
                    null, null, null, null, new Timing(0, 0));
        }
    }

    private static Result checkAll(RuleFiles files, boolean contract) {
        long start = System.nanoTime();
        long compiling = 0;
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> misshapen = new HashSet<>();
        Cap parts = new Cap(RuleFileShape.MAX_DIRECTORY_PARTS);
        for (RuleFiles.RuleFile f : files.drl()) {
            List<RuleProblem> shape = RuleFileShape.check(f.path(), f.text());
            if (!shape.isEmpty()) {
                problems.addAll(shape);
                misshapen.add(f.path());
            } else if (parts.passedBy(RuleFileShape.parts(f.text()))) {
                problems.add(new RuleProblem(f.path(), 0, "with this file, the rule files hold " + parts.count()
                        + " operators and commas; a rules directory may hold at most " + RuleFileShape.MAX_DIRECTORY_PARTS
                        + " (some twenty times the project's rules), because the compiler's work grows with every"
                        + " comparison it turns into code: say in one rule what several say alike",
                        RuleProblem.Kind.REFUSED));
                misshapen.add(f.path());
            } else if (parts.passed()) {
                misshapen.add(f.path());   // refused already: the files past the limit are not read further
            }
        }
        RuleFiles readable = misshapen.isEmpty() ? files : subset(files, f -> !misshapen.contains(f.path()));
        List<DrlText> texts = readable.drl().stream().map(f -> new DrlText(f.path(), f.text())).toList();
        Optional<RuleProblem> tooMany = RuleFileShape.tooManyRules(texts);
        if (tooMany.isPresent()) {
            problems.add(tooMany.get());
            return new Result(files, ordered(problems), null, null, null, null, new Timing(System.nanoTime() - start, 0));
        }
        RuleData.Read data = RuleData.read(files);
        problems.addAll(data.problems());
        problems.addAll(DrlLint.check(texts, data.data().reasonCodes().keySet()));
        texts.forEach(text -> problems.addAll(ThenBlockCheck.check(text)));
        texts.forEach(text -> problems.addAll(UnfinishedConclusions.check(text)));
        problems.addAll(ConclusionCycles.check(texts));
        problems.addAll(RiskConfinement.check(texts));
        // With a source or text file that cannot be read, every rule would be told that the source or text it
        // names is missing: the file's own problem is the one to fix first.
        if (data.problems().stream().noneMatch(p -> p.kind() == RuleProblem.Kind.FILES)) {
            problems.addAll(RuleForm.check(texts, data.data(), files::dataFile));
        }
        Thresholds thresholds = null;
        try {
            thresholds = ThresholdsFile.parse(files.thresholdsYaml());
            problems.addAll(ThresholdsFile.warnings(thresholds, files.thresholdsYaml()));
        } catch (RulesException e) {
            problems.addAll(e.problems());
        }
        List<LibraryExercise> library = null;
        try {
            library = library(files);
            problems.addAll(SuggestedExerciseIds.check(texts, library));
            problems.addAll(ExerciseTexts.check(data.data(), library, files, data.problems()));
        } catch (RulesException e) {
            problems.addAll(e.problems());
        }
        Set<String> unparsed = new HashSet<>();
        Set<String> slipped = new HashSet<>();
        for (DrlText text : texts) {
            List<RuleProblem> slips = DrlSlips.check(text);
            problems.addAll(slips);
            if (!slips.isEmpty()) {
                slipped.add(text.path());
            }
        }
        Cap compiledRules = new Cap(RuleFileShape.MAX_RULES);
        Cap pairingRules = new Cap(RuleJoins.MOST_PAIRING_RULES);
        Cap unrelatedPairings = new Cap(RuleJoins.MOST_UNRELATED_PAIRINGS);
        for (DrlText text : texts) {
            if (slipped.contains(text.path())) {
                continue;   // its slips are explained; the parser's messages about them would only confuse
            }
            RuleLanguage.Result language = RuleLanguage.check(text);
            if (compiledRules.passedBy(language.compiledRules())) {
                problems.add(new RuleProblem(text.path(), 0, "with the ors of its rules taken apart, as the compiler writes"
                        + " one rule for each way through them, the rules directory holds " + compiledRules.count()
                        + " rules up to this file; it may hold at most " + RuleFileShape.MAX_RULES + ": fewer ors, or"
                        + " fewer rules", RuleProblem.Kind.REFUSED));
            }
            for (RuleLanguage.PairingRule pairing : language.pairingRules()) {
                // a rule counts once for each way through its ors: the compiler writes a rule, and a network, for each
                if (pairingRules.passedBy(pairing.ways())) {
                    problems.add(new RuleProblem(text.path(), pairing.line(), "with this rule, the rules directory has "
                            + pairingRules.count() + " rules whose conditions pair facts of the case's lists or of"
                            + " conclusions (a rule counts once for each way through its ors, as the compiler writes one"
                            + " for each); it may have at most " + RuleJoins.MOST_PAIRING_RULES + ", because each tries"
                            + " up to a million pairs in every assessment: let one rule conclude what several pair for",
                            RuleProblem.Kind.REFUSED));
                }
                if (pairing.unrelated() && unrelatedPairings.passedBy(pairing.ways())) {
                    problems.add(new RuleProblem(text.path(), pairing.line(), "with this rule, the rules directory has "
                            + unrelatedPairings.count() + " rules that pair facts of the case's lists with nothing"
                            + " relating them (no condition of the second names the first; a rule counts once for each"
                            + " way through its ors); it may have at most " + RuleJoins.MOST_UNRELATED_PAIRINGS
                            + ", because the engine builds each of up to a million pairs before the rule can fire, where"
                            + " the time limit cannot stop it: relate the two (Exercise(category == $symptom...)), or"
                            + " write exists before the second when the rule only needs that there is one",
                            RuleProblem.Kind.REFUSED));
                }
            }
            problems.addAll(language.problems());
            problems.addAll(language.slips());
            if (!language.parsed()) {
                unparsed.add(text.path());
            }
            if (!language.slips().isEmpty()) {
                slipped.add(text.path());
            }
        }
        Set<String> refused = new HashSet<>();
        problems.stream().filter(p -> p.kind() == RuleProblem.Kind.REFUSED).forEach(p -> refused.add(p.file()));
        RuleFiles compilable = subset(readable, f -> !refused.contains(f.path()) && !unparsed.contains(f.path())
                && !slipped.contains(f.path()));
        ExecutableModel.Module module = null;
        RuleBytecode.Result bytecode = null;
        try {
            if (!unparsed.isEmpty()) {
                problems.addAll(DroolsCompiler.problems(subset(readable, f -> !refused.contains(f.path())
                        && !slipped.contains(f.path()))));
            } else if (!compilable.drl().isEmpty()) {
                long compileStart = System.nanoTime();
                module = compile(compilable, problems);
                compiling += System.nanoTime() - compileStart;
            }
            if (module != null) {
                bytecode = RuleBytecode.check(module.classes());
                problems.addAll(Refusals.of(bytecode, texts));
            }
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            problems.add(new RuleProblem("", 0, "the rules could not be compiled: " + e, RuleProblem.Kind.COMPILE));
        }
        List<RuleProblem> all = ordered(problems);
        boolean blocked = all.stream().anyMatch(RuleProblem::blocking);
        if (blocked || module == null) {
            return new Result(files, blocked ? all : concat(all, noRules()), null, null, null, null,
                    new Timing(System.nanoTime() - start - compiling, compiling));
        }
        long loadStart = System.nanoTime();
        CompiledRules rules = ModuleLoader.load(module, files.hash(), false, data.data(), bytecode.rulesOfClass());
        long loading = System.nanoTime() - loadStart;
        List<RuleProblem> shortfalls = contract ? ContractProbes.check(rules, thresholds, library) : List.of();
        if (!shortfalls.isEmpty()) {
            rules.close();
            List<RuleProblem> fallShort = new ArrayList<>(all);
            fallShort.addAll(shortfalls);
            return new Result(files, fallShort, null, null, null, null,
                    new Timing(loadStart - start - compiling, compiling + loading));
        }
        return new Result(files, all, rules, thresholds, library, module.bytes(),
                new Timing(loadStart - start - compiling, compiling + loading));
    }

    /**
     * Reads the exercise library of rule files: their own, else the bundled one.
     *
     * @param files the rule files
     * @return the library
     * @throws RulesException naming the file and line of every problem
     */
    public static List<LibraryExercise> library(RuleFiles files) {
        return ExerciseLibraryFile.parse(files.exercisesYaml() != null ? files.exercisesYaml()
                : RuleFiles.bundledExercisesYaml());
    }

    /**
     * Checks and compiles rule files, refusing them when anything is wrong.
     *
     * @param files the rule files, as read once
     * @return the result, whose rules the caller closes
     * @throws RulesException listing every problem, each with file and line
     */
    public static Result load(RuleFiles files) {
        return load(files, true);
    }

    /**
     * Checks and compiles rule files, refusing them when anything is wrong.
     *
     * @param files the rule files, as read once
     * @param contract whether the rules must reach the contract's statements 1 to 14
     * @return the result, whose rules the caller closes
     * @throws RulesException listing every problem, each with file and line
     */
    public static Result load(RuleFiles files, boolean contract) {
        Result result = check(files, contract);
        if (!result.ok()) {
            throw new RulesException(result.problems().stream().filter(RuleProblem::blocking).toList());
        }
        return result;
    }

    /** Compiles into the executable model; when that fails, the classic compiler says where, in words. */
    private static ExecutableModel.Module compile(RuleFiles files, List<RuleProblem> problems) {
        ExecutableModel.Outcome outcome;
        try {
            outcome = ExecutableModel.compile(files);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            // the compiler's own assertion ("array store with invalid types") is a mistake of a rule, as its exceptions are
            problems.addAll(compilerFailures(files, e));
            return null;
        }
        if (outcome.module() != null) {
            return outcome.module();
        }
        // the lint reports duplicate names already, pointing at the second use in file order
        List<RuleProblem> explained = DroolsCompiler.problems(files).stream()
                .filter(p -> p.kind() != RuleProblem.Kind.METADATA).toList();
        if (!explained.isEmpty() || problems.stream().anyMatch(p -> p.kind() == RuleProblem.Kind.METADATA || p.kind() == RuleProblem.Kind.REFERENCE)) {
            problems.addAll(explained);
        } else {
            problems.addAll(executableModelOnly(files, outcome.errors()));
        }
        return null;
    }

    /**
     * Problems only the executable model has (the classic compiler accepts the rules): its messages
     * point into generated Java, so each file is compiled alone to say which one it is.
     */
    private static List<RuleProblem> executableModelOnly(RuleFiles files, List<Message> errors) {
        String first = errors.isEmpty() ? "" : errors.get(0).getText().lines().findFirst().orElse("");
        return failingAlone(files).stream().map(f -> new RuleProblem(f.path(), 0, "a rule in this file cannot be"
                + " compiled into the checked form (" + first + "); one known cause: an arithmetic on a field beside a"
                + " bound variable, such as `a > b + $x`, which can often be written `a - b > $x`")).toList();
    }

    /**
     * The files whose rules make the compiler itself fail, not report a mistake: its exception names no
     * file, so each file is compiled alone to say which.
     */
    private static List<RuleProblem> compilerFailures(RuleFiles files, Throwable e) {
        String lookFor = e instanceof StackOverflowError
                ? "look for code nested deeper than the compiler can follow, such as a long chain of casts, calls or"
                        + " brackets, and split it into steps"
                : "look for a condition that compares a field with a fact, or with a value of another kind, such as"
                        + " intensity in (1, 2, $symptom), or for code in a then block that the compiler cannot turn into"
                        + " its checked form, such as an array or a number too large to write";
        List<RuleProblem> problems = new ArrayList<>(failingAlone(files).stream().map(f -> new RuleProblem(f.path(), 0,
                "a rule in this file makes the rule compiler fail (" + e.getClass().getSimpleName() + "): " + lookFor,
                RuleProblem.Kind.COMPILE)).toList());
        if (problems.isEmpty()) {
            problems.add(new RuleProblem("", 0, "the rule compiler failed (" + e.getClass().getSimpleName() + ") on the"
                    + " rules together, though on no file alone", RuleProblem.Kind.COMPILE));
        }
        return problems;
    }

    /** The rule files that do not compile on their own; the one file, when there is one. */
    private static List<RuleFiles.RuleFile> failingAlone(RuleFiles files) {
        if (files.drl().size() == 1) {
            return files.drl();
        }
        return files.drl().stream().filter(f -> {
            try {
                return ExecutableModel.compile(files.withDrl(List.of(f))).module() == null;
            } catch (RuntimeException | StackOverflowError | AssertionError alone) {
                return true;
            }
        }).toList();
    }

    private static RuleFiles subset(RuleFiles files, java.util.function.Predicate<RuleFiles.RuleFile> keep) {
        return files.withDrl(files.drl().stream().filter(keep).toList());
    }

    private static List<RuleProblem> concat(List<RuleProblem> warnings, RuleProblem last) {
        List<RuleProblem> all = new ArrayList<>(warnings);
        all.add(last);
        return all;
    }

    private static RuleProblem noRules() {
        return new RuleProblem("", 0, "no rule could be compiled", RuleProblem.Kind.COMPILE);
    }

    /** In file and line order; a refusal said twice at one line (by the lint and the parser's check) once. */
    private static List<RuleProblem> ordered(List<RuleProblem> problems) {
        Map<String, RuleProblem> unique = new LinkedHashMap<>();
        for (RuleProblem p : problems) {
            String key = p.kind() == RuleProblem.Kind.REFUSED ? p.file() + ":" + p.line() + ":refused"
                    : p.file() + ":" + p.line() + ":" + p.message();
            unique.putIfAbsent(key, readable(p));
        }
        List<RuleProblem> sorted = unique.values().stream()
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)).toList();
        return atMostAFile(sorted);
    }

    /** The most problems said of one file; the rest are counted. */
    public static final int MOST_PROBLEMS_A_FILE = 100;

    /**
     * The first problems of each file, and a count of the rest: a file of thousands of refused keys
     * would bury the others in megabytes of the same line. The rest are counted by kind, blocking
     * problems (the count as blocking as the first of them, so that none left unsaid lets the rules
     * load) apart from warnings, each count saying how many it stands for.
     *
     * @param sorted the problems, sorted by file
     * @return at most {@link #MOST_PROBLEMS_A_FILE} a file, each file's count after them
     */
    static List<RuleProblem> atMostAFile(List<RuleProblem> sorted) {
        List<RuleProblem> said = new ArrayList<>();
        for (int start = 0; start < sorted.size(); ) {
            String file = sorted.get(start).file();
            int end = start;
            while (end < sorted.size() && sorted.get(end).file().equals(file)) {
                end++;
            }
            int shown = Math.min(end - start, MOST_PROBLEMS_A_FILE);
            said.addAll(sorted.subList(start, start + shown));
            List<RuleProblem> unsaid = sorted.subList(start + shown, end);
            int unsaidBlocking = (int) unsaid.stream().filter(RuleProblem::blocking).count();
            int unsaidWarnings = unsaid.size() - unsaidBlocking;
            if (unsaidBlocking > 0) {
                RuleProblem.Kind kind = unsaid.stream().filter(RuleProblem::blocking).findFirst().orElseThrow().kind();
                said.add(new RuleProblem(file, 0, "and " + unsaidBlocking + " more " + (unsaidBlocking == 1 ? "problem" : "problems")
                        + " in this file, not listed", kind, unsaidBlocking));
            }
            if (unsaidWarnings > 0) {
                said.add(new RuleProblem(file, 0, "and " + unsaidWarnings + " more " + (unsaidWarnings == 1 ? "warning" : "warnings")
                        + " in this file, not listed", RuleProblem.Kind.WARNING, unsaidWarnings));
            }
            start = end;
        }
        return said;
    }

    /** A name in a message longer than this is shortened: the compiler repeats a token whole, up to a line's length. */
    static final int LONGEST_NAME = 120;
    private static final Pattern LONG_NAME = Pattern.compile("[\\w$]{" + (LONGEST_NAME + 1) + ",}");

    /** The problem with each overlong name cut to its start and its length, so the message stays readable. */
    private static RuleProblem readable(RuleProblem p) {
        Matcher m = LONG_NAME.matcher(p.message());
        if (!m.find()) {
            return p;
        }
        StringBuilder shorter = new StringBuilder();
        do {
            m.appendReplacement(shorter, Matcher.quoteReplacement(m.group().substring(0, 40) + "... ("
                    + m.group().length() + " characters)"));
        } while (m.find());
        m.appendTail(shorter);
        return new RuleProblem(p.file(), p.line(), shorter.toString(), p.kind());
    }

    /** A count a rules directory may reach only so far: the addition that first passes it is refused. */
    private static final class Cap {
        private final long most;
        private long count;

        Cap(long most) {
            this.most = most;
        }

        /** Adds to the count; true when this addition is the one that takes it past the most. */
        boolean passedBy(long added) {
            boolean within = count <= most;
            count += added;
            return within && count > most;
        }

        long count() {
            return count;
        }

        boolean passed() {
            return count > most;
        }
    }
}
