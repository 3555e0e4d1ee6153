package org.backpainkb.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.backpainkb.internal.CaseDocuments;
import org.backpainkb.internal.HiddenCharacters;
import org.backpainkb.internal.WithinTime;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Case;
import org.backpainkb.model.InvalidCaseException;

/**
 * What {@code assess} is given, in order. Case files are read and checked here, before anything is
 * assessed; JSON Lines files are only found here, and read line by line as they are assessed.
 */
final class CaseInputs {

    /** Standard input, as an argument or as {@code --files-from}. */
    static final String STANDARD_INPUT = "-";

    /** One input: a case file already read, or a JSON Lines stream still to read. */
    sealed interface Input permits CaseFile, LinesFile {
    }

    /**
     * A case file, read and checked.
     *
     * @param file the file
     * @param value the case, or null when it was not kept and is read again to be assessed
     */
    record CaseFile(Path file, Case value) implements Input {
    }

    /**
     * How many bytes of case files are kept read, at most, between checking them all and assessing
     * them: a folder of a few hundred large files would otherwise fill the heap before the first is
     * assessed. The files past it are read again when their turn comes.
     */
    static final long KEPT_AHEAD_BYTES = 64L * 1024 * 1024;

    /** The longest to wait for a case file that is not a regular file (a pipe) to give its case. */
    static final Duration READ_LIMIT = Duration.ofSeconds(10);

    /**
     * A JSON Lines file, or standard input.
     *
     * @param name the name messages give it: the path as given, or {@code -}
     * @param file the file, or null for standard input
     */
    record LinesFile(String name, Path file) implements Input {
    }

    private final List<Input> inputs = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final long keptAheadBytes;
    private final Duration readLimit;
    private long kept;
    private boolean standardInputTaken;

    private CaseInputs(long keptAheadBytes, Duration readLimit) {
        this.keptAheadBytes = keptAheadBytes;
        this.readLimit = readLimit;
    }

    /**
     * Finds every input and reads every case file.
     *
     * @param arguments the paths given: files, folders, or {@code -}
     * @param filesFrom a file listing more paths, one a line, or {@code -}; null for none
     * @param in standard input
     * @return the inputs, and every refusal
     */
    static CaseInputs gather(List<Path> arguments, Path filesFrom, InputStream in) {
        return gather(arguments, filesFrom, in, KEPT_AHEAD_BYTES, READ_LIMIT);
    }

    /**
     * Finds every input and reads every case file, keeping at most so many bytes of them read.
     *
     * @param arguments the paths given: files, folders, or {@code -}
     * @param filesFrom a file listing more paths, one a line, or {@code -}; null for none
     * @param in standard input
     * @param keptAheadBytes how many bytes of case files to keep read; the rest are read again
     * @param readLimit the longest to wait for a case file that is not a regular file
     * @return the inputs, and every refusal
     */
    static CaseInputs gather(List<Path> arguments, Path filesFrom, InputStream in, long keptAheadBytes,
            Duration readLimit) {
        CaseInputs gathered = new CaseInputs(keptAheadBytes, readLimit);
        arguments.forEach(gathered::add);
        if (filesFrom != null) {
            gathered.addListed(filesFrom, in);
        }
        return gathered;
    }

    /** The inputs, in the order given, folders' files sorted by name. */
    List<Input> inputs() {
        return inputs;
    }

    /** One line per input that is missing, unreadable or refused, as {@code PATH: message}. */
    List<String> refusals() {
        return refusals;
    }

    private void add(Path path) {
        int hidden = HiddenCharacters.first(path.toString(), false);
        if (hidden >= 0) {
            // every message about the file starts with its name: a line break or an escape in it would
            // forge a line of stderr, or colour one
            refusals.add(HiddenCharacters.shown(path.toString()) + ": the file's name holds a character a screen does not"
                    + " show (" + HiddenCharacters.named(hidden) + "): rename the file");
        } else if (path.toString().equals(STANDARD_INPUT)) {
            if (takeStandardInput()) {
                inputs.add(new LinesFile(STANDARD_INPUT, null));
            }
        } else if (Files.isDirectory(path)) {
            addFolder(path);
        } else if (isJsonLines(path)) {
            if (Files.isRegularFile(path) && Files.isReadable(path)) {
                inputs.add(new LinesFile(path.toString(), path));
            } else {
                refusals.add(path + (Files.exists(path) ? ": cannot be read" : ": no such file"));
            }
        } else {
            addCaseFile(path);
        }
    }

    private void addCaseFile(Path file) {
        try {
            boolean regular = Files.isRegularFile(file) || !Files.exists(file);
            Case c = regular ? CaseReader.read(file) : readWithinTime(file, readLimit);
            // a pipe is read once: its case is kept whatever the bytes kept so far
            long size = regular ? Files.size(file) : 0;
            boolean keep = kept + size <= keptAheadBytes;
            kept += keep ? size : 0;
            inputs.add(new CaseFile(file, keep ? c : null));
        } catch (InvalidCaseException e) {
            refusals.add(file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            refusals.add(file + ": no such file");
        } catch (IOException e) {
            refusals.add(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a case file that is not a regular file (a pipe from the shell's {@code <(...)}, a device),
     * giving up when nothing comes within the limit: opening a named pipe that no one writes to waits
     * for ever.
     */
    private static Case readWithinTime(Path file, Duration limit) throws IOException {
        try {
            return WithinTime.run("backpain-kb-read " + file.getFileName(), limit, () -> {
                try {
                    return CaseReader.read(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (TimeoutException e) {
            throw new IOException("nothing came within " + WithinTime.inWords(limit) + ": it is not a regular"
                    + " file (a named pipe no one writes to?)", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading it", e);
        }
    }

    private void addFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> !Files.isDirectory(p) && (isJsonLines(p) || isCaseFile(p)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            refusals.add(folder + ": cannot be read (" + e.getMessage() + ")");
            return;
        }
        // a pipe or a device named like a case file in a folder is said, not skipped, nor waited for
        files.stream().filter(p -> !Files.isRegularFile(p))
                .forEach(p -> refusals.add(p + ": not a regular file; a folder's cases are files"));
        files = files.stream().filter(Files::isRegularFile).toList();
        if (files.isEmpty()) {
            refusals.add(folder + ": no case files in this folder (.json, .yaml, .yml, .jsonl, .ndjson)");
        }
        files.forEach(this::add);
    }

    private void addListed(Path list, InputStream in) {
        if (!list.toString().equals(STANDARD_INPUT)) {
            try (BufferedReader lines = Files.newBufferedReader(list)) {
                addListed(list, lines);
            } catch (NoSuchFileException e) {
                refusals.add(list + ": no such file");
            } catch (IOException e) {
                refusals.add(list + ": cannot be read (" + e.getMessage() + ")");
            }
        } else if (takeStandardInput()) {
            try {
                addListed(list, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                refusals.add(list + ": cannot be read (" + e.getMessage() + ")");
            }
        }
    }

    private void addListed(Path list, BufferedReader lines) throws IOException {
        String first = lines.readLine();
        boolean any = false;
        for (String line = first == null ? null : CaseDocuments.withoutByteOrderMark(first); line != null;
                line = lines.readLine()) {
            if (!line.isBlank()) {
                addListedPath(list, line.strip());
                any = true;
            }
        }
        if (!any) {
            refusals.add(list + ": names no case file: it is empty, or holds blank lines only (one path a line)");
        }
    }

    private void addListedPath(Path list, String path) {
        try {
            add(Path.of(path));
        } catch (InvalidPathException e) {
            refusals.add(list + ": " + e.getMessage());
        }
    }

    /** Standard input is read once: as cases or as the list of files, not both. */
    private boolean takeStandardInput() {
        if (standardInputTaken) {
            refusals.add(STANDARD_INPUT + ": standard input is read once, as cases (-) or as the list of"
                    + " --files-from -, not both");
            return false;
        }
        standardInputTaken = true;
        return true;
    }

    private static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
