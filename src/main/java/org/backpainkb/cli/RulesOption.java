package org.backpainkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.authoring.RulesValidator;
import org.backpainkb.internal.RuleFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} and {@code --bundled} options, the same in every command. Without either,
 * the rules directory of the project the command runs in ({@code ./rules-drl}) when there is one, else
 * that folder itself when it holds rule files, else the bundled rules: what {@code validate} and
 * {@code test} check is what {@code assess} runs.
 */
final class RulesOption {

    /** The rules directory of the project, relative to where the command runs. */
    static final Path PROJECT_RULES = Path.of("rules-drl");

    /** How deep into its subfolders the folder of a scenarios folder is searched for rule files. */
    private static final int RULE_FOLDER_DEPTH = 4;

    /** The folder the command runs in. */
    static final Path HERE = Path.of(".");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules directory. Default: ./rules-drl when it exists, else the folder the command runs in"
                    + " when it holds .drl files, else the rules bundled in the library.")
    Path rules;

    @Option(names = "--bundled", description = "Use the rules bundled in the library, even where ./rules-drl exists.")
    boolean bundled;

    /**
     * Refuses {@code --rules} and {@code --bundled} together: they name different rules.
     *
     * @param spec the command, for the usage message
     * @throws CommandLine.ParameterException when both are given
     */
    void checkOneChoice(CommandSpec spec) {
        if (bundled && rules != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rules and --bundled name different rules: give one of them");
        }
    }

    /**
     * The directory to use.
     *
     * @return the directory, or null for the bundled rules
     */
    Path directory() {
        if (bundled) {
            return null;
        }
        if (rules != null) {
            return rules;
        }
        return defaultDirectory();
    }

    /**
     * Whether the rules were named, by {@code --rules} or {@code --bundled}.
     *
     * @return false when the command picks its default
     */
    boolean named() {
        return bundled || rules != null;
    }

    /**
     * The rules folder that scenarios belong to: the folder holding the {@code scenarios} folder they
     * are in, when it holds rule files.
     *
     * @param scenarios a scenario file or folder
     * @return the rules folder, relative to where the command runs when it is below it; null when they are in none
     */
    static Path owning(Path scenarios) {
        Path here = HERE.toAbsolutePath().normalize();
        for (Path p = scenarios.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            // the rules may be sorted into subfolders, as a rules directory is read
            if (p.getFileName() != null && p.getFileName().toString().equals("scenarios") && p.getParent() != null
                    && holdsRuleFiles(p.getParent(), RULE_FOLDER_DEPTH)) {
                Path folder = p.getParent();
                return folder.startsWith(here) && !folder.equals(here) ? here.relativize(folder) : folder;
            }
        }
        return null;
    }

    /**
     * The rules a command uses when none are named: the project's {@code ./rules-drl}; else the folder
     * the command runs in, when it holds rule files (a clinician working in a copy of the rules); else
     * the bundled rules.
     *
     * @return the directory, or null for the bundled rules
     */
    static Path defaultDirectory() {
        return defaultDirectory(HERE);
    }

    /**
     * The rules a command run in a folder uses when none are named.
     *
     * @param folder the folder the command runs in
     * @return its {@code rules-drl}, itself, or null for the bundled rules
     */
    static Path defaultDirectory(Path folder) {
        Path project = folder.equals(HERE) ? PROJECT_RULES : folder.resolve(PROJECT_RULES);
        if (Files.isDirectory(project)) {
            return project;
        }
        return holdsRuleFiles(folder) ? folder : null;
    }

    private static boolean holdsRuleFiles(Path dir) {
        return holdsRuleFiles(dir, 1);
    }

    /** Whether a folder holds rule files, in it or in subfolders to a depth. */
    private static boolean holdsRuleFiles(Path dir, int depth) {
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Loads the rules this option names. A directory holding exactly the bundled rule files and
     * thresholds (a fresh clone's {@code ./rules-drl}) loads the library's precompiled copy of them:
     * the same rules, the same hash, checked by the build, without compiling them again.
     *
     * @param locale the language of the patient texts
     * @return the knowledge base
     * @throws RulesException when the directory's rules do not load
     * @throws IllegalArgumentException when the rules have no texts in that language
     */
    KnowledgeBase load(Locale locale) {
        // Loaded ahead only when no --rules was given and ./rules-drl, if any, was found to be the
        // bundled rules: the directory this option names, already compared.
        KnowledgeBase ahead = BundledRulesAhead.take(locale);
        if (ahead != null) {
            return ahead;
        }
        Path dir = directory();
        KnowledgeBase.Builder builder = KnowledgeBase.builder().locale(locale);
        if (dir == null || sameAsBundled(dir)) {
            return builder.build();
        }
        return builder.rulesDirectory(dir).build();
    }

    /**
     * Whether a directory holds exactly the bundled rule files and thresholds.
     *
     * @param dir a rules directory
     * @return true for a fresh clone's {@code ./rules-drl}
     */
    static boolean sameAsBundled(Path dir) {
        return RuleFiles.fromDirectory(dir).sameFiles(RuleFiles.bundled());
    }

    /**
     * How to name a rule file in a message; a problem of no one file (the rules as a whole) names the
     * directory.
     *
     * @param file a path relative to the rules directory, or empty
     * @return the path the author can open
     */
    private String display(String file) {
        Path dir = directory();
        if (file.isEmpty()) {
            return dir == null ? "the bundled rules" : dir.toString();
        }
        if (dir == null || Path.of(file).isAbsolute() || file.equals(dir.toString())) {
            return file;
        }
        return dir.resolve(file).toString();
    }

    /**
     * The rules in words.
     *
     * @return the directory, or "the bundled rules"
     */
    String describe() {
        Path dir = directory();
        return dir == null ? "the bundled rules" : dir.toString();
    }

    /**
     * The rules in a report's header: the directory, or "bundled".
     *
     * @return the directory or "bundled"
     */
    String source() {
        Path dir = directory();
        return dir == null ? "bundled" : dir.toString();
    }

    /**
     * Validates the rules this option names.
     *
     * @return every problem, none when the rules are clean
     */
    List<RuleProblem> validate() {
        Path dir = directory();
        return dir == null ? RulesValidator.validateBundled() : RulesValidator.validate(dir);
    }

    /**
     * Where a problem is, with a path the author can open: {@code path:line}, or the path alone for
     * a problem of the whole file.
     *
     * @param problem the problem
     * @return the path and line
     */
    String where(RuleProblem problem) {
        return problem.location(display(problem.file()));
    }

    /**
     * Prints problems as {@code path:line: message}, the path one the author can open.
     *
     * @param out where to print
     * @param problems the problems
     */
    void print(PrintWriter out, List<RuleProblem> problems) {
        problems.forEach(p -> out.println(where(p) + ": " + (p.blocking() ? "" : "warning: ")
                + p.message()));
    }
}
