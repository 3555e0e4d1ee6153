package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated example files through the command line: every run ends with status 0 or 2 and never
 * prints a stack trace or an exception's name. Seeded, so a failure repeats.
 */
class CommandLineFuzzTest {

    private static final long SEED = 20261123L;
    private static final int MUTANTS = 160;
    private static final String[] TOKENS = {"[", "]", "{", "}", ":", ",", "-", "\"", "'", "&a", "*a", "!!binary",
        "null", "~", "-1", "99999999999999999999", "1e400", "NaN", "true", "\n", "  ", "\t", "#", "\\u0000", "?",
        "<<: *a", "!!python/object", "%YAML 1.1", "---", "...", "|", ">"};

    @TempDir
    Path dir;

    @Test
    void mutatedCaseFilesEndWithStatusZeroOrTwoAndNeverAStackTrace() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        Random random = new Random(SEED);
        int assessed = 0;
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Path example = examples.get(random.nextInt(examples.size()));
            byte[] mutant = mutate(Files.readAllBytes(example), random);
            Path file = dir.resolve("mutant-" + i + (example.toString().endsWith(".json") ? ".json" : ".yaml"));
            Files.write(file, mutant);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(new PrintWriter(out), new PrintWriter(err), "assess", "--format",
                    random.nextBoolean() ? "json" : "text", file.toString());

            String what = "mutant " + i + " of " + example + ":\n" + new String(mutant, StandardCharsets.UTF_8)
                    + "\nerr: " + err;
            assertThat(status).as(what).isIn(0, 2);
            assertThat(err.toString()).as(what).doesNotContain("\tat ").doesNotContain("Exception");
            if (status == 0) {
                assessed++;
                assertThat(out.toString()).as(what).isNotBlank();
            } else {
                refused++;
                assertThat(err.toString()).as(what).startsWith(file.toString() + ": ");
            }
        }
        // the mutations are neither all harmless nor all fatal
        assertThat(assessed).isPositive();
        assertThat(refused).isPositive();
    }

    /** One to four edits: flip bytes, insert a token, delete or repeat a span. */
    private static byte[] mutate(byte[] original, Random random) {
        List<Byte> bytes = new ArrayList<>(original.length + 64);
        for (byte b : original) {
            bytes.add(b);
        }
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 -> {
                    byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int k = token.length - 1; k >= 0; k--) {
                        bytes.add(at, token[k]);
                    }
                }
                case 2 -> {
                    int end = Math.min(bytes.size(), at + 1 + random.nextInt(20));
                    bytes.subList(at, end).clear();
                }
                case 3 -> {
                    int end = Math.min(bytes.size(), at + 1 + random.nextInt(40));
                    List<Byte> span = new ArrayList<>(bytes.subList(at, end));
                    for (int r = 0; r < 1 + random.nextInt(3); r++) {
                        bytes.addAll(end, span);
                    }
                }
                default -> bytes.set(at, (byte) "0123456789 -:[]{}".charAt(random.nextInt(17)));
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }
}
