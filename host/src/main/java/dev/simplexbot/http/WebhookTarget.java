package dev.simplexbot.http;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The routes of one running version of one bot, and how a request reaches its handler. */
public interface WebhookTarget {
    /** The handler's route for this method and path; absent when none matches. */
    java.util.Optional<Match> match(String method, String path);

    /** The methods some route accepts at {@code path} (for a 405's {@code Allow}); empty when no route has that path. */
    Set<String> methodsAt(String path);

    /** Runs the handler on the bot's own loop; the reply completes when it answered (or failed: 500). */
    CompletableFuture<WebhookReply> handle(Match match, WebhookRequest request);

    /** A route that matched, with the path's parameters. */
    record Match(int routeId, String method, RoutePattern pattern, Map<String, String> params) {}
}
