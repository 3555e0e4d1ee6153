package org.backpainkb.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Set;

/**
 * Reads a JSON or YAML document into a tree straight from the streaming parser. The library's
 * files and cases are small trees; building them without an {@code ObjectMapper}, whose first
 * creation costs about a quarter of a second in a fresh JVM, keeps that out of every one-off run.
 */
public final class Trees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trees() {
    }

    /**
     * A whole document.
     *
     * @param format JSON or YAML, with the parser's features and limits
     * @param text the document
     * @return its tree; a missing node when it is empty
     * @throws JsonProcessingException when it is malformed or exceeds the limits
     */
    static JsonNode read(JsonFactory format, String text) throws JsonProcessingException {
        return readWhole(() -> format.createParser(text));
    }

    /**
     * A whole reference data file: from the build's JSON copy when it is a bundled file's
     * ({@link PrecomputedTrees}), else as YAML.
     *
     * @param yaml the YAML reader, with the features the file's checks need
     * @param text the file's contents
     * @return its tree; a missing node when it is empty
     * @throws JsonProcessingException when it is malformed, exceeds the limits, or is longer than a rule file may be
     */
    static JsonNode readReferenceData(JsonFactory yaml, String text) throws JsonProcessingException {
        return readWhole(() -> PrecomputedTrees.parser(yaml, text));
    }

    private interface Opening {
        JsonParser open() throws IOException;
    }

    private static JsonNode readWhole(Opening opening) throws JsonProcessingException {
        JsonParser opened = null;
        try (JsonParser parser = opening.open()) {
            opened = parser;
            JsonNode whole = read(parser);
            if (!whole.isMissingNode() && parser.nextToken() != null) {
                // taking the first document alone would silently drop the rest
                throw new MoreFollows(parser);
            }
            return whole;
        } catch (StreamConstraintsException e) {
            throw TooDeep.where(e, opened);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // a text in memory has no input to fail; only a parser's own refusals are expected
            throw new JsonParseException(null, e.getMessage(), e);
        }
    }

    /**
     * The value at the parser's current token, or at the next one when it has none yet; a missing
     * node when the document is empty.
     *
     * @param parser the parser, left on the value's last token
     * @return the tree
     * @throws IOException when the document is malformed or exceeds the parser's limits
     */
    public static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
        return token == null ? MissingNode.getInstance() : value(parser, token);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        if (parser instanceof YAMLParser yaml) {
            notGuessed(yaml, token);
        }
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    if (object.has(name)) {
                        throw new DuplicateField(parser, name, pathOf(parser.getParsingContext()));
                    }
                    JsonToken v = parser.nextToken();
                    if (v == null) {
                        throw new JsonParseException(parser, "the document ends after '" + name + "'");
                    }
                    object.set(name, value(parser, v));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t == null) {
                        throw new JsonParseException(parser, "the document ends inside a list");
                    }
                    array.add(value(parser, t));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return exact(parser);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return NODES.pojoNode(parser.getEmbeddedObject());
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /**
     * A number with a fraction or an exponent as written: as a double, 4.9999999999999999 would be 5
     * and pass for a whole number. A number of more than 18 digits before its point is beyond every
     * range and read as a double (1e999999999 as infinity), so that no check makes a number of a
     * billion digits out of it.
     */
    private static JsonNode exact(JsonParser parser) throws IOException {
        if (parser.isNaN()) {
            // NaN or an infinity, which an application's mapper may allow: no exact value, and no field's
            return NODES.numberNode(parser.getDoubleValue());
        }
        java.math.BigDecimal value = parser.getDecimalValue();
        return value.precision() - value.scale() > 18 ? NODES.numberNode(parser.getDoubleValue()) : NODES.numberNode(value);
    }

    /** A document nested deeper than the limit, with the path of the field where it went too deep. */
    public static final class TooDeep extends StreamConstraintsException {

        private static final long serialVersionUID = 1L;

        private final String path;
        private final int most;

        private TooDeep(StreamConstraintsException e, String path, int most) {
            super(e.getOriginalMessage(), e.getLocation());
            this.path = path;
            this.most = most;
        }

        /**
         * The parser's refusal with the field's path, when it is the nesting the parser refused (told by
         * the parser's depth, not its message): the list indexes past the field, one a level, are left out.
         */
        static StreamConstraintsException where(StreamConstraintsException e, JsonParser parser) {
            int most = parser == null ? Integer.MAX_VALUE : parser.streamReadConstraints().getMaxNestingDepth();
            if (parser == null || parser.getParsingContext().getNestingDepth() < most) {
                return e;
            }
            String path = pathOf(parser.getParsingContext()).replaceAll("(\\[\\d+])+$", "");
            return new TooDeep(e, path.length() > 80 ? path.substring(0, 80) + "..." : path, most);
        }

        /**
         * How deep a document may nest.
         *
         * @return the parser's limit
         */
        public int most() {
            return most;
        }

        /**
         * Where the document went too deep.
         *
         * @return e.g. {@code person.age}
         */
        public String path() {
            return path;
        }
    }

    /** More after the end of a document, which a reader taking the first alone would silently drop. */
    public static final class MoreFollows extends JsonParseException {

        private static final long serialVersionUID = 1L;

        MoreFollows(JsonParser parser) {
            super(parser, "more follows the end of the document: a file holds one (many cases go in a JSON Lines"
                    + " file, one a line)");
        }
    }

    /** A value refused where it stands, with the path of its field ({@code symptoms[0].intensity}). */
    public static class Refused extends JsonParseException {

        private static final long serialVersionUID = 1L;

        private final String path;

        Refused(JsonParser parser, String message, String path) {
            super(parser, message);
            this.path = path;
        }

        /**
         * The path of the field refused.
         *
         * @return e.g. {@code symptoms[0].intensity}; empty for the whole document
         */
        public String path() {
            return path;
        }
    }

    /**
     * A field given twice in one object. A reader that kept the last would drop the first without a
     * word (a case's red flags, an exercise's direction), whatever the parser's settings: every tree
     * is read here, so every reader refuses it, an application's own mapper binding a case included.
     */
    public static final class DuplicateField extends Refused {

        private static final long serialVersionUID = 1L;

        DuplicateField(JsonParser parser, String name, String path) {
            super(parser, name + " is given twice: keep one", path);
        }
    }

    /**
     * The path of the value a parser is at, as a case's problems name it: {@code symptoms[0].intensity},
     * {@code redFlags[1]}.
     */
    private static String pathOf(JsonStreamContext context) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.length() == 0 || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.toString();
    }

    /**
     * YAML 1.1, which the parser follows, reads {@code intensity: 010} as the octal 8, {@code 0x0A} as
     * 10, {@code 1_0} as 10 and {@code yes} or {@code on} as true, and an alias ({@code *name}) as a
     * copy of another value: each is refused rather than read as a value the author may not have
     * meant, and that a YAML 1.2 reader (a schema check in an editor) would read otherwise.
     */
    private static void notGuessed(YAMLParser yaml, JsonToken token) throws IOException {
        String refusal = null;
        if (yaml.isCurrentAlias()) {
            refusal = "a YAML alias (*" + yaml.getText() + ") is not read: write the value out in full";
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT && NOT_A_NUMBER.matcher(yaml.getText()).matches()) {
            refusal = yaml.getText() + " is not a number a field takes (YAML reads it as infinity, or as not a number):"
                    + " write a number in plain digits";
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT && yaml.getText().contains("_")) {
            refusal = "write the number " + yaml.getText() + " without _ (YAML reads it as "
                    + yaml.getText().replace("_", "") + ")" + orAsText(yaml.getText());
        } else if (token == JsonToken.VALUE_NUMBER_INT && !plainDigits(yaml.getText())) {
            refusal = "write the number " + yaml.getText() + " in plain digits" + howYamlReads(yaml.getText())
                    + orAsText(yaml.getText());
        } else if ((token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)
                && !TRUE_OR_FALSE.contains(yaml.getText())) {
            // the field may want a yes or no, a text or a code: the reader cannot tell yet, so both fixes are said
            refusal = yaml.getText() + " is read as " + (token == JsonToken.VALUE_TRUE) + " by YAML 1.1 and as a text by"
                    + " other readers: write true or false for a yes or no, or put a text or a code in quotes (\""
                    + yaml.getText() + "\")";
        }
        if (refusal != null) {
            throw new Refused(yaml, refusal, pathOf(yaml.getParsingContext()));
        }
    }

    private static final Set<String> TRUE_OR_FALSE = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    /** YAML's infinities and not-a-number: {@code .inf}, {@code -.Inf}, {@code .NaN}. */
    private static final java.util.regex.Pattern NOT_A_NUMBER = java.util.regex.Pattern.compile("[-+]?\\.(?:inf|Inf|INF|nan|NaN|NAN)");

    /**
     * The other fix: where the field takes a text (an id, an exercise's name), the value in quotes. The
     * reader cannot tell yet which the field takes, so both are said, as for a yes or no.
     */
    private static String orAsText(String text) {
        return "; for a text, put it in quotes (\"" + text + "\")";
    }

    /** Why a number that is not in plain digits was not read as it looks. */
    private static String howYamlReads(String text) {
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            return " (YAML reads " + text + " as a hexadecimal number)";
        }
        if (digits.startsWith("0b")) {
            return " (YAML reads " + text + " as a binary number)";
        }
        if (digits.contains("_")) {
            return " (YAML reads it as " + text.replace("_", "") + ")";
        }
        return ", without a leading zero (YAML 1.1 reads a number that starts with 0 as octal: 010 as 8)";
    }

    /** An optional sign and decimal digits, with no leading zero: what a number means to a person. */
    private static boolean plainDigits(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (start == text.length() || (text.charAt(start) == '0' && text.length() > start + 1)) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
