package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.ChatApi;
import dev.simplexbot.api.CommandRenderer;
import dev.simplexbot.api.CommandTransport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A bot on the simulator's WebSocket as any client would be: commands (through the generated {@link ChatApi}) with
 * their answers, and a record of every frame the simulator sent, with the command each response answers.
 */
final class WireBot implements CommandTransport, AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** One frame as received; {@code command} is the docs name of the command a response answers, null for events. */
    record Frame(JsonNode resp, String command) {
        boolean event() {
            return command == null;
        }

        String type() {
            return resp.path("type").asText();
        }
    }

    final ChatApi api = new ChatApi(new CommandRenderer(ApiSpec.load()), this);
    private final CommandReader reader = CommandReader.fromSpec();
    private final WebSocketClient socket;
    private final List<Frame> frames = new ArrayList<>();
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, String> commandOf = new ConcurrentHashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();
    private final AtomicLong nextCorrId = new AtomicLong(1);

    WireBot(String url) throws InterruptedException {
        socket = new WebSocketClient(URI.create(url)) {
            @Override
            public void onMessage(String message) {
                received(message);
            }

            @Override
            public void onOpen(ServerHandshake handshake) {}

            @Override
            public void onClose(int code, String reason, boolean remote) {}

            @Override
            public void onError(Exception ex) {}
        };
        if (!socket.connectBlocking(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("cannot connect to " + url);
        }
    }

    private void received(String message) {
        JsonNode frame;
        try {
            frame = SimJson.MAPPER.readTree(message);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + message, e);
        }
        String corrId = frame.path("corrId").asText(null);
        synchronized (frames) {
            frames.add(new Frame(frame.get("resp"), corrId == null ? null : commandOf.get(corrId)));
            frames.notifyAll();
        }
        if (corrId != null) {
            pending.remove(corrId).complete(frame.get("resp"));
        }
    }

    @Override
    public CompletableFuture<JsonNode> send(String commandLine) {
        String corrId = Long.toString(nextCorrId.getAndIncrement());
        commandOf.put(corrId, reader.read(commandLine).command().name());
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        pending.put(corrId, response);
        socket.send(SimJson.write(SimJson.object().put("corrId", corrId).put("cmd", commandLine)));
        return response;
    }

    /** Runs a command and returns its response, which must not be an error. */
    JsonNode ok(CompletableFuture<JsonNode> command) throws Exception {
        JsonNode response = command.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (response.path("type").asText().equals("chatCmdError")) {
            throw new AssertionError("command failed: " + response);
        }
        return response;
    }

    /** The next event of this type not taken yet, waiting for it. */
    JsonNode event(String type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (frames) {
            while (true) {
                int from = taken.getOrDefault(type, 0);
                for (int i = from; i < frames.size(); i++) {
                    Frame frame = frames.get(i);
                    if (frame.event() && frame.type().equals(type)) {
                        taken.put(type, i + 1);
                        return frame.resp();
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + type + " event within " + WAIT);
                }
                TimeUnit.NANOSECONDS.timedWait(frames, left);
            }
        }
    }

    /** Every frame so far, after a command's answer made sure all earlier events arrived. */
    List<Frame> frames() throws Exception {
        ok(api.showActiveUser());
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.closeBlocking();
    }
}
