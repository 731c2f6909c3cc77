package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads typed command parameters (as the api-bindings parser produces them); a missing one is a commandError. */
final class Params {
    private Params() {}

    static long id(ObjectNode params, String name) {
        JsonNode value = params.get(name);
        if (value == null || !value.canConvertToLong()) {
            throw ChatErrors.commandError("parameter " + name + " must be an integer");
        }
        return value.asLong();
    }

    static Long optionalId(ObjectNode params, String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? null : id(params, name);
    }

    static boolean flag(ObjectNode params, String name) {
        return params.path(name).asBoolean(false);
    }

    static String text(ObjectNode params, String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    static ObjectNode object(ObjectNode params, String name) {
        JsonNode value = params.get(name);
        if (value == null || !value.isObject()) {
            throw ChatErrors.commandError("parameter " + name + " must be a JSON object");
        }
        return (ObjectNode) value;
    }

    static ObjectNode optionalObject(ObjectNode params, String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? null : object(params, name);
    }

    static List<Long> ids(ObjectNode params, String name) {
        JsonNode value = params.get(name);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw ChatErrors.commandError("parameter " + name + " must be a non-empty list of integers");
        }
        List<Long> ids = new ArrayList<>();
        value.forEach(v -> ids.add(v.asLong()));
        return ids;
    }

    static GroupRole role(ObjectNode params, String name) {
        return GroupRole.parse(text(params, name));
    }

    /** A ChatRef parameter: {@code {chatType, chatId}} for a direct or group chat of the user. */
    static ChatKey chatRef(ObjectNode params, String name, SimState state, Entities.User user) {
        ObjectNode ref = object(params, name);
        long chatId = id(ref, "chatId");
        return switch (ref.path("chatType").asText()) {
            case "direct" -> ChatKey.direct(state.contact(user, chatId).contactId);
            case "group" -> ChatKey.group(state.group(user, chatId).groupId);
            case "local" -> {
                if (chatId != user.noteFolderId) {
                    throw ChatErrors.store("noteFolderNotFound", "noteFolderId", chatId);
                }
                yield ChatKey.local(chatId);
            }
            default -> throw ChatErrors.commandError("unknown chat type: " + ref.path("chatType").asText());
        };
    }
}
