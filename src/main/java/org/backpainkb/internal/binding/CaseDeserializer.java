package org.backpainkb.internal.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.backpainkb.internal.CaseDocuments;
import org.backpainkb.internal.Trees;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.backpainkb.internal.CaseMapper;
import org.backpainkb.model.Case;

/**
 * How any Jackson {@code ObjectMapper} reads a {@link Case}: through the library's own strict mapping,
 * whatever the mapper's settings, so a framework that ignores unknown fields (Spring Boot does) cannot
 * silently drop a misspelled red flag. Refusals are {@link org.backpainkb.model.InvalidCaseException}s
 * naming every field's full path; Jackson passes them on as the cause of its own exception.
 */
public final class CaseDeserializer extends StdDeserializer<Case> {

    private static final long serialVersionUID = 1L;

    /** Made by Jackson, named by the annotation on {@link Case}. */
    public CaseDeserializer() {
        super(Case.class);
    }

    @Override
    public Case deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode tree;
        try {
            // Read by the library, not by the application's mapper, which may keep the last of a field given twice.
            tree = Trees.read(parser);
        } catch (Trees.DuplicateField e) {
            throw CaseDocuments.refusal(e, !(parser instanceof YAMLParser));
        }
        return CaseMapper.toCase(tree, "");
    }
}
