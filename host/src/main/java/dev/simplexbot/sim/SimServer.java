package dev.simplexbot.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.api.ParsedCommand;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator on the CLI's WebSocket API: {@code {"corrId","cmd"}} in, {@code {"corrId","resp"}} out,
 * events as {@code {"resp"}}. Each connection's commands run one at a time, answered in order; events
 * go to every connected client, or wait in the backlog while none is.
 */
public final class SimServer extends WebSocketServer {
    private static final Logger log = LoggerFactory.getLogger(SimServer.class);

    private final Simulator simulator;
    private final CommandReader reader;
    private final boolean wrap;
    private final Duration commandDelay;
    private final Map<WebSocket, Connection> connections = new ConcurrentHashMap<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile WriteDemandKeeper writeDemand;
    private volatile Exception startFailure;

    /** One client: its command queue and its place in the event relay. */
    private record Connection(ExecutorService commands, AutoCloseable events) {}

    public SimServer(Simulator simulator, int port, boolean wrap, CommandReader reader) {
        this(simulator, port, wrap, reader, Duration.ZERO);
    }

    /**
     * @param commandDelay how long each command takes before it is answered, like a real CLI whose commands go over the
     *                     network; commands still run one at a time per connection, so a burst of them queues up
     */
    public SimServer(Simulator simulator, int port, boolean wrap, CommandReader reader, Duration commandDelay) {
        super(new InetSocketAddress("127.0.0.1", port));
        this.simulator = simulator;
        this.reader = reader;
        this.wrap = wrap;
        this.commandDelay = commandDelay;
        setReuseAddr(true);
        setDaemon(true);
        // Like the real CLI's socket: small frames go out at once instead of waiting for the peer's delayed ACK.
        setTcpNoDelay(true);
    }

    /** Starts listening and waits until the port is bound; returns the {@code ws://} URL clients use. */
    public String startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS) || startFailure != null) {
            throw new IllegalStateException("simulator did not start on 127.0.0.1:" + getAddress().getPort(), startFailure);
        }
        return url();
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        try {
            super.stop(timeout, closeMessage);
        } finally {
            WriteDemandKeeper keeper = writeDemand;
            if (keeper != null) {
                keeper.close();
            }
        }
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    @Override
    public void onStart() {
        writeDemand = new WriteDemandKeeper(this::getConnections);
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        ExecutorService commands = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "sim-commands-" + socket.getRemoteSocketAddress());
            thread.setDaemon(true);
            return thread;
        });
        AutoCloseable events = simulator.events().attach(event -> send(socket, frame(null, event, false)));
        connections.put(socket, new Connection(commands, events));
        log.info("client connected: {}", socket.getRemoteSocketAddress());
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        Connection connection = connections.remove(socket);
        if (connection != null) {
            connection.commands().shutdownNow();
            try {
                connection.events().close();
            } catch (Exception e) {
                log.warn("cannot detach client", e);
            }
        }
        log.info("client disconnected: {} ({})", socket.getRemoteSocketAddress(), code);
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        JsonNode request;
        try {
            request = SimJson.MAPPER.readTree(message);
        } catch (JsonProcessingException e) {
            log.warn("ignoring a frame that is not JSON: {}", abbreviate(message));
            return;
        }
        JsonNode corrId = request == null ? null : request.get("corrId");
        JsonNode cmd = request == null ? null : request.get("cmd");
        if (corrId == null || cmd == null || !cmd.isTextual()) {
            log.warn("ignoring a frame without corrId and cmd: {}", abbreviate(message));
            return;
        }
        Connection connection = connections.get(socket);
        if (connection != null) {
            connection.commands().execute(() -> answer(socket, corrId.asText(), cmd.asText()));
        }
    }

    private void answer(WebSocket socket, String corrId, String commandLine) {
        if (!commandDelay.isZero()) {
            try {
                Thread.sleep(commandDelay.toMillis(), commandDelay.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // the connection closed
            }
        }
        CommandResult result = run(commandLine);
        boolean error = result.responseType().equals("chatCmdError");
        simulator.events().exclusive(() -> {
            send(socket, frame(corrId, result.response(), error));
            simulator.events().publishAll(result.events());
        });
    }

    private CommandResult run(String commandLine) {
        ParsedCommand parsed;
        try {
            parsed = reader.read(commandLine);
        } catch (RuntimeException e) {
            log.debug("unparseable command {}: {}", commandLine, e.getMessage());
            return CommandResult.error(ChatErrors.commandError(e.getMessage() == null ? e.toString() : e.getMessage()).chatError());
        }
        CommandResult result = simulator.execute(parsed.command().name(), parsed.params());
        log.debug("{} -> {}", parsed.command().name(), result.responseType());
        return result;
    }

    private String frame(String corrId, ObjectNode resp, boolean error) {
        ObjectNode frame = SimJson.object();
        if (corrId != null) {
            frame.put("corrId", corrId);
        }
        if (!wrap) {
            frame.set("resp", resp);
        } else if (error) {
            frame.set("resp", SimJson.object().set("Left", resp.get("chatError")));
        } else {
            frame.set("resp", SimJson.object().set("Right", resp));
        }
        return SimJson.write(frame);
    }

    private static void send(WebSocket socket, String frame) {
        if (socket.isOpen()) {
            socket.send(frame);
        }
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        if (socket == null) {
            startFailure = e;
            started.countDown();
        }
        log.warn("simulator WebSocket error{}", socket == null ? "" : " on " + socket.getRemoteSocketAddress(), e);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
