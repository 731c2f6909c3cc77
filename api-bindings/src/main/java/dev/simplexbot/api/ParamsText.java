package dev.simplexbot.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parameters object given as JSON text: its tree, and the verbatim text of each top-level value (sliced by the
 * streaming parser's token offsets), so {@code JSON.stringify(param)} can copy exactly what JavaScript printed.
 */
record ParamsText(ObjectNode values, Map<String, String> raw) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    static ParamsText read(String method, String json) {
        if (json == null || json.isBlank()) {
            return new ParamsText(MAPPER.createObjectNode(), Map.of());
        }
        ObjectNode values = MAPPER.createObjectNode();
        Map<String, String> raw = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return new ParamsText(values, Map.of());
            }
            if (first != JsonToken.START_OBJECT) {
                throw new CommandValidationException(method, null, method + ": parameters must be an object, got: " + abbreviate(json));
            }
            JsonToken t = p.nextToken();
            while (t == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                int start = (int) p.currentTokenLocation().getCharOffset();
                JsonNode value = readValue(method, p);
                t = p.nextToken();
                int end = (int) p.currentTokenLocation().getCharOffset();
                if (values.replace(name, value) != null) {
                    throw duplicate(method, name);
                }
                raw.put(name, trimSeparator(json.substring(start, end)));
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new CommandValidationException(method, null, method + ": parameters are not one JSON object: " + abbreviate(json));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandValidationException(method, null, method + ": parameters are not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ParamsText(values, raw);
    }

    /**
     * The value at the parser's current token as a tree, node for node what {@code ObjectMapper.readTree} builds
     * (integers as int/long/big-integer nodes, other numbers as doubles), without the mapper's per-call set-up:
     * this runs for every command a script sends. A key given twice in one object is refused: JSON.stringify never
     * prints one, and the CLI's JSON parser might take the other value than the one the host checked.
     */
    private static JsonNode readValue(String method, JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    if (object.replace(name, readValue(method, p)) != null) {
                        throw duplicate(method, name);
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(method, p));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new JsonParseException(p, "unexpected token " + p.currentToken());
        }
    }

    private static CommandValidationException duplicate(String method, String key) {
        return new CommandValidationException(method, null,
                method + ": parameters are not valid JSON: the key '" + key + "' appears twice in one object");
    }

    /** The slice runs up to the next token, so it may end with whitespace and the comma between members. */
    private static String trimSeparator(String slice) {
        String s = slice.stripTrailing();
        if (s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
