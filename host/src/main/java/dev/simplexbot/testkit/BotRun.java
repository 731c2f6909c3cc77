package dev.simplexbot.testkit;

import dev.simplexbot.http.HostHttpServer;
import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.metrics.Monitoring;
import dev.simplexbot.script.ReachOptions;
import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptFailure;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.SessionListener;
import dev.simplexbot.session.SessionOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * One start of the bot, the way {@code simplex-bot run} does it: a script runtime loaded first, then a real
 * {@link ChatSession} to the simulator's WebSocket with the runtime as its listener. A restart is a new run.
 */
final class BotRun implements AutoCloseable {
    /** A command without side effects: its answer comes after the events of every earlier command on the wire. */
    static final String WIRE_PROBE = "/user";
    private static final Duration DRAIN = Duration.ofSeconds(2);

    private final ChatSession session;
    private final CommandRecorder recorder;
    private final ScriptRuntime runtime;
    private final Monitoring monitoring;
    private final WebhookLimits webhookLimits;
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private HostHttpServer http; // started on first use

    private BotRun(ChatSession session, CommandRecorder recorder, ScriptRuntime runtime, Monitoring monitoring,
                   WebhookLimits webhookLimits) {
        this.session = session;
        this.recorder = recorder;
        this.runtime = runtime;
        this.monitoring = monitoring;
        this.webhookLimits = webhookLimits;
    }

    /** Loads {@code script}, connects, and waits until the bot's start-up commands are done. */
    static BotRun start(Path script, String url, RuntimeOptions options, ReachOptions reach, WebhookLimits webhookLimits,
                        Duration timeout) {
        ChatSession session = new ChatSession(SessionOptions.of(URI.create(url)).withCommandTimeout(timeout));
        Monitoring monitoring = new Monitoring();
        CommandRecorder recorder = new CommandRecorder(monitoring.gateway(session));
        ScriptRuntime runtime = new ScriptRuntime(options, recorder.gateway(), reach);
        monitoring.watch(runtime);
        BotRun run = new BotRun(session, recorder, runtime, monitoring, webhookLimits);
        try {
            StartReport report = run.runtime.start(script);
            if (report.hasFailures()) {
                throw new BotStartException(report.failures().stream().map(ScriptFailure::message)
                        .collect(Collectors.joining("; ")));
            }
            session.start(monitoring.listener(run.new Listener()));
            await(run.connected, timeout, "the bot did not connect to the simulator");
            run.awaitIdle(timeout);
            return run;
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
    }

    /**
     * Waits until the bot has nothing left to do right now: every command answered, the events they caused
     * delivered, and every queued event, result and due timer handled. Two quiet rounds in a row are
     * required, because a command's result may be queued on the bot's loop just after the round's barrier.
     */
    void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietRounds = 0;
        while (quietRounds < 2) {
            int before = recorder.sentCount();
            long fetchesBefore = runtime.net().startedCount();
            try {
                if (!recorder.awaitAllAnswered(left(deadline))) {
                    throw new BotStartException("the bot still waits for answers to its commands after " + timeout
                            + "; last sent: " + lastCommands());
                }
                if (!runtime.net().awaitNoneInFlight(left(deadline))) {
                    throw new BotStartException("the bot still waits for its fetches after " + timeout);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for the bot", e);
            }
            await(session.send(WIRE_PROBE).handle((response, failure) -> null), left(deadline),
                    "the simulator did not answer");
            await(runtime.drained(), left(deadline), "the bot is still busy after " + timeout);
            quietRounds = recorder.sentCount() == before && runtime.net().startedCount() == fetchesBefore ? quietRounds + 1 : 0;
        }
    }

    List<String> commandsSent() {
        return recorder.sent();
    }

    ScriptRuntime runtime() {
        return runtime;
    }

    /** The host's HTTP server on a free port of 127.0.0.1, started the first time a test calls a webhook. */
    synchronized HostHttpServer http() {
        if (http == null) {
            http = monitoring.serve(new HttpAddress("127.0.0.1", 0), runtime, webhookLimits, false);
        }
        return http;
    }

    private String lastCommands() {
        List<String> sent = recorder.sent();
        return sent.subList(Math.max(0, sent.size() - 3), sent.size()).toString();
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    private static void await(CompletableFuture<?> future, Duration timeout, String whenLate) {
        try {
            future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new BotStartException(whenLate + " (waited " + timeout + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the bot", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (http != null) {
                    http.close();
                }
            }
            session.close(DRAIN);
        } finally {
            runtime.close();
            monitoring.close();
        }
    }

    /** The runtime hears the session; the harness also learns when the connection is up. */
    private final class Listener implements SessionListener {
        @Override
        public void onEvent(ChatEvent event) {
            runtime.onEvent(event);
        }

        @Override
        public void onConnectionState(ConnectionState state) {
            runtime.onConnectionState(state);
            if (state == ConnectionState.CONNECTED) {
                connected.complete(null);
            }
        }
    }
}
