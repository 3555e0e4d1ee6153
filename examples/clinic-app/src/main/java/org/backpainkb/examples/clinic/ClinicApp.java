package org.backpainkb.examples.clinic;

import java.io.IOException;
import java.nio.file.Path;
import org.backpainkb.Assessment;
import org.backpainkb.io.CaseReader;

/**
 * Assesses case files from the command line with the clinic's rules:
 * {@code ClinicApp RULES_DIR CASE_FILE...}.
 */
public final class ClinicApp {

    private ClinicApp() {
    }

    /**
     * Runs the app.
     *
     * @param args the rules directory, then one or more case files
     * @throws IOException when a case file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ClinicApp RULES_DIR CASE_FILE...");
            System.exit(2);
        }
        Clinic clinic = Clinic.withRulesFrom(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Assessment a = clinic.intake(CaseReader.read(Path.of(args[i])));
            a.recommendations().forEach(r -> System.out.println(r.priority() + ". " + r.advice()));
        }
    }
}
