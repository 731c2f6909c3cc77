package dev.simplexbot.sim;

/** A simulated person waited for a message from the bot and none came in time. */
public final class SimTimeoutException extends RuntimeException {
    public SimTimeoutException(String message) {
        super(message);
    }
}
