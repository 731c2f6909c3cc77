package dev.simplexbot.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.script.JsBuffers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;

/**
 * The only host object a test file's context can reach, and only from the test runtime. Operations answer on
 * the test loop: {@code settle(id, resultJson, errorJson)} is called there, never on a worker thread.
 */
public final class TestHostBridge {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How long a stub server waits for the test's handler to answer a request. */
    static final Duration STUB_ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final TestLoop loop;
    private final Logger log;
    private final SettleTarget target;
    private volatile TestOperations operations;
    private volatile BiConsumer<Integer, String> finished;
    private final Map<Long, StubExchange> stubExchanges = new ConcurrentHashMap<>();
    private final AtomicLong nextExchange = new AtomicLong(1);

    /** Settles operation {@code id} in the context, and hands it stub requests (called on the test loop). */
    interface SettleTarget {
        void settle(int id, String resultJson, String errorJson);

        void stubRequest(int stubId, long exchangeId, String metaJson, int bodyLength);
    }

    private record StubExchange(StubRequest request, CompletableFuture<StubResponse> response) {}

    TestHostBridge(TestLoop loop, Logger log, SettleTarget target) {
        this.loop = loop;
        this.log = log;
        this.target = target;
    }

    /** The harness of the test about to run, and where its outcome goes ({@code index}, failure JSON or null). */
    void begin(TestOperations operations, BiConsumer<Integer, String> finished) {
        this.operations = operations;
        this.finished = finished;
    }

    @HostAccess.Export
    public void call(int id, String op, String argsJson) {
        TestOperations current = operations;
        if (current == null) {
            loop.post(() -> target.settle(id, null, error("t and people can only be used while their test runs")));
            return;
        }
        current.run(op, argsJson).whenComplete((result, failure) -> loop.post(() -> {
            if (operations != current) {
                return; // the test already ended
            }
            target.settle(id, failure == null ? result : null, failure == null ? null : error(messageOf(failure)));
        }));
    }

    @HostAccess.Export
    public void done(int index, String failureJson) {
        BiConsumer<Integer, String> current = finished;
        if (current != null) {
            current.accept(index, failureJson);
        }
    }

    /** A stub server's request, answered by the test's handler on the test loop. */
    StubResponse relay(int stubId, StubRequest request) throws Exception {
        long id = nextExchange.getAndIncrement();
        StubExchange exchange = new StubExchange(request, new CompletableFuture<>());
        stubExchanges.put(id, exchange);
        ObjectNode meta = JSON.createObjectNode()
                .put("method", request.method())
                .put("path", request.path())
                .put("url", request.url().toString());
        ArrayNode headers = meta.putArray("headers");
        request.headers().forEach((name, values) -> values.forEach(value -> headers.addArray().add(name).add(value)));
        loop.post(() -> target.stubRequest(stubId, id, meta.toString(), request.body().length));
        try {
            return exchange.response().get(STUB_ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return StubResponse.text(500, "the test's stub handler did not answer within " + STUB_ANSWER_TIMEOUT.toSeconds() + " s");
        } finally {
            stubExchanges.remove(id);
        }
    }

    @HostAccess.Export
    public void stubBody(long exchangeId, Value buffer) {
        StubExchange exchange = stubExchanges.get(exchangeId);
        if (exchange != null) {
            JsBuffers.write(exchange.request().body(), buffer, 0);
        }
    }

    @HostAccess.Export
    public void stubRespondText(long exchangeId, int status, String headersJson, String body) {
        stubRespond(exchangeId, status, headersJson, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    @HostAccess.Export
    public void stubRespondBytes(long exchangeId, int status, String headersJson, Value buffer, int offset, int length) {
        stubRespond(exchangeId, status, headersJson, JsBuffers.read(buffer, offset, length));
    }

    /** The test's stub handler threw: the stub answers 500 and the error is logged. */
    @HostAccess.Export
    public void stubFailed(long exchangeId, String detail) {
        log.warn("stub handler failed: {}", detail);
        StubExchange exchange = stubExchanges.get(exchangeId);
        if (exchange != null) {
            exchange.response().complete(StubResponse.text(500, "the test's stub handler failed"));
        }
    }

    private void stubRespond(long exchangeId, int status, String headersJson, byte[] body) {
        StubExchange exchange = stubExchanges.get(exchangeId);
        if (exchange == null) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            JSON.readTree(headersJson).forEach(pair -> headers.merge(pair.get(0).asText(), pair.get(1).asText(),
                    (a, b) -> a + ", " + b));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the test runtime sent headers that are not JSON", e);
        }
        exchange.response().complete(new StubResponse(status, headers, body));
    }

    @HostAccess.Export
    public void log(String level, String text) {
        switch (level) {
            case "error" -> log.error(text);
            case "warn" -> log.warn(text);
            case "debug" -> log.debug(text);
            default -> log.info(text);
        }
    }

    private static String messageOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("message", message).toString();
    }
}
