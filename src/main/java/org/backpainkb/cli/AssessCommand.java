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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess}: reads case files and prints what the knowledge base concludes about each. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Assesses case files: stage, referral, advice, clearances.",
            "Case files are JSON or YAML. Every file is read and checked before any is assessed: one bad"
                + " file, and nothing is assessed (exit status 2)."})
final class AssessCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory to use instead of the bundled rules.")
    private Path rules;

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
            KnowledgeBase.Builder builder = KnowledgeBase.builder().locale(Locale.forLanguageTag(language));
            kb = (rules == null ? builder : builder.rulesDirectory(rules)).build();
        } catch (IllegalArgumentException e) {
            err.println("--lang " + language + ": " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (RulesException e) {
            // One line: a directory problem names the directory, a rule file's problem the file in it.
            RuleProblem first = e.problems().get(0);
            String where = (rules == null || first.file().equals(rules.toString()) ? "" : rules + "/") + first;
            int more = e.problems().size() - 1;
            err.println(where + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s")
                    + "; `validate --rules " + rules + "` lists them all)"));
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
                TextReport.print(kb.assess(c), out);
            }
            first = false;
        }
        return 0;
    }
}
