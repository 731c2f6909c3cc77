package dev.simplexbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.api.CommandParseException;
import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.ParsedCommand;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The WebSocket envelope: responses by corrId in order, events, backlog on reconnect, wrap mode, bad frames. */
class SimServerTest {
    /** Stands in for the api-bindings parser in these wire tests: three fixed lines. */
    private static final CommandReader READER = line -> switch (line) {
        case "/user" -> parsed("ShowActiveUser", SimJson.object());
        case "/users" -> parsed("ListUsers", SimJson.object());
        case "/_stop" -> parsed("APIStopChat", SimJson.object());
        default -> throw new CommandParseException("no command matches: " + line);
    };

    private final Simulator sim = Simulator.withBot("bot");
    private SimServer server;

    private static ParsedCommand parsed(String name, ObjectNode params) {
        return new ParsedCommand(ApiSpec.load().command(name).orElseThrow(), params);
    }

    private String start(boolean wrap) throws Exception {
        server = new SimServer(sim, 0, wrap, READER);
        return server.startAndWait();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop(1000);
        }
        sim.close();
    }

    @Test
    void answersEachCommandInOrderWithItsCorrId() throws Exception {
        try (Client client = Client.connect(start(false))) {
            for (int i = 0; i < 50; i++) {
                client.send(i, i % 2 == 0 ? "/user" : "/users");
            }
            for (int i = 0; i < 50; i++) {
                JsonNode frame = client.next();
                assertThat(frame.path("corrId").asText()).isEqualTo(String.valueOf(i));
                assertThat(frame.at("/resp/type").asText()).isEqualTo(i % 2 == 0 ? "activeUser" : "usersList");
            }
        }
    }

    /**
     * Java-WebSocket's server can lose a write request: when a frame is queued just as its selector finishes writing
     * the one before, the selector resets the connection to read-only interest and the frame waits for the next send
     * (see {@link WriteDemandKeeper}). This queues a frame in exactly that state, with no write request at all.
     */
    @Test
    void aFrameQueuedWithoutAWriteRequestStillGoesOut() throws Exception {
        try (Client client = Client.connect(start(false))) {
            WebSocketImpl connection = (WebSocketImpl) server.getConnections().iterator().next();
            for (Framedata frame : connection.getDraft().createFrames("{\"resp\":{\"type\":\"stranded\"}}", false)) {
                connection.outQueue.put(connection.getDraft().createBinaryFrame(frame));
            }

            assertThat(client.next().at("/resp/type").asText()).isEqualTo("stranded");
        }
    }

    @Test
    void keepsEventsWhileNoClientIsConnectedAndDeliversThemOnConnect() throws Exception {
        String url = start(false);
        sim.execute("APICreateMyAddress", SimJson.object().put("userId", 1));
        sim.person("alice").connectToBot();
        assertThat(sim.events().backlogSize()).isEqualTo(1);
        try (Client client = Client.connect(url)) {
            assertThat(client.next().at("/resp/type").asText()).isEqualTo("receivedContactRequest");
            client.send(1, "/user");
            assertThat(client.next().path("corrId").asText()).isEqualTo("1");
        }
    }

    @Test
    void eventsWithoutCorrIdInterleaveWithResponses() throws Exception {
        try (Client client = Client.connect(start(false))) {
            sim.execute("APICreateMyAddress", SimJson.object().put("userId", 1));
            sim.execute("APISetAddressSettings", SimJson.object().put("userId", 1)
                    .set("settings", SimFixture.json("{\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}")));
            sim.person("alice").connectToBot();
            sim.person("alice").send("hello");
            assertThat(client.next().at("/resp/type").asText()).isEqualTo("acceptingContactRequest");
            assertThat(client.next().at("/resp/type").asText()).isEqualTo("contactConnected");
            JsonNode message = client.next();
            assertThat(message.has("corrId")).isFalse();
            assertThat(message.at("/resp/chatItems/0/chatItem/content/msgContent/text").asText()).isEqualTo("hello");
        }
    }

    @Test
    void unparseableCommandGetsCommandErrorAndBadFramesAreIgnored() throws Exception {
        try (Client client = Client.connect(start(false))) {
            client.raw("this is not json");
            client.raw("{\"no\":\"cmd\"}");
            client.send(7, "/nonsense");
            JsonNode frame = client.next();
            assertThat(frame.path("corrId").asText()).isEqualTo("7");
            assertThat(frame.at("/resp/type").asText()).isEqualTo("chatCmdError");
            assertThat(frame.at("/resp/chatError/type").asText()).isEqualTo("error");
            assertThat(frame.at("/resp/chatError/errorType/type").asText()).isEqualTo("commandError");
            assertThat(frame.at("/resp/chatError/errorType/message").asText()).contains("/nonsense");
        }
    }

    @Test
    void wrapModeWrapsResponsesInRightAndErrorsInLeft() throws Exception {
        try (Client client = Client.connect(start(true))) {
            client.send(1, "/user");
            assertThat(client.next().at("/resp/Right/type").asText()).isEqualTo("activeUser");
            client.send(2, "/nonsense");
            assertThat(client.next().at("/resp/Left/errorType/type").asText()).isEqualTo("commandError");
        }
    }

    /** A plain WebSocket client collecting frames in a queue. */
    private static final class Client implements AutoCloseable {
        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final WebSocketClient socket;

        private Client(URI uri) {
            socket = new WebSocketClient(uri) {
                @Override
                public void onMessage(String message) {
                    try {
                        frames.add(SimJson.MAPPER.readTree(message));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void onOpen(ServerHandshake handshake) {}

                @Override
                public void onClose(int code, String reason, boolean remote) {}

                @Override
                public void onError(Exception ex) {}
            };
        }

        static Client connect(String url) throws InterruptedException {
            Client client = new Client(URI.create(url));
            assertThat(client.socket.connectBlocking(5, TimeUnit.SECONDS)).isTrue();
            return client;
        }

        void send(int corrId, String cmd) {
            raw(SimJson.write(SimJson.object().put("corrId", String.valueOf(corrId)).put("cmd", cmd)));
        }

        void raw(String text) {
            socket.send(text);
        }

        JsonNode next() throws InterruptedException {
            JsonNode frame = frames.poll(5, TimeUnit.SECONDS);
            assertThat(frame).as("a frame within 5 s").isNotNull();
            return frame;
        }

        @Override
        public void close() throws InterruptedException {
            socket.closeBlocking();
        }
    }
}
