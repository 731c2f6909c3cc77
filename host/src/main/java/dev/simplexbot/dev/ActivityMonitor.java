package dev.simplexbot.dev;

import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.SessionListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Tells when the bot has gone quiet: no command waiting for the simulated CLI and nothing happening (events,
 * commands, people's actions, bot messages) for a while. The dev console waits for quiet before connecting you
 * (so the bot's setup has made its address) and, when piped, before reading the next line and before exiting.
 * A script may still be computing after the quiet period; the wait is a bounded heuristic, not a guarantee.
 */
public final class ActivityMonitor {
    private final Object lock = new Object();
    private int pendingCommands;
    private long lastActivityNanos = System.nanoTime();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();

    /** {@code gateway} with every command counted as pending until its response (or failure) arrives. */
    public CommandGateway track(CommandGateway gateway) {
        return command -> {
            changePending(+1);
            return gateway.send(command).whenComplete((response, error) -> changePending(-1));
        };
    }

    /** {@code listener} with every event and connection change counted as activity. */
    public SessionListener track(SessionListener listener) {
        return new SessionListener() {
            @Override
            public void onEvent(ChatEvent event) {
                touch();
                listener.onEvent(event);
            }

            @Override
            public void onConnectionState(ConnectionState state) {
                if (state == ConnectionState.CONNECTED) {
                    connected.complete(null);
                }
                touch();
                listener.onConnectionState(state);
            }
        };
    }

    /** Completes when the tracked listener hears the session's first connection. */
    public CompletableFuture<Void> connected() {
        return connected;
    }

    /** Something happened that the bot may react to. */
    public void touch() {
        synchronized (lock) {
            lastActivityNanos = System.nanoTime();
            lock.notifyAll();
        }
    }

    /**
     * Waits until no command is pending and nothing happened for {@code quiet}, or until {@code cap} passed.
     *
     * @return whether it went quiet within the cap
     */
    public boolean awaitQuiet(Duration quiet, Duration cap) throws InterruptedException {
        long deadline = System.nanoTime() + cap.toNanos();
        synchronized (lock) {
            while (true) {
                long now = System.nanoTime();
                long quietLeft = lastActivityNanos + quiet.toNanos() - now;
                if (pendingCommands == 0 && quietLeft <= 0) {
                    return true;
                }
                long capLeft = deadline - now;
                if (capLeft <= 0) {
                    return false;
                }
                long waitNanos = pendingCommands > 0 ? capLeft : Math.min(quietLeft, capLeft);
                lock.wait(Math.max(1, waitNanos / 1_000_000));
            }
        }
    }

    private void changePending(int delta) {
        synchronized (lock) {
            pendingCommands += delta;
            lastActivityNanos = System.nanoTime();
            lock.notifyAll();
        }
    }
}
