package org.backpainkb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backpainkb.io.CaseReader;
import org.backpainkb.model.Case;

/** The case files of the examples folder, the cases the session's figures are measured with. */
final class ExampleCases {

    private ExampleCases() {
    }

    /** The examples folder, set by the bench profile; the working directory's when run by hand. */
    static Path folder() {
        return Path.of(System.getProperty("bench.examples", "examples"));
    }

    /**
     * The texts of the case files, in name order: read afresh for each person, so that no two
     * people share a fact and the heap measured is each person's own.
     */
    static List<String> texts() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted()
                    .map(ExampleCases::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each example read once. */
    static List<Case> cases() {
        return texts().stream().map(CaseReader::parse).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
