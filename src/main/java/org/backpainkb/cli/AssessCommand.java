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
            "Exit status: 0 when every case was assessed; 2 when the input is bad (a case file, a folder or a list"
                + " of files bad or missing: nothing assessed; or any JSON Lines line refused: the others assessed),"
                + " or the rules or the command line are wrong; 1 when the program failed (for example its output"
                + " could not be written).",
            "The rules are those of ./rules-drl when it exists, as for validate and test; --rules DIR picks"
                + " another directory, --bundled the rules bundled in the library."})
final class AssessCommand implements Callable<Integer> {

    /** The command's name on the command line. */
    static final String NAME = "assess";

    enum Format { text, json, person }

    /** More threads than this only queue more cases in memory. */
    private static final int MAX_THREADS = 256;

    private final Main.StandardStreams streams;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulesOption rules = new RulesOption();

    // The defaults are the fields' first values, which picocli takes as the options' defaults, so that
    // an assess made without picocli (forFiles) has exactly the defaults of one parsed by it.
    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the advice and notes, e.g. de, when the rules have texts/LANG.yaml. Default: en.")
    private String language = "en";

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (a readable report, the default), person (the report for the person it is about: the"
                    + " advice, the exercises and why, in plain words, without codes, rule names or sources) or json (one"
                    + " result object per line, UTF-8).")
    private Format format = Format.text;

    @Option(names = "--threads", paramLabel = "N",
            description = "Assess N cases at once, N from 1 to 256; results keep the input's order. Default: 1.")
    private int threads = 1;

    @Option(names = "--case-time-limit", paramLabel = "SECONDS",
            description = "Stop with status 2 when one case takes longer than this to assess: rules that match a huge"
                    + " number of combinations of facts would otherwise run on. At least 1 second. Default: 3.")
    private int caseTimeLimit = 3;

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

    /**
     * An {@code assess} of these files with every option at its default: what picocli makes of
     * {@code assess FILE...}, made without it (see {@link Main#filesOnlyAssess}).
     *
     * @param streams standard input, and standard output's bytes or null
     * @param files the files, as picocli would convert them
     * @return the command, ready to {@link #assess}
     */
    static AssessCommand forFiles(Main.StandardStreams streams, List<Path> files) {
        AssessCommand command = new AssessCommand(streams);
        command.files.addAll(files);
        return command;
    }

    @Override
    public Integer call() throws IOException {
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
        return assess(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Reads, assesses and writes the cases, once the options are known to be valid.
     *
     * @param out where results go
     * @param err where refusals and problems go
     * @return the exit status
     * @throws IOException when a result cannot be written
     */
    int assess(PrintWriter out, PrintWriter err) throws IOException {
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
        try (Batch.Results results = results(kb, out)) {
            refused = new Batch(kb, threads, Duration.ofSeconds(caseTimeLimit), results, err, streams.in()).run(inputs.inputs());
        }
        return refused == 0 ? 0 : Main.BAD_INPUT;
    }

    private Batch.Results results(KnowledgeBase kb, PrintWriter out) throws IOException {
        if (format == Format.text) {
            ReportLabels words = ReportLabels.of(kb);
            return Batch.readable((c, a, o) -> TextReport.print(a, c, rules.source(), words, o), out);
        }
        if (format == Format.person) {
            ReportLabels words = ReportLabels.of(kb);
            return Batch.readable((c, a, o) -> PersonReport.print(a, c, words, o), out);
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
            int more = RuleProblem.count(e.problems()) - first.problemCount();
            err.println(rules.where(first) + ": " + oneLine(first.message())
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
