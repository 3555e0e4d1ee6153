package org.backpainkb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.backpainkb.authoring.RuleFixtures;
import org.junit.jupiter.api.Test;

/** The build's JSON copies of the bundled reference data: the same trees, and only for the very files. */
class PrecomputedTreesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBundledReferenceDataFileIsReadFromACopyWithTheSameTreeAsItsYaml() throws Exception {
        RuleFiles bundled = RuleFiles.bundled();
        List<String> texts = new ArrayList<>(bundled.data().stream().map(RuleFiles.RuleFile::text).toList());
        texts.add(bundled.thresholdsYaml());

        for (String text : texts) {
            assertThat(PrecomputedTrees.copyOf(text)).as("a copy of\n%s", text).isNotNull();
            assertThat(JSON.readTree(PrecomputedTrees.copyOf(text))).isEqualTo(Trees.read(new YAMLFactory(), text));
        }
    }

    @Test
    void copiesMadeFromOtherFilesAreNotUsed() {
        RuleFiles files = RuleFiles.fromDirectory(RuleFixtures.PROJECT_RULES);
        RuleFiles edited = new RuleFiles(files.drl(), files.thresholdsYaml() + "\n# edited\n", files.data());
        RuleFiles madeFrom = new RuleFiles(files.drl(), files.thresholdsYaml() + "\n# before the edit\n", files.data());

        PrecomputedTrees.register(edited, PrecomputedTrees.write(madeFrom).getBytes(StandardCharsets.UTF_8));

        assertThat(PrecomputedTrees.copyOf(edited.thresholdsYaml())).isNull();
    }

    @Test
    void copiesTheLibraryCannotReadAreIgnored() {
        RuleFiles files = RuleFiles.fromDirectory(RuleFixtures.PROJECT_RULES);
        RuleFiles edited = new RuleFiles(files.drl(), files.thresholdsYaml() + "\n# edited again\n", files.data());

        PrecomputedTrees.register(edited, "{\"checksum\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(PrecomputedTrees.copyOf(edited.thresholdsYaml())).isNull();
    }
}
