package dev.simplexbot.testkit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a {@link StubServer} answers: {@code StubResponse.json("{\"ok\":true}")}, {@code StubResponse.status(404)}. */
public record StubResponse(int status, Map<String, String> headers, byte[] body) {
    public StubResponse {
        headers = Map.copyOf(headers);
    }

    public static StubResponse json(String json) {
        return json(200, json);
    }

    public static StubResponse json(int status, String json) {
        return new StubResponse(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    public static StubResponse text(String text) {
        return text(200, text);
    }

    public static StubResponse text(int status, String text) {
        return new StubResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8"), text.getBytes(StandardCharsets.UTF_8));
    }

    public static StubResponse bytes(int status, byte[] body) {
        return new StubResponse(status, Map.of("Content-Type", "application/octet-stream"), body);
    }

    /** No body, e.g. {@code status(204)}, or a redirect with {@code .withHeader("Location", ...)}. */
    public static StubResponse status(int status) {
        return new StubResponse(status, Map.of(), new byte[0]);
    }

    public StubResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new StubResponse(status, more, body);
    }
}
