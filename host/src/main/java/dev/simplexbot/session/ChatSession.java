package dev.simplexbot.session;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * {@link SessionListener#onEvent}, responses to the {@code simplex-session-replies} thread, which completes the
 * command's future (so code chained on a future never runs on, or stalls, the read thread). Reconnects and
 * timeouts run on the {@code simplex-session} scheduler thread, never on a socket thread.
 *
 * <p>Commands are written in the order {@link #send} was called. A command sent while disconnected waits, queued,
 * for the connection up to its timeout. When the connection drops, every command already written fails at once
 * with {@link DisconnectedException}; the session then reconnects forever with {@link Backoff}.
 */
public final class ChatSession implements CommandGateway, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatSession.class);
    private static final SessionListener NO_LISTENER = event -> {};

    private enum Lifecycle { NEW, RUNNING, CLOSING, CLOSED }

    private final SessionOptions options;
    private final EnvelopeParser parser;
    private final Backoff backoff;
    private final PendingCommands pending = new PendingCommands();
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService replies;
    private final CliSocket.Handler socketHandler = new SocketHandler();

    private final Object lock = new Object();
    private final ArrayDeque<PendingCommand> outbox = new ArrayDeque<>(); // guarded by lock
    private Lifecycle lifecycle = Lifecycle.NEW; // guarded by lock
    private long lastSequence; // guarded by lock
    private boolean open; // guarded by lock
    private boolean everConnected; // guarded by lock
    private int failedAttempts; // guarded by lock
    private volatile CliSocket current;
    private volatile SessionListener listener = NO_LISTENER;

    /** @throws IllegalArgumentException if the URL is not loopback and remote hosts are not allowed */
    public ChatSession(SessionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        LoopbackPolicy.check(options.url(), options.allowRemote());
        this.parser = new EnvelopeParser(options.maxFrameBytes());
        this.backoff = new Backoff(options.backoffInitial(), options.backoffCap(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemon("simplex-session"));
        this.scheduler.setRemoveOnCancelPolicy(true);
        this.replies = Executors.newSingleThreadExecutor(daemon("simplex-session-replies"));
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
        return send(command, options.commandTimeout());
    }

    /** Like {@link #send(String)} with its own timeout. */
    public CompletableFuture<ChatResponse> send(String command, Duration timeout) {
        Objects.requireNonNull(command, "command");
        synchronized (lock) {
            if (lifecycle == Lifecycle.CLOSING || lifecycle == Lifecycle.CLOSED) {
                return CompletableFuture.failedFuture(new SessionClosedException(
                        "session is closing: command " + PendingCommand.nameOf(command) + " not sent"));
            }
            PendingCommand cmd = new PendingCommand(++lastSequence, command);
            pending.add(cmd);
            cmd.timeout(scheduler.schedule(() -> timeOut(cmd, timeout), timeout.toNanos(), TimeUnit.NANOSECONDS));
            if (!(open && outbox.isEmpty() && write(cmd))) {
                outbox.add(cmd);
            }
            return cmd.future();
        }
    }

    /** True while the socket to the CLI is open. */
    public boolean isConnected() {
        synchronized (lock) {
            return open;
        }
    }

    /**
     * Stops taking commands ({@link SessionClosedException}), waits up to {@code drain} for commands already
     * written to be answered, fails whatever is left with {@link SessionClosedException}, closes the socket and
     * publishes {@link ConnectionState#CLOSED}. Calling it again does nothing.
     */
    public void close(Duration drain) {
        List<PendingCommand> queued;
        synchronized (lock) {
            if (lifecycle == Lifecycle.CLOSING || lifecycle == Lifecycle.CLOSED) {
                return;
            }
            lifecycle = Lifecycle.CLOSING;
            queued = List.copyOf(outbox);
            outbox.clear();
        }
        for (PendingCommand cmd : queued) {
            if (pending.remove(cmd)) {
                fail(cmd, new SessionClosedException("session closed before " + cmd.commandName() + " was sent"));
            }
        }
        awaitInFlight(drain);
        CliSocket socket;
        synchronized (lock) {
            lifecycle = Lifecycle.CLOSED;
            open = false;
            socket = current;
            current = null;
        }
        for (PendingCommand cmd : pending.removeAll()) {
            fail(cmd, new SessionClosedException("session closed before the response to " + cmd.commandName()));
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

    private void awaitInFlight(Duration drain) {
        try {
            pending.allWrittenDone().get(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("{} command(s) still unanswered after the {} ms drain", pending.size(), drain.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // allWrittenDone() swallows each command's failure; nothing else can end up here
        }
    }

    // ---- writing -------------------------------------------------------------------------------------------

    /** Writes one command frame; false if the socket is gone (the caller keeps the command queued). */
    private boolean write(PendingCommand cmd) {
        CliSocket socket = current;
        if (socket == null) {
            return false;
        }
        try {
            socket.send(frame(cmd));
            cmd.markWritten();
            return true;
        } catch (WebsocketNotConnectedException e) {
            return false;
        }
    }

    private static String frame(PendingCommand cmd) {
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        return "{\"corrId\":\"" + cmd.corrId() + "\",\"cmd\":\"" + new String(quote.quoteAsString(cmd.command())) + "\"}";
    }

    /** Called with the lock held once the socket is open: sends what waited, in order. */
    private void flushOutbox() {
        while (!outbox.isEmpty()) {
            PendingCommand next = outbox.peek();
            if (!write(next)) {
                return;
            }
            outbox.poll();
        }
    }

    private void timeOut(PendingCommand cmd, Duration timeout) {
        if (!pending.remove(cmd)) {
            return;
        }
        synchronized (lock) {
            outbox.remove(cmd);
        }
        fail(cmd, new CommandTimeoutException("no response to " + cmd.commandName() + " within "
                + timeout.toMillis() + " ms" + (cmd.written() ? "" : " (not connected to the CLI)")));
    }

    private void fail(PendingCommand cmd, ChatSessionException error) {
        cmd.cancelTimeout();
        completeLater(() -> cmd.future().completeExceptionally(error));
    }

    private void completeLater(Runnable completion) {
        try {
            replies.execute(completion);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            completion.run(); // only after close: no read thread left to protect
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
                flushOutbox();
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
            synchronized (lock) {
                if (socket != current) {
                    return;
                }
                current = null;
                wasOpen = open;
                open = false;
                reconnect = lifecycle == Lifecycle.RUNNING;
                if (reconnect) {
                    delay = backoff.delay(failedAttempts++);
                    scheduler.schedule(ChatSession.this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            if (wasOpen) {
                List<PendingCommand> inFlight = pending.removeWritten();
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
            PendingCommand cmd = pending.remove(reply.corrId());
            if (cmd == null) {
                log.debug("Dropped a {} response with unknown corrId {} (timed out or not ours)",
                        reply.type(), reply.corrId());
                return;
            }
            cmd.cancelTimeout();
            if (reply.failed()) {
                ChatCommandException error = new ChatCommandException(
                        cmd.commandName() + " failed: " + ChatErrorSummary.of(reply.chatErrorJson()),
                        reply.type(), reply.chatErrorJson());
                completeLater(() -> cmd.future().completeExceptionally(error));
            } else {
                ChatResponse response = new ChatResponse(reply.corrId(), reply.type(), reply.json());
                completeLater(() -> cmd.future().complete(response));
            }
        }

        private String describe(int code, String reason) {
            return reason == null || reason.isBlank() ? "code " + code : reason;
        }
    }
}
