package org.backpainkb;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module the build made (the tests run on the class path, so it is read from the compiled classes):
 * it exports the API packages and nothing else, and opens only what Jackson must instantiate and the
 * shipped schemas.
 */
class ModuleDescriptorTest {

    private static final ModuleDescriptor MODULE = ModuleFinder.of(classes()).find("org.backpainkb")
            .orElseThrow(() -> new AssertionError("no module org.backpainkb in " + classes()))
            .descriptor();

    @Test
    void it_is_a_named_module_not_an_automatic_one() {
        assertThat(MODULE.isAutomatic()).isFalse();
        assertThat(MODULE.isOpen()).isFalse();
    }

    @Test
    void it_exports_exactly_the_api_packages_to_everyone() {
        assertThat(MODULE.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.toString()).isFalse());
        assertThat(MODULE.exports().stream().map(ModuleDescriptor.Exports::source))
                .containsExactlyInAnyOrderElementsOf(ApiBoundaryTest.API_PACKAGES);
    }

    @Test
    void the_internals_are_not_exported() {
        Set<String> exported = MODULE.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(MODULE.packages()).contains("org.backpainkb.internal", "org.backpainkb.cli");
        assertThat(exported).doesNotContain("org.backpainkb.internal", "org.backpainkb.internal.binding",
                "org.backpainkb.cli");
    }

    @Test
    void it_opens_the_case_deserializer_to_jackson_and_the_schemas_to_readers_and_nothing_else() {
        assertThat(MODULE.opens()).extracting(ModuleDescriptor.Opens::toString).containsExactlyInAnyOrder(
                "org.backpainkb.internal.binding to [com.fasterxml.jackson.databind]", "org.backpainkb.schema");
    }

    private static Path classes() {
        try {
            return Path.of(KnowledgeBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
