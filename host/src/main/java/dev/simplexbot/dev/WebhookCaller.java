package dev.simplexbot.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The dev console's {@code /http}: a request to the host's own HTTP server, as a service calling a bot's webhook
 * would make it. A path outside {@code /bots/}, {@code /health} and {@code /metrics} is taken to be the only bot's.
 */
public final class WebhookCaller {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Optional<URI> base;
    private final Supplier<List<String>> bots;
    private final HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    public WebhookCaller(Optional<URI> base, Supplier<List<String>> bots) {
        this.base = base;
        this.bots = bots;
    }

    /** The answer as {@code status body}; throws IllegalArgumentException with what to do when it cannot be sent. */
    public String call(ConsoleInput.Http request) {
        URI server = base.orElseThrow(() -> new IllegalArgumentException(
                "no HTTP server: start dev with --http=8080 (or another port) to call webhooks"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(serverPath(request.path())))
                .timeout(TIMEOUT)
                .method(request.method(), request.body().isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        try {
            request.headers().forEach(header -> builder.header(header.name(), header.value()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("/http: " + e.getMessage());
        }
        if (!request.body().isEmpty() && request.headers().stream().noneMatch(h -> h.name().equalsIgnoreCase("content-type"))) {
            builder.header("Content-Type", request.body().startsWith("{") || request.body().startsWith("[")
                    ? "application/json" : "text/plain; charset=utf-8");
        }
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body().strip();
            return "HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": " + body);
        } catch (IOException e) {
            throw new IllegalArgumentException("/http: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private String serverPath(String path) {
        if (path.startsWith("/bots/") || path.equals("/health") || path.equals("/metrics")) {
            return path;
        }
        List<String> names = bots.get();
        if (names.size() != 1) {
            throw new IllegalArgumentException("several bots run (" + String.join(", ", names)
                    + "): write the whole path, e.g. /bots/" + (names.isEmpty() ? "NAME" : names.get(0)) + path);
        }
        return "/bots/" + names.get(0) + path;
    }
}
