package dev.simplexbot.http;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the server answers a webhook request with. */
public record WebhookReply(int status, List<WebhookRequest.Header> headers, byte[] body) {
    public WebhookReply {
        headers = List.copyOf(headers);
    }

    /** A plain-text answer of the host itself (errors); never carries a script's message. */
    public static WebhookReply text(int status, String text) {
        return new WebhookReply(status, List.of(new WebhookRequest.Header("Content-Type", "text/plain; charset=utf-8")),
                (text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
