package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to every attached client in one total order. While no client is attached, events wait
 * in a bounded backlog (oldest dropped, with a warning) and go to the next client that attaches.
 */
public final class EventRelay {
    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

    private final int capacity;
    private final Deque<ObjectNode> backlog = new ArrayDeque<>();
    private final List<Consumer<ObjectNode>> clients = new ArrayList<>();
    private long dropped;

    public EventRelay(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("backlog capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void publish(ObjectNode event) {
        if (clients.isEmpty()) {
            if (backlog.size() == capacity) {
                backlog.removeFirst();
                if (dropped++ % 1000 == 0) {
                    log.warn("event backlog full ({} events, no client connected): dropping the oldest ({} dropped so far)", capacity, dropped);
                }
            }
            backlog.addLast(event);
            return;
        }
        for (Consumer<ObjectNode> client : clients) {
            client.accept(event);
        }
    }

    public synchronized void publishAll(List<ObjectNode> events) {
        events.forEach(this::publish);
    }

    /** Attaches a client (it must not block) and hands it the backlog first; close the result to detach. */
    public synchronized AutoCloseable attach(Consumer<ObjectNode> client) {
        while (!backlog.isEmpty()) {
            client.accept(backlog.removeFirst());
        }
        clients.add(client);
        return () -> detach(client);
    }

    private synchronized void detach(Consumer<ObjectNode> client) {
        clients.remove(client);
    }

    public synchronized int backlogSize() {
        return backlog.size();
    }

    /** Runs {@code action} so that no event is delivered while it runs: a response and its events stay together. */
    synchronized void exclusive(Runnable action) {
        action.run();
    }
}
