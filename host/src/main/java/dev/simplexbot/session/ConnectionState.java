package dev.simplexbot.session;

/** The session's connection to the CLI, as published to listeners and scripts. */
public enum ConnectionState {
    /** Connected for the first time. */
    CONNECTED,
    /** The connection was lost; in-flight commands failed; reconnecting. */
    DISCONNECTED,
    /** Connected again after a loss. */
    RECONNECTED,
    /** Stopped for good. */
    CLOSED;

    /** The name scripts see: {@code connected}, {@code disconnected}, {@code reconnected}, {@code closed}. */
    public String eventType() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
