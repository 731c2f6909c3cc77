package dev.simplexbot.testkit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A request a {@link StubServer} received.
 *
 * @param url     the URL the bot fetched: for a stub standing in for an origin ({@link BotHarness#stub(String,
 *                StubServer.Handler)}), that origin's URL, not the stub's
 * @param headers names in lower case
 */
public record StubRequest(String method, URI url, Map<String, List<String>> headers, byte[] body) {
    public StubRequest {
        headers = Map.copyOf(headers);
    }

    /** The path, e.g. {@code /v1/items}. */
    public String path() {
        return url.getRawPath();
    }

    /** The query string without {@code ?}, or {@code null}. */
    public String query() {
        return url.getRawQuery();
    }

    /** The first value of a header (any case), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
