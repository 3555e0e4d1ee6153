package org.backpainkb.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.ContractShortfallException;
import org.backpainkb.RuleFailedException;
import org.backpainkb.RulesException;
import org.backpainkb.RunawayRulesException;
import org.slf4j.spi.SLF4JServiceProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backpain-kb} command: assess case files, and check and test edited rules. */
@Command(name = "backpain-kb", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a physiotherapist's advice on exercise and back pain into recommendations.")
public final class Main {

    /** Exit status for a bad case file, rule directory or command line: the input, not the program. */
    public static final int BAD_INPUT = 2;

    /** The subcommands that need none of the others, by name. */
    private static final Map<String, Class<?>> STANDALONE = Map.of(AssessCommand.NAME, AssessCommand.class,
            ValidateCommand.NAME, ValidateCommand.class, TestCommand.NAME, TestCommand.class);

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(runAsProgram(args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @return the exit status: 0 success, 1 failure, 2 bad input
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As a program: JSON results go to standard output as UTF-8 bytes, without a writer's re-encoding. */
    private static int runAsProgram(String... args) {
        quietLoggingUnlessConfigured();   // before the rules loading ahead makes the first logger
        BundledRulesAhead.startIfAssessing(args);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        return run(new StandardStreams(System.in, out), new PrintWriter(out, true), new PrintWriter(System.err, true),
                args);
    }

    /**
     * Runs the command line with other output streams.
     *
     * @param out where results go
     * @param err where errors go
     * @param args the arguments
     * @return the exit status
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new StandardStreams(System.in, null), out, err, args);
    }

    /**
     * Runs the command line with standard input and, for JSON results, standard output as bytes.
     *
     * @param streams standard input, and the bytes of standard output or null to write JSON to {@code out}
     * @param out where results go
     * @param err where errors go
     * @param args the arguments
     * @return the exit status
     */
    static int run(StandardStreams streams, PrintWriter out, PrintWriter err, String... args) {
        quietLoggingUnlessConfigured();
        int status;
        try {
            List<Path> files = filesOnlyAssess(args);
            status = files != null ? assessFiles(streams, out, err, files) : runParsed(streams, out, err, args);
        } catch (StackOverflowError | OutOfMemoryError | LinkageError e) {
            // picocli hands the handler exceptions only; an error of the JVM still gets one line, never a trace
            err.println("error: " + oneLine(e));
            status = BAD_INPUT;
        }
        if (out.checkError() && status == 0) {
            // what a command printed was lost (a report, validate's problems): success would hide it
            err.println("error: " + Batch.NOT_WRITTEN);
            status = 1;
        }
        err.flush();
        return status;
    }

    /** The command line parsed by picocli, and run. */
    private static int runParsed(StandardStreams streams, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(new Commands(streams), args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(commandLine.getErr(), e));
        return cli.execute(args);
    }

    /**
     * The files of an {@code assess} that names files and nothing else, or null for any other command
     * line. Picocli's set-up takes about a tenth of a one-off {@code assess} in a fresh JVM (it loads
     * and reads some 130 classes of its own, measured 2026-12-06), and the commonest one-off run, an
     * {@code assess} of files with every option at its default, needs none of it. An argument picocli
     * would read as more than a file is left to picocli: an option or {@code -} (it starts with a
     * dash), an argument file ({@code @}), an empty argument or one that is not a path.
     */
    static List<Path> filesOnlyAssess(String... args) {
        if (args.length < 2 || !args[0].equals(AssessCommand.NAME)) {
            return null;
        }
        List<Path> files = new ArrayList<>(args.length - 1);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
                return null;
            }
            try {
                files.add(Path.of(arg));
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return files;
    }

    /** {@code assess FILE...}: what picocli would run for it, and a failure said as picocli's handler says it. */
    private static int assessFiles(StandardStreams streams, PrintWriter out, PrintWriter err, List<Path> files) {
        try {
            return AssessCommand.forFiles(streams, files).assess(out, err);
        } catch (Exception e) {
            return failed(err, e);
        }
    }

    /** A command that failed: one line on the error stream, and the exit status its cause calls for. */
    private static int failed(PrintWriter err, Exception e) {
        err.println("error: " + oneLine(e));
        return e instanceof RulesException || e instanceof RuleFailedException || e instanceof RunawayRulesException
                || e instanceof ContractShortfallException || e instanceof InOrder.TooLongException ? BAD_INPUT : 1;
    }

    /**
     * The command line with its subcommands. Picocli reads a subcommand's annotations when it is
     * added, about 30 ms of a one-off run for the three that are not asked for: when the first
     * argument names {@code assess}, {@code validate} or {@code test}, only that one is added (the
     * others could not follow it anyway).
     */
    private static CommandLine commandLine(Commands factory, String... args) {
        CommandLine cli = new CommandLine(new Main(), factory);
        Class<?> asked = args.length > 0 ? STANDALONE.get(args[0]) : null;
        for (Class<?> command : List.of(AssessCommand.class, ValidateCommand.class, TestCommand.class,
                CommandLine.HelpCommand.class)) {
            if (asked == null || command == asked) {
                try {
                    cli.addSubcommand(factory.create(command));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot make the command " + command.getSimpleName(), e);
                }
            }
        }
        return cli;
    }

    /** A throwable's message on one line, its type when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("");
    }

    /** With no logging backend on the class path, say nothing rather than warn about it. */
    private static void quietLoggingUnlessConfigured() {
        if (System.getProperty("slf4j.provider") == null
                && ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isEmpty()) {
            System.setProperty("slf4j.internal.verbosity", "WARN");
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
    }

    /**
     * Standard input, and standard output as bytes.
     *
     * @param in standard input
     * @param out standard output's bytes, or null when only its writer is given
     */
    record StandardStreams(InputStream in, OutputStream out) {
    }

    /** Makes the commands, handing {@code assess} the standard streams. */
    private record Commands(StandardStreams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            return type == AssessCommand.class ? type.cast(new AssessCommand(streams))
                    : CommandLine.defaultFactory().create(type);
        }
    }

    /** The library's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"backpain-kb " + KnowledgeBase.libraryVersion()};
        }
    }
}
