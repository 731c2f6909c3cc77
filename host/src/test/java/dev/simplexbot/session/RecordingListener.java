package dev.simplexbot.session;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records what a session publishes, for tests to wait on. */
final class RecordingListener implements SessionListener {
    final LinkedBlockingQueue<ChatEvent> events = new LinkedBlockingQueue<>();
    final LinkedBlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(ChatEvent event) {
        events.add(event);
    }

    @Override
    public void onConnectionState(ConnectionState state) {
        states.add(state);
    }

    ConnectionState nextState(Duration timeout) throws InterruptedException {
        ConnectionState s = states.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (s == null) {
            throw new AssertionError("no connection state within " + timeout);
        }
        return s;
    }

    ChatEvent nextEvent(Duration timeout) throws InterruptedException {
        ChatEvent e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) {
            throw new AssertionError("no event within " + timeout);
        }
        return e;
    }
}
