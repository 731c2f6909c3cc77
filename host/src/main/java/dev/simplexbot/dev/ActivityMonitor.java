package dev.simplexbot.dev;

import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.ObservedGateway;
import dev.simplexbot.session.SessionListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Counts the bot's commands (sent, and still waiting for the simulated CLI's answer) and notices the session's
 * first connection. {@link DevEnvironment#awaitIdle} uses it to tell when the bot has nothing left to do.
 */
public final class ActivityMonitor {
    private final Object lock = new Object();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private long sent;
    private int pending;

    /** {@code gateway} with every command counted as sent, and as pending until its response (or failure). */
    public CommandGateway track(CommandGateway gateway) {
        return new ObservedGateway(gateway, command -> {
            synchronized (lock) {
                sent++;
                pending++;
            }
            return failure -> answered();
        });
    }

    /** {@code listener} that also completes {@link #connected()} on the first connection. */
    public SessionListener track(SessionListener listener) {
        return new SessionListener() {
            @Override
            public void onEvent(ChatEvent event) {
                listener.onEvent(event);
            }

            @Override
            public void onConnectionState(ConnectionState state) {
                if (state == ConnectionState.CONNECTED) {
                    connected.complete(null);
                }
                listener.onConnectionState(state);
            }
        };
    }

    public CompletableFuture<Void> connected() {
        return connected;
    }

    /** How many commands the bot has sent so far. */
    public long sentCount() {
        synchronized (lock) {
            return sent;
        }
    }

    /** Waits until every command sent so far is answered; {@code false} when some still wait after {@code timeout}. */
    public boolean awaitAllAnswered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void answered() {
        synchronized (lock) {
            pending--;
            lock.notifyAll();
        }
    }
}
