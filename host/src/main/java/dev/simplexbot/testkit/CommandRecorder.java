package dev.simplexbot.testkit;

import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.ObservedGateway;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The bot's gateway in tests: passes every command line to the real session (each script on its own lane, as in
 * production), remembers it, and counts the ones still waiting for a response. A command counts as answered only
 * after the runtime's completion callback ran, so by then the result is already queued on the bot's loop.
 */
final class CommandRecorder {
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final CommandGateway gateway;
    private int inFlight; // guarded by lock

    CommandRecorder(CommandGateway session) {
        this.gateway = new ObservedGateway(session, command -> {
            sent.add(command);
            synchronized (lock) {
                inFlight++;
            }
            return failure -> answered();
        });
    }

    /** The session as the bot's gateway, recorded. */
    CommandGateway gateway() {
        return gateway;
    }

    private void answered() {
        synchronized (lock) {
            inFlight--;
            lock.notifyAll();
        }
    }

    /** Command lines the bot sent, oldest first. */
    List<String> sent() {
        return List.copyOf(sent);
    }

    int sentCount() {
        return sent.size();
    }

    /** Waits until every command sent so far was answered; false when {@code timeout} passed first. */
    boolean awaitAllAnswered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }
}
