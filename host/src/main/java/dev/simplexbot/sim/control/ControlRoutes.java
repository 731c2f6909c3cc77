package dev.simplexbot.sim.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.sim.SimActions;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control API's routes, JSON in and out; every answer, errors included, is a JSON object:
 *
 * <pre>
 * GET  /                  what is here
 * GET  /actions           every action and control: name, summary, parameters, the events it causes
 * GET  /actions/NAME      one of them
 * POST /actions/NAME      run it with a JSON object of arguments: 200 {"result": ...}
 * GET  /sent?after=N&amp;to=NAME|%23GROUP&amp;wait=MS   what the bot sent after number N (waiting up to MS for it)
 * GET  /groups            the groups the bot is in: {"groups": [{"name", "groupId"}]}
 * </pre>
 *
 * Errors: 400 bad arguments or JSON, 404 unknown path or action, 405 wrong method, 409 what the simulator refuses in its
 * current state (not connected, not an admin, ...), 413 a body over 1 MB; {@code {"error": "..."}} says why.
 */
final class ControlRoutes extends Handler.Abstract {
    static final int MAX_BODY = 1 << 20;
    /** How much of a too large body is read (and dropped) so the client gets the 413 before the connection closes. */
    private static final long DRAIN_LIMIT = 16L << 20;
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(ControlRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTIONS = "/actions";

    private final Simulator simulator;
    private final SentLog sent;
    private final Path folder;

    ControlRoutes(Simulator simulator, SentLog sent, Path folder) {
        this.simulator = simulator;
        this.sent = sent;
        this.folder = folder;
    }

    /** An answer other than 200, with its reason. */
    private static final class Refusal extends Exception {
        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = HttpStatus.OK_200;
        JsonNode body;
        try {
            body = route(request);
        } catch (Refusal refusal) {
            status = refusal.status;
            body = error(refusal.getMessage());
            if (status == HttpStatus.METHOD_NOT_ALLOWED_405) {
                response.getHeaders().put(HttpHeader.ALLOW, allowed(Request.getPathInContext(request)));
            }
        } catch (IllegalArgumentException e) {
            status = HttpStatus.BAD_REQUEST_400;
            body = error(e.getMessage());
        } catch (IllegalStateException e) {
            status = HttpStatus.CONFLICT_409;
            body = error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = HttpStatus.SERVICE_UNAVAILABLE_503;
            body = error("the simulator is stopping");
        } catch (RuntimeException | IOException e) {
            log.warn("control API: {} {} failed", request.getMethod(), Request.getPathInContext(request), e);
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
            body = error("internal error: " + e);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap((body.toString() + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    private JsonNode route(Request request) throws Refusal, IOException, InterruptedException {
        String path = Request.getPathInContext(request);
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String method = request.getMethod();
        if (path.equals("/")) {
            expect(method, "GET");
            return index();
        }
        if (path.equals(ACTIONS)) {
            expect(method, "GET");
            return JSON.createObjectNode().set("actions", simulator.actions().describe());
        }
        if (path.startsWith(ACTIONS + "/")) {
            String name = path.substring(ACTIONS.length() + 1);
            SimActions.Action action = simulator.actions().find(name)
                    .orElseThrow(() -> new Refusal(HttpStatus.NOT_FOUND_404, "no action '" + name + "'; GET /actions lists them"));
            if (method.equals("GET")) {
                return describe(action.name());
            }
            expect(method, "POST");
            JsonNode args = readBody(request);
            return JSON.createObjectNode().set("result", simulator.actions().run(action.name(), args, folder));
        }
        if (path.equals("/sent")) {
            expect(method, "GET");
            Fields query = Request.extractQueryParameters(request);
            long after = number(query, "after", 0, Long.MAX_VALUE);
            long wait = number(query, "wait", 0, MAX_WAIT.toMillis());
            String to = query.getValue("to");
            return sent.after(after, to == null || to.isEmpty() ? null : to, Duration.ofMillis(wait));
        }
        if (path.equals("/groups")) {
            expect(method, "GET");
            ArrayNode groups = JSON.createArrayNode();
            for (SimGroup group : simulator.groups()) {
                groups.addObject().put("name", group.name()).put("groupId", group.groupId());
            }
            return JSON.createObjectNode().set("groups", groups);
        }
        throw new Refusal(HttpStatus.NOT_FOUND_404, "no such path: " + path + "; GET / lists what is here");
    }

    private static void expect(String method, String wanted) throws Refusal {
        if (!method.equals(wanted) && !(wanted.equals("GET") && method.equals("HEAD"))) {
            throw new Refusal(HttpStatus.METHOD_NOT_ALLOWED_405, method + " is not allowed here; use " + wanted);
        }
    }

    private static String allowed(String path) {
        return path.startsWith(ACTIONS + "/") ? "GET, POST" : "GET";
    }

    private JsonNode describe(String name) {
        for (JsonNode action : simulator.actions().describe()) {
            if (action.path("name").asText().equals(name)) {
                return action;
            }
        }
        throw new IllegalStateException("action " + name + " missing from its own catalog");
    }

    private static ObjectNode index() {
        ObjectNode index = JSON.createObjectNode().put("service", "simplex-bot sim control API");
        ArrayNode endpoints = index.putArray("endpoints");
        endpoints.add("GET /actions: every person action and simulator control, with parameters and the events they cause");
        endpoints.add("GET /actions/NAME: one of them");
        endpoints.add("POST /actions/NAME with a JSON object of arguments: runs it; 200 {\"result\": ...}");
        endpoints.add("GET /sent?after=N&to=NAME|%23GROUP&wait=MS: what the bot sent after number N, waiting up to MS (at most "
                + MAX_WAIT.toMillis() + ") for it");
        endpoints.add("GET /groups: the groups the bot is in");
        return index;
    }

    /** The request body as a JSON object ({@code {}} when empty); refuses what is too big or not a JSON object. */
    private static JsonNode readBody(Request request) throws Refusal, IOException {
        byte[] bytes;
        try (InputStream in = Content.Source.asInputStream(request)) {
            bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                drain(in, bytes.length);
                throw new Refusal(HttpStatus.PAYLOAD_TOO_LARGE_413, "the body is over " + MAX_BODY + " bytes");
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode args;
        try {
            args = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Refusal(HttpStatus.BAD_REQUEST_400, "the body is not JSON: " + e.getOriginalMessage());
        }
        if (args == null || !args.isObject()) {
            throw new Refusal(HttpStatus.BAD_REQUEST_400, "the body must be a JSON object of arguments, e.g. {\"person\": \"alice\"}");
        }
        return args;
    }

    private static void drain(InputStream in, long alreadyRead) throws IOException {
        byte[] buffer = new byte[8192];
        long read = alreadyRead;
        int n;
        while (read < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            read += n;
        }
    }

    private static long number(Fields query, String name, long min, long max) throws Refusal {
        String value = query.getValue(name);
        if (value == null || value.isEmpty()) {
            return min;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refusal(HttpStatus.BAD_REQUEST_400, name + " must be a whole number from " + min + " to " + max + ", got " + value);
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", Optional.ofNullable(message).orElse("unknown error"));
    }
}
