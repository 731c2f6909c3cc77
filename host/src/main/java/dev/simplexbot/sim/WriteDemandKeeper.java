package dev.simplexbot.sim;

import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;

/**
 * Works around a race in Java-WebSocket's server (1.6.0): {@code send} from a thread other than the selector queues
 * the frame and asks for write interest, but when the selector has just emptied the queue it then resets the key to
 * read-only interest, undoing that request. The frame then waits in the queue until the next send, which may never
 * come (a response the client is waiting for). Every {@link #PERIOD_MILLIS} ms this asks again for write interest on
 * any connection that has frames queued but no write interest, so such a frame goes out within that period.
 */
final class WriteDemandKeeper implements AutoCloseable {
    static final long PERIOD_MILLIS = 5;

    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sim-write-demand");
        thread.setDaemon(true);
        return thread;
    });

    WriteDemandKeeper(Supplier<Collection<WebSocket>> connections) {
        sweeper.scheduleWithFixedDelay(() -> connections.get().forEach(WriteDemandKeeper::keepDemand),
                PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static void keepDemand(WebSocket socket) {
        if (!(socket instanceof WebSocketImpl connection) || !connection.isOpen() || !connection.hasBufferedData()) {
            return;
        }
        SelectionKey key = connection.getSelectionKey();
        try {
            if (key != null && key.isValid() && (key.interestOps() & SelectionKey.OP_WRITE) == 0) {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                key.selector().wakeup();
            }
        } catch (CancelledKeyException e) {
            // the connection is closing: nothing left to deliver
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
