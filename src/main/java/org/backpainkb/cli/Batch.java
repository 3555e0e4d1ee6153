package org.backpainkb.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.cli.CaseInputs.CaseFile;
import org.backpainkb.cli.CaseInputs.Input;
import org.backpainkb.cli.CaseInputs.LinesFile;
import org.backpainkb.cli.JsonLines.Line;
import org.backpainkb.io.AssessmentWriter;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;

/**
 * Assesses every input in order and writes each result as its turn comes, JSON Lines streamed
 * line by line: a refused line is reported on stderr as {@code FILE:LINE: path: message} and the
 * others are still assessed. Past {@value #MOST_REFUSALS_SHOWN} refusals, only how many more there
 * were is said, at the end.
 */
final class Batch {

    /**
     * How many refusals are printed: past them, only how many more there were. A file of a million
     * bad lines would otherwise print a message for each, many times the file's size.
     */
    static final int MOST_REFUSALS_SHOWN = 1_000;

    /** Where results go, one after the other. */
    interface Results extends Closeable {
        void write(Case c, Assessment assessment) throws IOException;
    }

    /** A readable report of one case's assessment. */
    interface Report {
        void print(Case c, Assessment assessment, PrintWriter out);
    }

    /** What became of one case: its assessment, or the line saying why it was refused. */
    private record Outcome(Case c, Assessment assessment, String refusal) {
    }

    /** One line read: its case, or the line saying why it was refused. */
    private record Read(Case c, String refusal) {
    }

    private final KnowledgeBase kb;
    private final int threads;
    private final Duration caseLimit;
    private final Results results;
    private final PrintWriter err;
    private final InputStream in;
    private int refused;

    /**
     * @param kb the knowledge base, shared by every thread
     * @param threads how many cases are assessed at once
     * @param caseLimit the longest one case's assessment may take before the run is stopped
     * @param results where the results go
     * @param err where refused lines are reported
     * @param in standard input, for {@code -}
     */
    Batch(KnowledgeBase kb, int threads, Duration caseLimit, Results results, PrintWriter err, InputStream in) {
        this.kb = kb;
        this.threads = threads;
        this.caseLimit = caseLimit;
        this.results = results;
        this.err = err;
        this.in = in;
    }

    /**
     * Assesses the inputs.
     *
     * @param inputs the case files read and the JSON Lines files to read
     * @return how many lines were refused or could not be read
     * @throws IOException when a result cannot be written
     */
    int run(List<Input> inputs) throws IOException {
        try (InOrder<Outcome> inOrder = new InOrder<>(threads, caseLimit, this::handOn)) {
            for (Input input : inputs) {
                if (input instanceof CaseFile file) {
                    inOrder.submit(file.file().toString(), () -> assess(file));
                } else {
                    stream((LinesFile) input, inOrder);
                }
            }
            inOrder.finish();
        }
        if (refused > MOST_REFUSALS_SHOWN) {
            err.println((refused - MOST_REFUSALS_SHOWN) + " more refused, not shown: only the first " + MOST_REFUSALS_SHOWN
                    + " refusals are printed; mend those and run again to see the rest");
        }
        return refused;
    }

    private void stream(LinesFile file, InOrder<Outcome> inOrder) throws IOException {
        InputStream stream;
        try {
            stream = file.file() == null ? in : Files.newInputStream(file.file());
        } catch (IOException e) {
            cannotRead(file, e, inOrder);
            return;
        }
        try {
            JsonLines lines = new JsonLines(stream);
            boolean any = false;
            while (true) {
                Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    cannotRead(file, e, inOrder);
                    return;
                }
                if (line == null) {
                    if (!any) {
                        // an empty input says nothing was assessed as plainly as a run whose every line was refused
                        String refusal = file.name() + ": no case in it: it is empty, or holds blank lines only (JSON Lines"
                                + " hold one case a line)";
                        inOrder.submit(file.name(), () -> new Outcome(null, null, refusal));
                    }
                    return;
                }
                any = true;
                if (threads == 1) {
                    // One assessing thread is the one busy core: this thread, which only reads and
                    // writes, takes the reading of each case off it. With more, this thread would be
                    // the one to wait for, and each job reads its own case.
                    Read read = read(file.name(), line);
                    inOrder.submit(where(file, line), () -> assess(read));
                } else {
                    inOrder.submit(where(file, line), () -> assess(read(file.name(), line)));
                }
            }
        } finally {
            if (stream != in) {
                stream.close();
            }
        }
    }

    private void cannotRead(LinesFile file, IOException e, InOrder<Outcome> inOrder) throws IOException {
        String refusal = file.name() + ": cannot be read (" + e.getMessage() + ")";
        inOrder.submit(file.name(), () -> new Outcome(null, null, refusal));
    }

    private static String where(LinesFile file, Line line) {
        return file.name() + ":" + line.number();
    }

    /** A case file's case, read again when it was not kept: it may have changed since it was checked. */
    private Outcome assess(CaseFile file) {
        if (file.value() != null) {
            return new Outcome(file.value(), kb.assess(file.value()), null);
        }
        try {
            Case c = CaseReader.read(file.file());
            return new Outcome(c, kb.assess(c), null);
        } catch (InvalidCaseException e) {
            return new Outcome(null, null, file.file() + ": " + e.getMessage() + " (read again to be assessed: it changed"
                    + " after it was checked)");
        } catch (IOException e) {
            return new Outcome(null, null, file.file() + ": cannot be read again to be assessed (" + e.getMessage() + ")");
        }
    }

    private Outcome assess(Read read) {
        return read.refusal() != null ? new Outcome(null, null, read.refusal())
                : new Outcome(read.c(), kb.assess(read.c()), null);
    }

    private static Read read(String file, Line line) {
        try {
            return new Read(CaseReader.readLine(line.bytes(), 0, line.bytes().length), null);
        } catch (InvalidCaseException e) {
            return new Read(null, file + ":" + line.number() + ": " + e.getMessage());
        }
    }

    private void handOn(Outcome outcome) throws IOException {
        if (outcome.assessment() != null) {
            results.write(outcome.c(), outcome.assessment());
        } else {
            refused++;
            if (refused <= MOST_REFUSALS_SHOWN) {
                err.println(outcome.refusal());
            }
        }
    }

    /**
     * Results as JSON Lines.
     *
     * @param lines the writer
     * @return the results
     */
    static Results json(AssessmentWriter.Lines lines) {
        return new Results() {
            @Override
            public void write(Case c, Assessment assessment) throws IOException {
                lines.write(assessment);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    /**
     * Results as a readable report, a blank line between two.
     *
     * @param report prints one assessment's report
     * @param out where to print
     * @return the results
     */
    static Results readable(Report report, PrintWriter out) {
        return new Results() {
            private boolean first = true;

            @Override
            public void write(Case c, Assessment assessment) throws IOException {
                if (!first) {
                    out.println();
                }
                report.print(c, assessment, out);
                first = false;
                // a PrintWriter keeps its failures to itself: asked after each report, a closed pipe
                // stops the run at once instead of assessing every case for no reader
                failIfNotWritten(out);
            }

            @Override
            public void close() throws IOException {
                failIfNotWritten(out);
            }
        };
    }

    /** What is said when output was lost. */
    static final String NOT_WRITTEN = "the output could not be written: standard output is closed or full, or the"
            + " program reading it has stopped";

    /**
     * Flushes a writer and fails when anything written to it was lost.
     *
     * @param out the writer
     * @throws IOException when the writer could not write (standard output closed, full, or a pipe
     *         whose reader has gone)
     */
    static void failIfNotWritten(PrintWriter out) throws IOException {
        if (out.checkError()) {
            throw new IOException(NOT_WRITTEN);
        }
    }
}
