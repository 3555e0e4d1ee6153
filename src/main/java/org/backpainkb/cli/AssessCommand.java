package org.backpainkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.io.AssessmentWriter;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess}: reads case files and prints what the knowledge base concludes about each. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Assesses case files: stage, referral, advice, clearances.",
            "Case files are JSON or YAML. Every file is read and checked before any is assessed: one bad"
                + " file, and nothing is assessed (exit status 2). The rules are those of ./rules-drl when it"
                + " exists, as for validate and test; --rules DIR picks another directory, --bundled the rules"
                + " bundled in the library."})
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules = new RulesOption();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the advice and notes, e.g. de, when the rules have texts/LANG.yaml. Default: en.")
    private String language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable report, the default) or json (one result object per line).")
    private Format format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Case files, .json or .yaml.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        rules.checkOneChoice(spec);
        List<Case> cases = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Path file : files) {
            try {
                cases.add(CaseReader.read(file));
            } catch (InvalidCaseException e) {
                refusals.add(file + ": " + e.getMessage());
            } catch (NoSuchFileException e) {
                refusals.add(file + ": no such file");
            } catch (IOException e) {
                refusals.add(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        if (!refusals.isEmpty()) {
            refusals.forEach(err::println);
            return Main.BAD_INPUT;
        }
        KnowledgeBase kb;
        try {
            kb = rules.load(Locale.forLanguageTag(language));
        } catch (IllegalArgumentException e) {
            err.println("--lang " + language + ": " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (RulesException e) {
            // One line: a directory problem names the directory, a rule file's problem the file in it.
            RuleProblem first = e.problems().get(0);
            int more = e.problems().size() - 1;
            err.println(rules.display(first.file()) + ":" + first.line() + ": " + oneLine(first.message())
                    + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s")
                    + "; `validate --rules " + rules.directory() + "` lists them all)"));
            return Main.BAD_INPUT;
        }
        boolean first = true;
        for (Case c : cases) {
            if (format == Format.json) {
                out.println(AssessmentWriter.toJson(kb.assess(c)));
            } else {
                if (!first) {
                    out.println();
                }
                TextReport.print(kb.assess(c), rules.source(), out);
            }
            first = false;
        }
        return 0;
    }

    /** A message said on one line: a name split over lines in a rule file comes back as one. */
    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
