package dev.simplexbot.session;

/**
 * Receives events and connection state changes. Called on the WebSocket read thread (events) or a
 * session thread (state): implementations must only hand off (offer to a queue) and never block.
 */
public interface SessionListener {
    void onEvent(ChatEvent event);

    default void onConnectionState(ConnectionState state) {}

    /** {@code listener}, with {@code observer} told of each connection state first. */
    static SessionListener observingStates(SessionListener listener, java.util.function.Consumer<ConnectionState> observer) {
        return new SessionListener() {
            @Override
            public void onEvent(ChatEvent event) {
                listener.onEvent(event);
            }

            @Override
            public void onConnectionState(ConnectionState state) {
                observer.accept(state);
                listener.onConnectionState(state);
            }
        };
    }
}
