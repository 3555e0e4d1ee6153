package org.backpainkb.internal.binding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.backpainkb.internal.CaseDocuments;
import org.backpainkb.internal.CaseMapper;
import org.backpainkb.internal.Trees;

/**
 * How any Jackson {@code ObjectMapper} reads one value of a case bound on its own (a fact such as a
 * {@link org.backpainkb.model.Symptom} or a {@link org.backpainkb.model.RedFlag}, the core, the
 * person, a STarT Back screening), as {@link CaseDeserializer} reads a whole case: through the
 * library's own strict mapping, whatever the mapper's settings. An application that takes a fact
 * from a request body for {@code PersonSession.add} cannot have a misspelled field ignored, a
 * missing answer taken as false or a code read whatever its case.
 */
public final class ValueDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    /** Made by Jackson, named by the annotation on each value type; it learns its type from the context. */
    public ValueDeserializer() {
        super(Object.class);
    }

    private ValueDeserializer(Class<?> type) {
        super(type);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        Class<?> type = context.getContextualType() != null ? context.getContextualType().getRawClass()
                : property != null ? property.getType().getRawClass() : handledType();
        return new ValueDeserializer(type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode tree;
        try {
            // Read by the library, not by the application's mapper, which may keep the last of a field given twice.
            tree = Trees.read(parser);
        } catch (Trees.DuplicateField e) {
            throw CaseDocuments.refusal(e, !(parser instanceof YAMLParser));
        }
        return CaseMapper.toValue(tree, handledType(), "");
    }
}
