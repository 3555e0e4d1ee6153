package org.backpainkb.examples.modular;

import java.io.IOException;
import java.nio.file.Path;
import org.backpainkb.Assessment;
import org.backpainkb.KnowledgeBase;
import org.backpainkb.io.AssessmentWriter;
import org.backpainkb.io.CaseReader;

/**
 * Assesses case files with the bundled rules and prints each result as one line of JSON:
 * {@code ModularApp CASE_FILE...}.
 */
public final class ModularApp {

    private final KnowledgeBase kb = KnowledgeBase.bundled();

    /**
     * Assesses one case file.
     *
     * @param caseFile a case in JSON or YAML
     * @return the assessment
     * @throws IOException when the file cannot be read
     */
    public Assessment assess(Path caseFile) throws IOException {
        return kb.assess(CaseReader.read(caseFile));
    }

    /**
     * Runs the app.
     *
     * @param args one or more case files
     * @throws IOException when a case file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ModularApp CASE_FILE...");
            System.exit(2);
        }
        ModularApp app = new ModularApp();
        for (String file : args) {
            System.out.println(AssessmentWriter.toJson(app.assess(Path.of(file))));
        }
    }
}
