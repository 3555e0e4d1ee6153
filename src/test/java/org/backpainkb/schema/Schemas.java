package org.backpainkb.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The JSON Schemas the jar ships under {@code org/backpainkb/schema/}, loaded from the class path as
 * a user of the jar finds them. Their {@code $id}s are the repository's addresses, mapped here to
 * the class path so the schemas' references to each other resolve without a network.
 */
final class Schemas {

    /** Where the jar keeps the schemas. */
    static final String RESOURCE_FOLDER = "org/backpainkb/schema/";
    private static final String ID_PREFIX = "https://raw.githubusercontent.com/backpainkb/backpain-kb/main/docs/schema/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(ID_PREFIX, "classpath:" + RESOURCE_FOLDER)));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    static final JsonSchema CASE = load("case.schema.json");
    static final JsonSchema RESULT = load("result.schema.json");
    static final JsonSchema SCENARIO = load("scenario.schema.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private Schemas() {
    }

    private static JsonSchema load(String name) {
        return FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + name), CONFIG);
    }

    /** What a schema finds wrong with a document, as "location: message" lines; empty when it is valid. */
    static List<String> problems(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Like {@link #problems}, leaving out missing required fields: for a document that is a part of one. */
    static List<String> problemsOfAPart(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream()
                .filter(m -> !"required".equals(m.getType()))
                .map(ValidationMessage::getMessage).sorted().toList();
    }

    /** A JSON or YAML file as a tree, the way the library's readers see it. */
    static JsonNode tree(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") ? JSON.readTree(file.toFile()) : YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a folder whose names end in one of the given endings, sorted. */
    static List<Path> files(Path folder, String... endings) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> Stream.of(endings).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
