package dev.simplexbot.permission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A refusal for lack of a permission, as a script sees it: the prelude makes it an {@code Error} named
 * {@code PermissionDenied} with these fields ({@code path} and {@code flag} only when they apply).
 *
 * @param command   the {@code bot.chat} method called ({@code raw} for a raw line), or the toolkit helper
 * @param parameter the top-level parameter holding the path, or {@code null}
 * @param path      the path refused as the script gave it, or {@code null}
 * @param flag      the option that would allow it, e.g. {@code --allow-read=/srv}, or {@code null} when none would
 * @param message   one line naming what was refused and the flag that would allow it
 */
public record PermissionDenied(String command, String parameter, String path, String flag, String message) {
    public static final String NAME = "PermissionDenied";
    private static final ObjectMapper JSON = new ObjectMapper();

    public String json() {
        ObjectNode error = JSON.createObjectNode();
        error.put("name", NAME);
        error.put("message", message);
        putIfPresent(error, "command", command);
        putIfPresent(error, "parameter", parameter);
        putIfPresent(error, "path", path);
        putIfPresent(error, "flag", flag);
        return error.toString();
    }

    private static void putIfPresent(ObjectNode error, String key, String value) {
        if (value != null) {
            error.put(key, value);
        }
    }
}
