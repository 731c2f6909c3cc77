package dev.simplexbot.sim;

import java.time.Duration;

/**
 * How a simulated person sends a message: where (their chat with the bot, or a group), quoting which item, whether it
 * disappears (time to live, whole seconds) and whether it is a live message they go on typing.
 *
 * <pre>{@code alice.send("see you", SendOptions.direct().disappearingAfter(Duration.ofSeconds(30)))}</pre>
 */
public record SendOptions(SimGroup group, Long quotedItemId, Integer ttl, boolean live) {
    public SendOptions {
        if (ttl != null && ttl < 1) {
            throw new IllegalArgumentException("a time to live is at least 1 second, got " + ttl);
        }
    }

    /** To the bot directly, nothing special. */
    public static SendOptions direct() {
        return new SendOptions(null, null, null, false);
    }

    public SendOptions inGroup(SimGroup where) {
        return new SendOptions(where, quotedItemId, ttl, live);
    }

    public SendOptions quoting(long itemId) {
        return new SendOptions(group, itemId, ttl, live);
    }

    public SendOptions disappearingAfter(Duration timeToLive) {
        long seconds = timeToLive.toSeconds();
        if (seconds < 1 || seconds > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a time to live is whole seconds from 1, got " + timeToLive);
        }
        return new SendOptions(group, quotedItemId, (int) seconds, live);
    }

    /** A live message: the bot sees it while it is being typed; finish it with {@code SimPerson.update}. */
    public SendOptions asLive() {
        return new SendOptions(group, quotedItemId, ttl, true);
    }
}
