package org.backpainkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.RuleProblem;
import org.backpainkb.RulesException;
import org.backpainkb.io.AssessmentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess}: reads cases and prints what the knowledge base concludes about each. */
@Command(name = AssessCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Assesses cases: stage, referral, advice, clearances.",
            "Case files are JSON or YAML, one case each, and are all read and checked before any case is assessed:"
                + " one bad case file, and nothing is assessed. JSON Lines files (.jsonl, .ndjson; - for standard"
                + " input) hold one case a line and are read as they are assessed: a bad line is reported on stderr"
                + " as FILE:LINE: path: message and the other lines are still assessed. A folder stands for its"
                + " .json, .yaml, .yml, .jsonl and .ndjson files, sorted by name, not those of its subfolders."
                + " Results come one per case in the order given.",
            "Exit status: 0 when every case was assessed; 2 when a case file, a folder or a list of files is bad"
                + " (nothing assessed) or when any JSON Lines line was refused (the others assessed).",
            "The rules are those of ./rules-drl when it exists, as for validate and test; --rules DIR picks"
                + " another directory, --bundled the rules bundled in the library."})
final class AssessCommand implements Callable<Integer> {

    /** The command's name on the command line. */
    static final String NAME = "assess";

    enum Format { text, json }

    /** More threads than this only queue more cases in memory. */
    private static final int MAX_THREADS = 256;

    private final Main.StandardStreams streams;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules = new RulesOption();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the advice and notes, e.g. de, when the rules have texts/LANG.yaml. Default: en.")
    private String language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable report, the default) or json (one result object per line, UTF-8).")
    private Format format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Assess N cases at once; results keep the input's order. Default: 1.")
    private int threads;

    @Option(names = "--case-time-limit", paramLabel = "SECONDS", defaultValue = "3",
            description = "Stop with status 2 when one case takes longer than this to assess: rules that match a huge"
                    + " number of combinations of facts would otherwise run on. Default: 3.")
    private int caseTimeLimit;

    @Option(names = "--files-from", paramLabel = "LIST",
            description = "Also assess the files and folders LIST names, one path a line; - reads the list from"
                    + " standard input, which then cannot also be the cases.")
    private Path filesFrom;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Case files (.json, .yaml), JSON Lines files (.jsonl, .ndjson), folders, or - for JSON Lines"
                    + " on standard input.")
    private List<Path> files = new ArrayList<>();

    AssessCommand(Main.StandardStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        rules.checkOneChoice(spec);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads is from 1 to " + MAX_THREADS + ", not " + threads);
        }
        if (caseTimeLimit < 1) {
            throw new ParameterException(spec.commandLine(), "--case-time-limit is at least 1 second, not " + caseTimeLimit);
        }
        if (files.isEmpty() && filesFrom == null) {
            throw new ParameterException(spec.commandLine(),
                    "no case given: name case files, folders or - (standard input), or give --files-from LIST");
        }
        CaseInputs inputs = CaseInputs.gather(files, filesFrom, streams.in());
        if (!inputs.refusals().isEmpty()) {
            inputs.refusals().forEach(err::println);
            return Main.BAD_INPUT;
        }
        KnowledgeBase kb = load(err);
        if (kb == null) {
            return Main.BAD_INPUT;
        }
        int refused;
        try (Batch.Results results = results()) {
            refused = new Batch(kb, threads, Duration.ofSeconds(caseTimeLimit), results, err, streams.in()).run(inputs.inputs());
        }
        return refused == 0 ? 0 : Main.BAD_INPUT;
    }

    private Batch.Results results() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.text) {
            return Batch.text(rules.source(), out);
        }
        return Batch.json(streams.out() == null ? AssessmentWriter.lines(out) : AssessmentWriter.lines(streams.out()));
    }

    /** The knowledge base, or null when it does not load (said on one line). */
    private KnowledgeBase load(PrintWriter err) {
        try {
            return rules.load(Locale.forLanguageTag(language));
        } catch (IllegalArgumentException e) {
            err.println("--lang " + language + ": " + e.getMessage());
            return null;
        } catch (RulesException e) {
            // One line: a directory problem names the directory, a rule file's problem the file in it.
            RuleProblem first = e.problems().get(0);
            int more = e.problems().size() - 1;
            err.println(rules.display(first.file()) + ":" + first.line() + ": " + oneLine(first.message())
                    + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s")
                    + "; `validate --rules " + rules.directory() + "` lists them all)"));
            return null;
        }
    }

    /** A message said on one line: a name split over lines in a rule file comes back as one. */
    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
