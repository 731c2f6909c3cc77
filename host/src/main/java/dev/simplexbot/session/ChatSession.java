package dev.simplexbot.session;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one supervised WebSocket connection to the SimpleX CLI.
 *
 * <p>Threads: the socket's read thread only parses the envelope and hands off — events straight to
 * {@link SessionListener#onEvent}, responses to their {@link CommandCallback} (futures from {@link #send} are
 * completed on the {@code simplex-session-replies} thread, so code chained on them never runs on, or stalls, the
 * read thread). Reconnects, timeouts and queue statistics run on the {@code simplex-session} scheduler thread.
 *
 * <p>Commands wait in {@link CommandQueues}: one queue per sender ({@link #lane}), a bounded window written to the
 * CLI, timeouts that count only the CLI's own time. Each sender's commands are written in the order they were sent.
 * When the connection drops, every command already written fails at once with {@link DisconnectedException}; the
 * waiting ones stay queued (timed while disconnected) and the session reconnects forever with {@link Backoff}.
 */
public final class ChatSession implements CommandGateway, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatSession.class);
    private static final SessionListener NO_LISTENER = event -> {};
    private static final long STATS_LOG_NANOS = TimeUnit.SECONDS.toNanos(5);

    private enum Lifecycle { NEW, RUNNING, CLOSING, CLOSED }

    private final SessionOptions options;
    private final EnvelopeParser parser;
    private final Backoff backoff;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService replies;
    private final CliSocket.Handler socketHandler = new SocketHandler();
    private final CommandQueues.Writer writer = this::write;

    private final Object lock = new Object();
    private final CommandQueues queues; // guarded by lock
    private final Lane defaultLane;
    private Lifecycle lifecycle = Lifecycle.NEW; // guarded by lock
    private long lastSequence; // guarded by lock
    private boolean open; // guarded by lock
    private boolean everConnected; // guarded by lock
    private int failedAttempts; // guarded by lock
    private CompletableFuture<Void> drained; // guarded by lock; set while closing
    private long lastStatsLog; // sweeper thread only
    private volatile CliSocket current;
    private volatile SessionListener listener = NO_LISTENER;

    /** @throws IllegalArgumentException if the URL is not loopback and remote hosts are not allowed */
    public ChatSession(SessionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        LoopbackPolicy.check(options.url(), options.allowRemote());
        this.parser = new EnvelopeParser(options.maxFrameBytes());
        this.backoff = new Backoff(options.backoffInitial(), options.backoffCap(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.queues = new CommandQueues(options.maxInFlight());
        this.defaultLane = new Lane(queues.queue(""));
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemon("simplex-session"));
        this.scheduler.setRemoveOnCancelPolicy(true);
        this.replies = Executors.newSingleThreadExecutor(daemon("simplex-session-replies"));
        long sweep = Math.max(TimeUnit.MILLISECONDS.toNanos(10),
                Math.min(TimeUnit.MILLISECONDS.toNanos(100), options.commandTimeout().toNanos() / 10));
        this.scheduler.scheduleAtFixedRate(this::sweep, sweep, sweep, TimeUnit.NANOSECONDS);
    }

    /** Connects (and keeps reconnecting) in the background; events and state changes go to {@code listener}. */
    public void start(SessionListener listener) {
        synchronized (lock) {
            if (lifecycle != Lifecycle.NEW) {
                throw new IllegalStateException("session already started");
            }
            this.listener = Objects.requireNonNull(listener, "listener");
            lifecycle = Lifecycle.RUNNING;
        }
        log.info("Connecting to SimpleX CLI at {}", options.url());
        scheduler.execute(this::connect);
    }

    @Override
    public CompletableFuture<ChatResponse> send(String command) {
        return defaultLane.send(command);
    }

    /** Like {@link #send(String)} with its own timeout. */
    public CompletableFuture<ChatResponse> send(String command, Duration timeout) {
        return defaultLane.send(command, timeout);
    }

    @Override
    public void submit(String command, CommandCallback callback) {
        defaultLane.submit(command, callback);
    }

    @Override
    public CommandGateway lane(String sender) {
        synchronized (lock) {
            return new Lane(queues.queue("sender:" + sender));
        }
    }

    /** True while the socket to the CLI is open. */
    public boolean isConnected() {
        synchronized (lock) {
            return open;
        }
    }

    /** Commands waiting in the host and written but unanswered, per sender, for logs and metrics. */
    public List<CommandQueues.SenderStats> queueStats() {
        synchronized (lock) {
            return queues.stats(System.nanoTime());
        }
    }

    /**
     * Stops taking commands ({@link SessionClosedException}), keeps sending what is queued and waits up to
     * {@code drain} for every command to be answered, fails whatever is left with {@link SessionClosedException},
     * closes the socket and publishes {@link ConnectionState#CLOSED}. Calling it again does nothing.
     */
    public void close(Duration drain) {
        CompletableFuture<Void> done;
        synchronized (lock) {
            if (lifecycle == Lifecycle.CLOSING || lifecycle == Lifecycle.CLOSED) {
                return;
            }
            lifecycle = Lifecycle.CLOSING;
            drained = new CompletableFuture<>();
            done = drained;
            completeDrainIfEmpty();
        }
        awaitDrained(done, drain);
        CliSocket socket;
        List<PendingCommand> left;
        synchronized (lock) {
            lifecycle = Lifecycle.CLOSED;
            open = false;
            socket = current;
            current = null;
            left = queues.removeAll();
        }
        for (PendingCommand cmd : left) {
            fail(cmd, new SessionClosedException(cmd.written()
                    ? "session closed before the response to " + cmd.commandName()
                    : "session closed before " + cmd.commandName() + " was sent"));
        }
        scheduler.shutdownNow();
        if (socket != null) {
            socket.closeAndWait(Math.max(100, Math.min(drain.toMillis(), 2_000)));
        }
        replies.shutdown();
        log.info("Session to SimpleX CLI at {} closed", options.url());
        publish(ConnectionState.CLOSED);
    }

    /** {@link #close(Duration)} with a 5 second drain. */
    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    private void awaitDrained(CompletableFuture<Void> done, Duration drain) {
        try {
            done.get(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (lock) {
                log.warn("{} command(s) still unanswered and {} not sent after the {} ms drain", queues.inFlight(),
                        queues.waiting(), drain.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the drain cannot fail", e);
        }
    }

    /** Called with the lock held. */
    private void completeDrainIfEmpty() {
        if (drained != null && queues.isEmpty()) {
            drained.complete(null);
        }
    }

    // ---- commands ------------------------------------------------------------------------------------------

    private void enqueue(CommandQueues.Queue queue, String command, Duration timeout, CommandCallback callback) {
        Objects.requireNonNull(command, "command");
        synchronized (lock) {
            if (lifecycle == Lifecycle.RUNNING || lifecycle == Lifecycle.NEW) {
                long now = System.nanoTime();
                PendingCommand cmd = new PendingCommand(++lastSequence, command, timeout, callback, now);
                queues.add(queue, cmd, writer, now);
                return;
            }
        }
        callback.failed(new SessionClosedException(
                "session is closing: command " + PendingCommand.nameOf(command) + " not sent"));
    }

    /** Writes one command frame; false if the socket is gone (the command stays queued). Called with the lock held. */
    private boolean write(PendingCommand cmd) {
        CliSocket socket = current;
        if (socket == null || !open) {
            return false;
        }
        try {
            socket.send(frame(cmd));
            return true;
        } catch (WebsocketNotConnectedException e) {
            return false;
        }
    }

    private static String frame(PendingCommand cmd) {
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        return "{\"corrId\":\"" + cmd.corrId() + "\",\"cmd\":\"" + new String(quote.quoteAsString(cmd.command())) + "\"}";
    }

    /** Timeouts (the CLI's current command; waiting commands while disconnected) and the debug queue log. */
    private void sweep() {
        List<PendingCommand> lateAnswers = new ArrayList<>();
        List<PendingCommand> neverSent = new ArrayList<>();
        List<CommandQueues.SenderStats> stats = null;
        long now = System.nanoTime();
        synchronized (lock) {
            PendingCommand expired = queues.expiredHead(now);
            if (expired != null) {
                lateAnswers.add(expired);
                if (open) {
                    queues.pump(writer, now);
                }
            }
            if (!open) {
                neverSent.addAll(queues.expiredWaiting(now));
            }
            completeDrainIfEmpty();
            if (log.isDebugEnabled() && now - lastStatsLog > STATS_LOG_NANOS && queues.waiting() > 0) {
                lastStatsLog = now;
                stats = queues.stats(now);
            }
        }
        for (PendingCommand cmd : lateAnswers) {
            fail(cmd, new CommandTimeoutException("no response to " + cmd.commandName() + " within "
                    + cmd.timeoutMillis() + " ms"));
        }
        for (PendingCommand cmd : neverSent) {
            fail(cmd, new CommandTimeoutException("no response to " + cmd.commandName() + " within "
                    + cmd.timeoutMillis() + " ms (not connected to the CLI)"));
        }
        if (stats != null) {
            for (CommandQueues.SenderStats s : stats) {
                if (s.waiting() > 0) {
                    log.debug("commands waiting for the CLI from {}: {} (oldest {} ms); {} sent, {} ms waited in all",
                            s.sender().isEmpty() ? "the host" : s.sender(), s.waiting(), s.oldestWaitMillis(), s.sent(),
                            s.waitedMillisTotal());
                }
            }
        }
    }

    private static void fail(PendingCommand cmd, ChatSessionException error) {
        cmd.callback().failed(error);
    }

    /** A sender's view of the session: its own queue, with futures or callbacks. */
    private final class Lane implements CommandGateway {
        private final CommandQueues.Queue queue;

        Lane(CommandQueues.Queue queue) {
            this.queue = queue;
        }

        @Override
        public CompletableFuture<ChatResponse> send(String command) {
            return send(command, options.commandTimeout());
        }

        CompletableFuture<ChatResponse> send(String command, Duration timeout) {
            FutureCallback callback = new FutureCallback();
            enqueue(queue, command, timeout, callback);
            return callback.future;
        }

        @Override
        public void submit(String command, CommandCallback callback) {
            enqueue(queue, command, options.commandTimeout(), callback);
        }

        @Override
        public CommandGateway lane(String sender) {
            return ChatSession.this.lane(sender);
        }
    }

    /** Completes a future on the replies thread, never on the socket's read thread. */
    private final class FutureCallback implements CommandCallback {
        final CompletableFuture<ChatResponse> future = new CompletableFuture<>();

        @Override
        public void answered(ChatResponse response) {
            completeLater(() -> future.complete(response));
        }

        @Override
        public void failed(Throwable error) {
            completeLater(() -> future.completeExceptionally(error));
        }

        private void completeLater(Runnable completion) {
            try {
                replies.execute(completion);
            } catch (RejectedExecutionException e) {
                completion.run(); // only after close: no read thread left to protect
            }
        }
    }

    // ---- connecting ----------------------------------------------------------------------------------------

    private void connect() {
        synchronized (lock) {
            if (lifecycle != Lifecycle.RUNNING) {
                return;
            }
            CliSocket socket = new CliSocket(options.url(), options.maxFrameBytes(), socketHandler);
            current = socket;
            socket.connect();
        }
    }

    private void publish(ConnectionState state) {
        try {
            listener.onConnectionState(state);
        } catch (RuntimeException e) {
            log.error("Session listener failed on state {}", state, e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Everything a socket reports; callbacks from a socket that is no longer current are ignored. */
    private final class SocketHandler implements CliSocket.Handler {

        @Override
        public void opened(CliSocket socket) {
            ConnectionState state;
            synchronized (lock) {
                if (socket != current || lifecycle != Lifecycle.RUNNING) {
                    return;
                }
                open = true;
                state = everConnected ? ConnectionState.RECONNECTED : ConnectionState.CONNECTED;
                everConnected = true;
                failedAttempts = 0;
                // State goes out before any frame of this connection: this is the socket's read thread.
                publish(state);
                queues.pump(writer, System.nanoTime());
            }
            log.info("{} to SimpleX CLI at {}", state == ConnectionState.CONNECTED ? "Connected" : "Reconnected",
                    options.url());
        }

        @Override
        public void text(CliSocket socket, String frame) {
            if (socket != current) {
                return;
            }
            Envelope envelope = parser.parse(frame);
            if (envelope instanceof Envelope.Event event) {
                deliver(new ChatEvent(event.type(), event.json()));
            } else if (envelope instanceof Envelope.Reply reply) {
                answer(reply);
            } else if (envelope instanceof Envelope.Invalid invalid) {
                // The excerpt can hold message text: only at DEBUG, like every other piece of content.
                log.warn("Skipped a frame from the CLI: {} ({} chars)", invalid.reason(), frame.length());
                log.debug("Skipped frame starts with: {}", invalid.excerpt());
            }
        }

        @Override
        public void binary(CliSocket socket, int bytes) {
            log.warn("Skipped a binary frame from the CLI ({} bytes): the API sends JSON text", bytes);
        }

        @Override
        public void closed(CliSocket socket, int code, String reason) {
            boolean wasOpen;
            boolean reconnect;
            Duration delay = Duration.ZERO;
            List<PendingCommand> inFlight = List.of();
            synchronized (lock) {
                if (socket != current) {
                    return;
                }
                current = null;
                wasOpen = open;
                open = false;
                if (wasOpen) {
                    inFlight = queues.disconnected(System.nanoTime());
                    completeDrainIfEmpty();
                }
                reconnect = lifecycle == Lifecycle.RUNNING;
                if (reconnect) {
                    delay = backoff.delay(failedAttempts++);
                    scheduler.schedule(ChatSession.this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            if (wasOpen) {
                for (PendingCommand cmd : inFlight) {
                    fail(cmd, new DisconnectedException("connection to the CLI lost while " + cmd.commandName()
                            + " was in flight; it may or may not have run"));
                }
                log.warn("Disconnected from SimpleX CLI at {} ({}); {} command(s) failed{}", options.url(),
                        describe(code, reason), inFlight.size(),
                        reconnect ? "; reconnecting in " + delay.toMillis() + " ms" : "");
                publish(ConnectionState.DISCONNECTED);
            } else if (!reconnect) {
                return;
            } else if (failedAttempts == 1) {
                log.warn("Cannot connect to SimpleX CLI at {} ({}); retrying in {} ms, then with backoff up to {} s",
                        options.url(), describe(code, reason), delay.toMillis(), options.backoffCap().toSeconds());
            } else {
                log.debug("Connect attempt {} to {} failed ({}); next in {} ms",
                        failedAttempts, options.url(), describe(code, reason), delay.toMillis());
            }
        }

        @Override
        public void failed(CliSocket socket, Exception error) {
            log.debug("WebSocket error on {}", options.url(), error);
        }

        private void deliver(ChatEvent event) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                log.error("Session listener failed on event {}", event.type(), e);
            }
        }

        private void answer(Envelope.Reply reply) {
            PendingCommand cmd;
            synchronized (lock) {
                long now = System.nanoTime();
                cmd = queues.answered(reply.corrId(), now);
                if (cmd != null) {
                    queues.pump(writer, now);
                    completeDrainIfEmpty();
                }
            }
            if (cmd == null) {
                log.debug("Dropped a {} response with unknown corrId {} (timed out or not ours)",
                        reply.type(), reply.corrId());
            } else if (reply.failed()) {
                cmd.callback().failed(new ChatCommandException(
                        cmd.commandName() + " failed: " + ChatErrorSummary.of(reply.chatErrorJson()),
                        reply.type(), reply.chatErrorJson()));
            } else {
                cmd.callback().answered(new ChatResponse(reply.corrId(), reply.type(), reply.json()));
            }
        }

        private String describe(int code, String reason) {
            return reason == null || reason.isBlank() ? "code " + code : reason;
        }
    }
}
