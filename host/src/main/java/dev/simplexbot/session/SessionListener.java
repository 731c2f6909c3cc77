package dev.simplexbot.session;

/**
 * Receives events and connection state changes. Called on the WebSocket read thread (events) or a
 * session thread (state): implementations must only hand off (offer to a queue) and never block.
 */
public interface SessionListener {
    void onEvent(ChatEvent event);

    default void onConnectionState(ConnectionState state) {}
}
