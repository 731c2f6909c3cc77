package dev.simplexbot.testkit;

/** The bot under test did not start: its file failed to load, or it did not settle in time. */
public final class BotStartException extends RuntimeException {
    public BotStartException(String message) {
        super(message);
    }
}
