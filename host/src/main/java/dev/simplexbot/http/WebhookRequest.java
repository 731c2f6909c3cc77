package dev.simplexbot.http;

import java.util.List;

/**
 * A request to {@code /bots/<bot><path>}, body read (within the size cap) before any script code runs.
 *
 * @param path    the part after {@code /bots/<bot>}, percent-encoded as received, starting with {@code /}
 * @param url     the full request URL, query included
 * @param headers name/value pairs as received
 */
public record WebhookRequest(String bot, String method, String path, String url, List<Header> headers, byte[] body) {
    public record Header(String name, String value) {}

    public WebhookRequest {
        headers = List.copyOf(headers);
    }
}
