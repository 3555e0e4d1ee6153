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
 * How any Jackson {@code ObjectMapper} reads a {@link org.backpainkb.model.Case}, or one value of a
 * case bound on its own (a fact such as a {@link org.backpainkb.model.Symptom} or a
 * {@link org.backpainkb.model.RedFlag}, the core, the person, a STarT Back screening): through the
 * library's own strict mapping, whatever the mapper's settings. A framework that ignores unknown
 * fields (Spring Boot does) cannot silently drop a misspelled red flag, take a missing answer as false
 * or read a code whatever its case. Refusals are {@link org.backpainkb.model.InvalidCaseException}s
 * naming every field's full path; Jackson passes them on as the cause of its own exception.
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
