package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs of the command line in this JVM, the golden case files, and what the tests read off a JSON result. */
final class CommandLineRuns {

    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> CATEGORIES = List.of("WALKING", "AEROBIC", "MOBILITY", "MOTOR_CONTROL", "STABILITY",
            "CORE_STRENGTH", "STRENGTH");

    private CommandLineRuns() {
    }

    /** What one run of the command line gave. */
    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }

        String lastLine() {
            List<String> lines = lines();
            return lines.get(lines.size() - 1);
        }

        List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
            return lines;
        }

        JsonNode onlyJson() throws IOException {
            List<JsonNode> lines = jsonLines();
            assertThat(lines).hasSize(1);
            return lines.get(0);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    static Path golden() {
        try {
            return Path.of(CommandLineRuns.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String golden(String name) {
        return golden().resolve(name + ".yaml").toString();
    }

    static Stream<String> goldenCases() throws IOException {
        try (Stream<Path> files = Files.list(golden())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    static JsonNode assessJson(String name) throws IOException {
        Run run = run("assess", "--format", "json", golden(name));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.onlyJson();
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.isNull() ? null : n.asText()));
        return values;
    }

    /** A result's clearance of one category. */
    static JsonNode clearance(JsonNode result, String category) {
        for (JsonNode c : result.get("clearances")) {
            if (c.get("category").asText().equals(category)) {
                return c;
            }
        }
        throw new AssertionError("no clearance for " + category);
    }

    static String decision(JsonNode result, String category) {
        return clearance(result, category).get("decision").asText();
    }

    static String clearanceReason(JsonNode result, String category) {
        JsonNode reason = clearance(result, category).get("reason");
        return reason.isNull() ? null : reason.asText();
    }
}
