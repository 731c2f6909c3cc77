package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Disappearing messages: an item with a time to live gets its {@code deleteAt}, and when that comes the bot's CLI
 * deletes it and tells the bot ({@code chatItemsDeleted} with {@code timed: true}); people no longer see it.
 */
final class TimedItems implements AutoCloseable {
    private final SimState state;
    private final EventRelay events;
    private final Delivery delivery;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sim-timed-messages");
        thread.setDaemon(true);
        return thread;
    });

    TimedItems(SimState state, EventRelay events, Delivery delivery) {
        this.state = state;
        this.events = events;
        this.delivery = delivery;
    }

    /** Gives {@code item} its time to live (seconds, at least 1) and schedules its end. Call under the state lock. */
    void start(Entities.ChatItem item, int ttlSeconds) {
        if (ttlSeconds < 1) {
            throw new IllegalArgumentException("a time to live is at least 1 second, got " + ttlSeconds);
        }
        item.ttl = ttlSeconds;
        item.deleteAt = Instant.now().plusSeconds(ttlSeconds).truncatedTo(ChronoUnit.MILLIS).toString();
        if (!clock.isShutdown()) {
            clock.schedule(() -> expire(item), ttlSeconds, TimeUnit.SECONDS);
        }
    }

    private void expire(Entities.ChatItem item) {
        state.locked(() -> {
            if (state.items.get(item.itemId) != item || item.deleted != null) {
                return;
            }
            Entities.User user = state.users.get(item.userId);
            if (user == null) {
                return;
            }
            ObjectNode before = state.json.aChatItem(item);
            item.deleted = SimJson.typed("deleted").put("deletedTs", SimJson.now()).put("chatType", item.chat.chatType());
            if (item.sent) {
                delivery.deleted(item);
            }
            ObjectNode deletion = state.json.deletion(before, state.json.aChatItem(item));
            events.publish(Responses.of("chatItemsDeleted", user).<ObjectNode>set("chatItemDeletions", SimJson.array().add(deletion))
                    .put("byUser", false).put("timed", true));
        });
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
