package dev.simplexbot.session;

/** Base of the typed errors a command can fail with. {@link #errorName()} is the name scripts see. */
public abstract class ChatSessionException extends RuntimeException {
    protected ChatSessionException(String message) {
        super(message);
    }

    /** A stable name: {@code ChatCommandError}, {@code CommandTimeoutError}, {@code DisconnectedError}, {@code SessionClosedError}. */
    public abstract String errorName();
}
