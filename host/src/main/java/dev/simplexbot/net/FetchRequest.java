package dev.simplexbot.net;

import java.net.URI;
import java.util.List;

/**
 * One request a script made with {@code fetch}.
 *
 * @param method   upper-case method, e.g. {@code GET}
 * @param url      absolute http or https URL
 * @param headers  name/value pairs in the script's order
 * @param body     the body, or {@code null}
 * @param redirect {@code follow}, {@code error} or {@code manual}
 */
public record FetchRequest(String method, URI url, List<Header> headers, byte[] body, String redirect) {
    public record Header(String name, String value) {}

    public FetchRequest {
        headers = List.copyOf(headers);
    }
}
