package org.backpainkb.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The app's command line: the clinic's rules directory, then case files. */
class ClinicAppTest {

    @Test
    void the_command_line_prints_the_advice_for_each_case_file() throws Exception {
        Path rules = Path.of(System.getProperty("backpainkb.rules.dir"));
        Path walkingHurts = rules.resolve("../examples/walking-hurts.yaml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            ClinicApp.main(new String[] {rules.toString(), walkingHurts.toString()});
        } finally {
            System.setOut(original);
        }

        // the console also carries the log (Logback writes to standard output): take the advice lines
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.matches("\\d+\\. .*")))
                .singleElement().asString()
                .startsWith("3. Walking is not bad for your back");
    }
}
