package org.backpainkb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backpainkb.RuleProblem;
import org.backpainkb.authoring.RulesValidator;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option of the rule authors' commands. Without it, the rules directory of
 * the project the command runs in ({@code ./rules-drl}) when there is one, else the bundled rules.
 */
final class RulesOption {

    /** The rules directory of the project, relative to where the command runs. */
    static final Path PROJECT_RULES = Path.of("rules-drl");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules directory. Default: ./rules-drl when it exists, else the rules bundled in the library.")
    Path rules;

    /**
     * The directory to use.
     *
     * @return the directory, or null for the bundled rules
     */
    Path directory() {
        if (rules != null) {
            return rules;
        }
        return Files.isDirectory(PROJECT_RULES) ? PROJECT_RULES : null;
    }

    /**
     * How to name a rule file in a message.
     *
     * @param file a path relative to the rules directory
     * @return the path the author can open
     */
    String display(String file) {
        Path dir = directory();
        if (dir == null || file.isEmpty() || Path.of(file).isAbsolute() || file.equals(dir.toString())) {
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
     * Validates the rules this option names.
     *
     * @return every problem, none when the rules are clean
     */
    List<RuleProblem> validate() {
        Path dir = directory();
        return dir == null ? RulesValidator.validateBundled() : RulesValidator.validate(dir);
    }

    /**
     * Prints problems as {@code path:line: message}, the path one the author can open.
     *
     * @param out where to print
     * @param problems the problems
     */
    void print(PrintWriter out, List<RuleProblem> problems) {
        problems.forEach(p -> out.println(display(p.file()) + ":" + p.line() + ": " + (p.blocking() ? "" : "warning: ")
                + p.message()));
    }
}
