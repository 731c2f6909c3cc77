package dev.simplexbot.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server (the JDK's) standing in for a service a bot calls: it answers with a handler and keeps every
 * request it got, so a test can also show that a refused fetch sent nothing. {@link BotHarness#stub} starts one and
 * grants it to the bot.
 */
public final class StubServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StubServer.class);
    private static final Pattern FORWARDED_HOST = Pattern.compile("host=\"?([^\";]+)\"?");
    private static final Pattern FORWARDED_PROTO = Pattern.compile("proto=([a-z]+)");

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK: ~40 ms per
        // request. Read once, when the JDK's server classes load; an operator's own setting is left alone.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Answers one request; an exception answers 500. */
    @FunctionalInterface
    public interface Handler {
        StubResponse handle(StubRequest request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Handler handler;
    private final List<StubRequest> requests = new ArrayList<>();

    private StubServer(HttpServer server, ExecutorService threads, Handler handler) {
        this.server = server;
        this.threads = threads;
        this.handler = handler;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static StubServer start(Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "stub-server");
                thread.setDaemon(true);
                return thread;
            });
            StubServer stub = new StubServer(server, threads, handler);
            server.createContext("/", stub::serve);
            server.setExecutor(threads);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a stub server: " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The {@code --allow-net} entry that grants this server: {@code 127.0.0.1:PORT}. */
    public String grant() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests received so far, oldest first. */
    public synchronized List<StubRequest> requests() {
        return List.copyOf(requests);
    }

    /** Waits until {@code count} requests arrived; fails the test when they do not within {@code timeout}. */
    public synchronized List<StubRequest> awaitRequests(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the stub at " + url() + " got " + requests.size() + " request(s) within "
                        + timeout.toMillis() + " ms, expected " + count);
            }
            try {
                wait(left / 1_000_000 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return List.copyOf(requests);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            StubRequest request = new StubRequest(exchange.getRequestMethod(), urlOf(exchange), headers, body);
            synchronized (this) {
                requests.add(request);
                notifyAll();
            }
            StubResponse response;
            try {
                response = handler.handle(request);
            } catch (Exception e) {
                log.warn("stub handler failed for {} {}", request.method(), request.url(), e);
                response = StubResponse.text(500, "stub handler failed: " + e);
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean noBody = response.body().length == 0 || request.method().equals("HEAD");
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    /** The URL the bot asked for: the origin it fetched when the request was routed here in its place. */
    private URI urlOf(HttpExchange exchange) {
        String forwarded = exchange.getRequestHeaders().getFirst("Forwarded");
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        if (forwarded != null) {
            Matcher host = FORWARDED_HOST.matcher(forwarded);
            Matcher proto = FORWARDED_PROTO.matcher(forwarded);
            if (host.find() && proto.find()) {
                return URI.create(proto.group(1) + "://" + host.group(1) + pathAndQuery);
            }
        }
        return URI.create(url() + pathAndQuery);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
