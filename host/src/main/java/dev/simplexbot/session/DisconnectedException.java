package dev.simplexbot.session;

/** The connection to the CLI was lost while the command was in flight; it may or may not have run. */
public final class DisconnectedException extends ChatSessionException {
    public DisconnectedException(String message) {
        super(message);
    }

    @Override
    public String errorName() {
        return "DisconnectedError";
    }
}
