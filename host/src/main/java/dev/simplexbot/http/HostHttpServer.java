package dev.simplexbot.http;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's HTTP server ({@code --http}), a Jetty core handler: {@code GET /health}, {@code GET /metrics} and
 * {@code /bots/<name><path>}, which reaches the route a bot registered with {@code bot.onHttp}. Requests are handled
 * asynchronously: a Jetty thread never waits for a script. Bodies are read up to {@link WebhookLimits#maxBodyBytes()}
 * (413 beyond); a handler that does not answer within {@link WebhookLimits#timeout()} gets 504; a handler that fails
 * gets 500 without its message.
 */
public final class HostHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HostHttpServer.class);
    private static final String BOTS = "/bots/";

    /** Told of every webhook request's answer, for metrics. */
    @FunctionalInterface
    public interface WebhookObserver {
        void answered(String bot, int status);
    }

    private final Server server;
    private final ServerConnector connector;
    private final WebhookRoutes routes;
    private final HealthCheck health;
    private final Supplier<String> metrics;
    private final WebhookObserver observer;
    private final WebhookLimits limits;
    private final boolean logRequests;

    private HostHttpServer(HttpAddress address, WebhookRoutes routes, HealthCheck health, Supplier<String> metrics,
                           WebhookObserver observer, WebhookLimits limits, boolean logRequests) {
        this.routes = routes;
        this.health = health;
        this.metrics = metrics;
        this.observer = observer;
        this.limits = limits;
        this.logRequests = logRequests;
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendDateHeader(true);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(address.host());
        connector.setPort(address.port());
        server.addConnector(connector);
        server.setHandler(new Router());
        server.setStopTimeout(1000);
    }

    /**
     * Starts listening.
     *
     * @param logRequests log each webhook request at INFO ({@code --log-messages}); otherwise at DEBUG
     * @throws IllegalStateException when the address cannot be bound (in use, not this machine's)
     */
    public static HostHttpServer start(HttpAddress address, WebhookRoutes routes, HealthCheck health,
                                       Supplier<String> metrics, WebhookObserver observer, WebhookLimits limits,
                                       boolean logRequests) {
        HostHttpServer http = new HostHttpServer(address, routes, health, metrics, observer, limits, logRequests);
        try {
            http.server.start();
        } catch (Exception e) {
            http.close();
            throw new IllegalStateException("cannot listen on " + address + " (--http): " + e.getMessage(), e);
        }
        return http;
    }

    /** The port listened on (the one picked when the address said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address and port listened on, e.g. {@code 127.0.0.1:8080}. */
    public String listening() {
        return new HttpAddress(connector.getHost() == null ? "0.0.0.0" : connector.getHost(), port()).toString();
    }

    /** {@code http://host:port}, for clients on this machine. */
    public URI baseUri() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1"
                : connector.getHost().equals("::") ? "[::1]"
                : connector.getHost().indexOf(':') >= 0 ? "[" + connector.getHost() + "]" : connector.getHost();
        return URI.create("http://" + host + ":" + port());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.debug("stopping the HTTP server failed", e);
        }
    }

    private final class Router extends Handler.Abstract.NonBlocking {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = request.getHttpURI().getPath();
            String method = request.getMethod();
            if (path.equals("/health") || path.equals("/metrics")) {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    response.getHeaders().put("Allow", "GET, HEAD");
                    send(request, response, callback, WebhookReply.text(405, "Method Not Allowed"));
                } else if (path.equals("/health")) {
                    boolean healthy = health.healthy();
                    send(request, response, callback, new WebhookReply(healthy ? 200 : 503,
                            List.of(new WebhookRequest.Header("Content-Type", "application/json")),
                            health.json().getBytes(StandardCharsets.UTF_8)));
                } else {
                    send(request, response, callback, new WebhookReply(200,
                            List.of(new WebhookRequest.Header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")),
                            metrics.get().getBytes(StandardCharsets.UTF_8)));
                }
            } else if (path.startsWith(BOTS)) {
                webhook(request, response, callback, path.substring(BOTS.length()));
            } else {
                send(request, response, callback, WebhookReply.text(404, "Not Found"));
            }
            return true;
        }
    }

    private void webhook(Request request, Response response, Callback callback, String afterBots) {
        int slash = afterBots.indexOf('/');
        String bot = URLDecoder.decode(slash < 0 ? afterBots : afterBots.substring(0, slash), StandardCharsets.UTF_8);
        String path = slash < 0 ? "/" : afterBots.substring(slash);
        String method = request.getMethod();
        long started = System.nanoTime();
        Optional<WebhookTarget> target = routes.of(bot);
        Optional<WebhookTarget.Match> match = target.flatMap(t -> t.match(method, path));
        if (match.isEmpty()) {
            java.util.Set<String> allowed = target.map(t -> t.methodsAt(path)).orElse(java.util.Set.of());
            if (!allowed.isEmpty() && !allowed.contains("*")) {
                response.getHeaders().put("Allow", String.join(", ", allowed));
                answer(bot, request, response, callback, WebhookReply.text(405, "Method Not Allowed"), started);
            } else {
                answer(bot, request, response, callback, WebhookReply.text(404, "Not Found"), started);
            }
            return;
        }
        if (request.getLength() > limits.maxBodyBytes()) {
            answer(bot, request, response, callback, tooLarge(), started);
            return;
        }
        List<WebhookRequest.Header> headers = new ArrayList<>();
        for (HttpField field : request.getHeaders()) {
            headers.add(new WebhookRequest.Header(field.getName(), field.getValue()));
        }
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        readBody(request, new ByteArrayOutputStream(), body);
        body.thenCompose(bytes -> target.get().handle(match.get(),
                        new WebhookRequest(bot, method, path, request.getHttpURI().asString(), headers, bytes))
                        .orTimeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS))
                .whenComplete((reply, failure) -> answer(bot, request, response, callback,
                        failure == null ? reply : failed(failure), started));
    }

    private WebhookReply failed(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof BodyTooLarge) {
            return tooLarge();
        }
        if (cause instanceof TimeoutException) {
            return WebhookReply.text(504, "Gateway Timeout: the bot did not answer within "
                    + limits.timeout().toMillis() + " ms");
        }
        if (cause instanceof BadBody) {
            return WebhookReply.text(400, "Bad Request");
        }
        log.error("webhook request failed in the host", cause);
        return WebhookReply.text(500, "Internal Server Error");
    }

    private WebhookReply tooLarge() {
        return WebhookReply.text(413, "Content Too Large: the limit is " + limits.maxBodyBytes() + " bytes");
    }

    /** Reads the body chunk by chunk as Jetty delivers it, stopping at the first byte past the limit. */
    private void readBody(Request request, ByteArrayOutputStream out, CompletableFuture<byte[]> done) {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(() -> readBody(request, out, done));
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                done.completeExceptionally(new BadBody(chunk.getFailure()));
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            if (out.size() + (long) buffer.remaining() > limits.maxBodyBytes()) {
                chunk.release();
                done.completeExceptionally(new BodyTooLarge());
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            out.writeBytes(bytes);
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                done.complete(out.toByteArray());
                return;
            }
        }
    }

    private void answer(String bot, Request request, Response response, Callback callback, WebhookReply reply, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (logRequests) {
            log.info("HTTP {} {} -> {} in {} ms", request.getMethod(), request.getHttpURI().getPath(), reply.status(), millis);
        } else {
            log.debug("HTTP {} {} -> {} in {} ms", request.getMethod(), request.getHttpURI().getPath(), reply.status(), millis);
        }
        if (routes.of(bot).isPresent()) {
            observer.answered(bot, reply.status());
        }
        send(request, response, callback, reply);
    }

    private static void send(Request request, Response response, Callback callback, WebhookReply reply) {
        response.setStatus(reply.status());
        for (WebhookRequest.Header header : reply.headers()) {
            response.getHeaders().add(header.name(), header.value());
        }
        response.getHeaders().put("Content-Length", String.valueOf(reply.body().length));
        if (request.getMethod().equals("HEAD") || reply.body().length == 0) {
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(reply.body()), callback);
        }
    }

    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("the request body is over the limit", null, false, false);
        }
    }

    private static final class BadBody extends RuntimeException {
        BadBody(Throwable cause) {
            super("the request body could not be read", cause, false, false);
        }
    }
}
