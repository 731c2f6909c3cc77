package dev.simplexbot.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The answer to {@link BotHarness#http}: status, headers (names in lower case) and body. */
public record HttpResult(int status, Map<String, List<String>> headers, byte[] body) {
    public HttpResult {
        headers = Map.copyOf(headers);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header (any case), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
