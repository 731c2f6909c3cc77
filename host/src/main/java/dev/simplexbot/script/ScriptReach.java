package dev.simplexbot.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.http.RoutePattern;
import dev.simplexbot.http.WebhookReply;
import dev.simplexbot.http.WebhookRequest;
import dev.simplexbot.http.WebhookTarget;
import dev.simplexbot.net.Fetch;
import dev.simplexbot.net.FetchException;
import dev.simplexbot.net.FetchRequest;
import dev.simplexbot.net.FetchResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;

/**
 * One loaded version of a bot's reach: its fetches in flight and its webhook routes and requests. Fetch results and
 * webhook requests run on the bot's loop under the watchdog, like event handlers. When the version is unloaded its
 * fetches are cancelled (a late result is dropped), its routes withdrawn and its waiting requests answered 503.
 */
final class ScriptReach implements WebhookTarget {
    /** Webhook requests one bot may have waiting for its handlers; more are answered 503 at once. */
    static final int MAX_WAITING_REQUESTS = 256;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding", "keep-alive",
            "upgrade", "te", "trailer");

    /** Runs a call into the script on its loop, under the watchdog. */
    @FunctionalInterface
    interface Loop {
        void run(String what, Runnable call);
    }

    private record Route(int id, String method, RoutePattern pattern) {}

    private record Exchange(WebhookRequest request, Match match, CompletableFuture<WebhookReply> reply) {}

    private final String name;
    private final ScriptServices services;
    private final Loop loop;
    private final Logger log;
    private Value runtime;
    // Loop thread only.
    private final Map<Integer, Fetch> fetches = new HashMap<>();
    private final Map<Integer, byte[]> bodiesToTake = new HashMap<>();
    // Read by the server's threads.
    private volatile List<Route> routes = List.of();
    private final Map<Long, Exchange> exchanges = new ConcurrentHashMap<>();
    private final AtomicLong nextExchange = new AtomicLong(1);
    private final java.util.concurrent.atomic.AtomicBoolean refusingRequests = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean closed;

    ScriptReach(String name, ScriptServices services, Loop loop, Logger log) {
        this.name = name;
        this.services = services;
        this.loop = loop;
        this.log = log;
    }

    String envJson() {
        return services.reach().envJson(name);
    }

    void attach(Value reachRuntime) {
        this.runtime = reachRuntime;
    }

    /** This version loaded cleanly: its routes replace the previous version's. */
    void activate() {
        if (!closed) {
            services.reach().webhooks().publish(name, this);
        }
    }

    void close() {
        closed = true;
        services.reach().webhooks().withdraw(name, this);
        fetches.values().forEach(Fetch::cancel);
        fetches.clear();
        bodiesToTake.clear();
        for (Exchange exchange : exchanges.values()) {
            exchange.reply().complete(WebhookReply.text(503, "Service Unavailable: the bot is reloading or stopped"));
        }
    }

    // ---- fetch ----

    String startFetch(int id, String metaJson, byte[] body) {
        JsonNode meta;
        URI url;
        try {
            meta = JSON.readTree(metaJson);
            url = new URI(meta.get("url").asText());
        } catch (IOException | URISyntaxException e) {
            return error("TypeError", "fetch: invalid URL: " + e.getMessage());
        }
        if (closed) {
            return error("AbortError", "fetch " + url.getHost() + ": the script is being unloaded");
        }
        int max = services.reach().net().limits().maxInFlight();
        if (fetches.size() >= max) {
            return error("LimitError", "fetch " + url.getScheme() + "://" + url.getHost() + ": " + max
                    + " requests of this script are already in flight (--fetch-max-in-flight); await some first");
        }
        List<FetchRequest.Header> headers = new ArrayList<>();
        meta.get("headers").forEach(pair -> headers.add(new FetchRequest.Header(pair.get(0).asText(), pair.get(1).asText())));
        String method = meta.get("method").asText();
        FetchRequest request = new FetchRequest(method, url, headers, body, meta.get("redirect").asText());
        long started = System.nanoTime();
        Fetch fetch = services.reach().net().start(name, request);
        fetches.put(id, fetch);
        fetch.result().whenComplete((response, failure) ->
                loop.run("fetch result", () -> settleFetch(id, method, url, response, failure, started)));
        return null;
    }

    void abortFetch(int id) {
        Fetch fetch = fetches.remove(id);
        if (fetch != null) {
            fetch.cancel();
        }
    }

    void takeBody(int id, Value buffer) {
        byte[] body = bodiesToTake.remove(id);
        if (body != null) {
            JsBuffers.write(body, buffer, 0);
        }
    }

    private void settleFetch(int id, String method, URI url, FetchResponse response, Throwable failure, long started) {
        if (fetches.remove(id) == null || closed) {
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String shown = redact(url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath()));
        if (failure != null) {
            FetchException cause = failure instanceof FetchException f ? f
                    : failure.getCause() instanceof FetchException f ? f : new FetchException("TypeError", String.valueOf(failure.getMessage()));
            log.debug("script {}: fetch {} {} failed after {} ms: {}: {}", name, method, shown, millis, cause.errorName(),
                    redact(cause.getMessage()));
            runtime.invokeMember("fetched", id, null, 0, error(cause.errorName(), cause.getMessage()));
            return;
        }
        log.debug("script {}: fetch {} {} -> {} ({} bytes) in {} ms", name, method, shown, response.status(),
                response.body().length, millis);
        ObjectNode meta = JSON.createObjectNode()
                .put("status", response.status())
                .put("statusText", response.statusText())
                .put("url", response.url().toString())
                .put("redirected", response.redirected());
        ArrayNode headers = meta.putArray("headers");
        response.headers().forEach(h -> headers.addArray().add(h.name()).add(h.value()));
        bodiesToTake.put(id, response.body());
        try {
            runtime.invokeMember("fetched", id, meta.toString(), response.body().length, null);
        } finally {
            bodiesToTake.remove(id);
        }
    }

    // ---- webhook routes ----

    String addRoute(int id, String method, String path) {
        RoutePattern pattern;
        try {
            pattern = RoutePattern.parse(path);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        for (Route route : routes) {
            if (route.pattern().equals(pattern) && route.method().equals(method)) {
                return "this bot already has a handler for " + method + " " + path;
            }
        }
        List<Route> updated = new ArrayList<>(routes);
        updated.add(new Route(id, method, pattern));
        routes = List.copyOf(updated);
        return null;
    }

    void removeRoute(int id) {
        routes = routes.stream().filter(route -> route.id() != id).toList();
    }

    @Override
    public Optional<Match> match(String method, String path) {
        String wanted = method.equals("HEAD") ? "GET" : method;
        Optional<Match> any = Optional.empty();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.pattern().match(path);
            if (params.isEmpty()) {
                continue;
            }
            if (route.method().equals(wanted) || route.method().equals(method)) {
                return Optional.of(new Match(route.id(), route.method(), route.pattern(), params.get()));
            }
            if (route.method().equals("*") && any.isEmpty()) {
                any = Optional.of(new Match(route.id(), route.method(), route.pattern(), params.get()));
            }
        }
        return any;
    }

    @Override
    public Set<String> methodsAt(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.pattern().match(path).isPresent()) {
                methods.add(route.method());
                if (route.method().equals("GET")) {
                    methods.add("HEAD");
                }
            }
        }
        return methods;
    }

    @Override
    public CompletableFuture<WebhookReply> handle(Match match, WebhookRequest request) {
        long id = nextExchange.getAndIncrement();
        Exchange exchange = new Exchange(request, match, new CompletableFuture<>());
        exchanges.put(id, exchange);
        exchange.reply().whenComplete((reply, failure) -> exchanges.remove(id));
        if (closed) {
            exchange.reply().complete(WebhookReply.text(503, "Service Unavailable: the bot is reloading or stopped"));
            return exchange.reply();
        }
        if (exchanges.size() > MAX_WAITING_REQUESTS) {
            if (refusingRequests.compareAndSet(false, true)) {
                log.warn("script {}: {} webhook requests are waiting for its handlers; answering 503 (logged once per flood)",
                        name, MAX_WAITING_REQUESTS);
            }
            exchange.reply().complete(WebhookReply.text(503, "Service Unavailable: too many requests waiting"));
            return exchange.reply();
        }
        if (exchanges.size() < MAX_WAITING_REQUESTS / 2) {
            refusingRequests.set(false);
        }
        String json = requestJson(match, request);
        String what = "HTTP handler for " + match.method() + " " + match.pattern();
        loop.run(what, () -> {
            if (closed || exchange.reply().isDone()) {
                return;
            }
            try {
                runtime.invokeMember("http", id, match.routeId(), json, request.body().length);
            } catch (PolyglotException e) {
                // Interrupted by the watchdog, or worse: answer now rather than at the timeout; the loop logs it.
                exchange.reply().complete(WebhookReply.text(500, "Internal Server Error"));
                throw e;
            }
        });
        return exchange.reply();
    }

    private static String requestJson(Match match, WebhookRequest request) {
        ObjectNode meta = JSON.createObjectNode()
                .put("method", request.method())
                .put("route", match.pattern().toString())
                .put("path", request.path())
                .put("url", request.url());
        ObjectNode params = meta.putObject("params");
        match.params().forEach(params::put);
        ArrayNode headers = meta.putArray("headers");
        request.headers().forEach(h -> headers.addArray().add(h.name()).add(h.value()));
        return meta.toString();
    }

    void requestBody(long exchangeId, Value buffer) {
        Exchange exchange = exchanges.get(exchangeId);
        if (exchange != null) {
            JsBuffers.write(exchange.request().body(), buffer, 0);
        }
    }

    void respond(long exchangeId, int status, String headersJson, byte[] body) {
        Exchange exchange = exchanges.get(exchangeId);
        if (exchange == null) {
            return;
        }
        if (status < 200 || status > 599) {
            handlerFailed(exchangeId, "HTTP handler for " + exchange.match().method() + " " + exchange.match().pattern(),
                    "answered with status " + status + "; a status is from 200 to 599");
            return;
        }
        List<WebhookRequest.Header> headers = new ArrayList<>();
        try {
            for (JsonNode pair : JSON.readTree(headersJson)) {
                String header = pair.get(0).asText();
                if (!HOP_BY_HOP.contains(header.toLowerCase(Locale.ROOT))) {
                    headers.add(new WebhookRequest.Header(header, pair.get(1).asText()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reach.js sent headers that are not JSON", e);
        }
        boolean head = exchange.request().method().equals("HEAD");
        exchange.reply().complete(new WebhookReply(status, headers, body == null || head ? new byte[0] : body));
    }

    void handlerFailed(long exchangeId, String where, String detail) {
        log.error("script {}: {}: {}", name, where, redact(detail));
        services.lifecycle().handlerFailed(name, where);
        Exchange exchange = exchanges.get(exchangeId);
        if (exchange != null) {
            exchange.reply().complete(WebhookReply.text(500, "Internal Server Error"));
        }
    }

    private String redact(String text) {
        return services.reach().redactor().redact(text);
    }

    private static String error(String errorName, String message) {
        return JSON.createObjectNode().put("name", errorName).put("message", message).toString();
    }
}
