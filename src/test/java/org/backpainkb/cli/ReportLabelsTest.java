package org.backpainkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The reports' own words: each language the library ships says every one of them. */
class ReportLabelsTest {

    private static Properties read(String name) throws IOException {
        try (InputStream in = ReportLabels.class.getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void theGermanLabelsSayEveryLabelTheEnglishOnesDo() throws IOException {
        assertThat(read("report-labels_de.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(read("report-labels.properties").stringPropertyNames());
    }
}
