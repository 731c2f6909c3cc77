package dev.simplexbot.session;

/** The session is stopping or stopped and takes no new commands. */
public final class SessionClosedException extends ChatSessionException {
    public SessionClosedException(String message) {
        super(message);
    }

    @Override
    public String errorName() {
        return "SessionClosedError";
    }
}
