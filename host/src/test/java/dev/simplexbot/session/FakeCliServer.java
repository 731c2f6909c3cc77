package dev.simplexbot.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A scriptable stand-in for the SimpleX CLI's WebSocket API on 127.0.0.1, for tests.
 *
 * <pre>{@code
 * try (var cli = new FakeCliServer().start()) {
 *     var session = new ChatSession(SessionOptions.of(cli.uri()));
 *     ...
 *     var cmd = cli.nextCommand(Duration.ofSeconds(5));   // {corrId, cmd} as the bot sent it
 *     cli.respond(cmd.corrId(), "{\"type\":\"activeUser\",\"user\":{}}");
 *     cli.sendEvent("{\"type\":\"contactConnected\"}");
 * }
 * }</pre>
 *
 * {@link #stop()} then {@link #start()} restarts it on the same port, to test reconnects. Frames go to every open
 * connection (a bot holds one).
 */
public final class FakeCliServer implements AutoCloseable {
    /** A command as received: the frame's {@code corrId} and {@code cmd}. */
    public record ReceivedCommand(String corrId, String cmd) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinkedBlockingQueue<ReceivedCommand> commands = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Integer> openedConnections = new LinkedBlockingQueue<>();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final Object openMonitor = new Object();
    private volatile Function<ReceivedCommand, String> autoResponder;
    private volatile Server server;
    private int port;

    /** Starts listening: on a free port the first time, on the same port after {@link #stop()}. */
    public synchronized FakeCliServer start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        Server s = new Server(new InetSocketAddress("127.0.0.1", port));
        s.setReuseAddr(true);
        s.setDaemon(true);
        s.start();
        s.started.join();
        port = s.getPort();
        server = s;
        return this;
    }

    public synchronized int port() {
        return port;
    }

    public URI uri() {
        return URI.create("ws://127.0.0.1:" + port());
    }

    /** The next command a client sent, waiting up to {@code timeout}; fails the test if none came. */
    public ReceivedCommand nextCommand(Duration timeout) {
        try {
            ReceivedCommand cmd = commands.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (cmd == null) {
                throw new AssertionError("no command received within " + timeout);
            }
            return cmd;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a command", e);
        }
    }

    /** Commands received and not yet taken by {@link #nextCommand}. */
    /** The next command if one arrives within {@code timeout}, else null: for asserting that nothing more came. */
    public ReceivedCommand pollCommand(Duration timeout) {
        try {
            return commands.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public int unreadCommands() {
        return commands.size();
    }

    /** Answer every later command at once with {@code responder.apply(command)} as the {@code resp} JSON. */
    public void answerAll(Function<ReceivedCommand, String> responder) {
        this.autoResponder = responder;
    }

    /** Sends {@code {"corrId":…,"resp":respJson}}. */
    public void respond(String corrId, String respJson) {
        sendRaw("{\"corrId\":" + quote(corrId) + ",\"resp\":" + respJson + "}");
    }

    /** Sends {@code {"corrId":…,"resp":{"Right":respJson}}}, as newer CLIs do. */
    public void respondRight(String corrId, String respJson) {
        respond(corrId, "{\"Right\":" + respJson + "}");
    }

    /** Sends {@code {"corrId":…,"resp":{"Left":chatErrorJson}}}: the CLI refused the command. */
    public void respondLeft(String corrId, String chatErrorJson) {
        respond(corrId, "{\"Left\":" + chatErrorJson + "}");
    }

    /** Sends an event: {@code {"resp":eventJson}} without corrId. */
    public void sendEvent(String eventJson) {
        sendRaw("{\"resp\":" + eventJson + "}");
    }

    /** Sends one text frame exactly as given (to every open connection; waits for one to be open). */
    public void sendRaw(String text) {
        serverWithOpenConnection().broadcast(text);
    }

    public void sendBinary(byte[] bytes) {
        serverWithOpenConnection().broadcast(bytes);
    }

    /**
     * The client may see its connection open before this server has registered it, so a frame broadcast right
     * after the client's "connected" would reach nobody: wait (bounded) until the server has an open connection.
     */
    private Server serverWithOpenConnection() {
        Server server = requireServer();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (openMonitor) {
            while (server.getConnections().isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no client connected to send to");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(openMonitor, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
        return server;
    }

    /** Sends a text frame whose payload is {@code utf8} as given, valid UTF-8 or not. */
    public void sendTextBytes(byte[] utf8) {
        org.java_websocket.framing.TextFrame frame = new org.java_websocket.framing.TextFrame();
        frame.setPayload(ByteBuffer.wrap(utf8));
        for (WebSocket c : requireServer().getConnections()) {
            c.sendFrame(frame);
        }
    }

    /** Connections accepted since the first start. */
    public int connectionCount() {
        return connectionCount.get();
    }

    /** Waits until connection number {@code n} (1-based, counted since the first start) is open. */
    public void awaitConnection(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (connectionCount.get() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || openedConnections.poll(left, TimeUnit.NANOSECONDS) == null) {
                    throw new AssertionError("connection " + n + " not opened within " + timeout
                            + " (" + connectionCount.get() + " so far)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Cuts every open connection without a close handshake, as a crashing CLI would. */
    public void dropConnections() {
        for (WebSocket c : requireServer().getConnections()) {
            c.closeConnection(1006, "dropped by test");
        }
    }

    /** Stops listening and closes every connection. {@link #start()} listens again on the same port. */
    public synchronized void stop() {
        Server s = server;
        server = null;
        if (s != null) {
            try {
                s.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Server requireServer() {
        Server s = server;
        if (s == null) {
            throw new IllegalStateException("server is stopped");
        }
        return s;
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final class Server extends WebSocketServer {
        final CompletableFuture<Void> started = new CompletableFuture<>();

        Server(InetSocketAddress address) {
            super(address, 1);
        }

        @Override
        public void onStart() {
            started.complete(null);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            openedConnections.add(connectionCount.incrementAndGet());
            synchronized (openMonitor) {
                openMonitor.notifyAll();
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            ReceivedCommand cmd;
            try {
                JsonNode frame = JSON.readTree(message);
                cmd = new ReceivedCommand(frame.path("corrId").asText(null), frame.path("cmd").asText(null));
            } catch (Exception e) {
                cmd = new ReceivedCommand(null, message);
            }
            Function<ReceivedCommand, String> responder = autoResponder;
            if (responder != null && cmd.corrId() != null) {
                conn.send("{\"corrId\":" + quote(cmd.corrId()) + ",\"resp\":" + responder.apply(cmd) + "}");
            } else {
                commands.add(cmd);
            }
        }

        @Override
        public void onMessage(WebSocket conn, ByteBuffer message) {
            commands.add(new ReceivedCommand(null, "<binary " + message.remaining() + " bytes>"));
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                started.completeExceptionally(ex); // bind failed
            }
        }
    }
}
