package dev.simplexbot.session;

/**
 * The outcome of one command, for callers that hand results off themselves instead of chaining on a future.
 * Called exactly once, on a session thread (the socket's read thread or the session's timer): implementations
 * must only hand off (e.g. queue the result for a script's loop) and never block or run script code.
 */
public interface CommandCallback {
    void answered(ChatResponse response);

    /** {@code error} is a {@link ChatSessionException} for everything the session reports. */
    void failed(Throwable error);
}
