package dev.simplexbot.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A readable name for a ChatError: its {@code type} followed by the {@code type} of each nested error object,
 * e.g. {@code errorStore/noContact}, {@code error/noActiveUser}, {@code errorAgent/CONN/NOT_FOUND}.
 */
final class ChatErrorSummary {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DEPTH = 4;

    private ChatErrorSummary() {}

    static String of(String chatErrorJson) {
        try {
            List<String> path = new ArrayList<>();
            collect(MAPPER.readTree(chatErrorJson), path);
            return path.isEmpty() ? "unknown chat error" : String.join("/", path);
        } catch (Exception e) {
            return "unreadable chat error";
        }
    }

    private static void collect(JsonNode node, List<String> path) {
        if (node == null || !node.isObject() || path.size() >= MAX_DEPTH) {
            return;
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            return;
        }
        path.add(type.asText());
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isObject() && value.get("type") != null && value.get("type").isTextual()) {
                collect(value, path);
                return;
            }
        }
    }
}
