package dev.simplexbot.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One chat's worth of messages from the bot, as a person sees them: all of them, and the ones not yet taken. */
final class Inbox {
    private final List<SimMessage> all = new ArrayList<>();
    private int taken;

    synchronized void add(SimMessage message) {
        all.add(message);
        notifyAll();
    }

    synchronized void replace(long itemId, java.util.function.UnaryOperator<SimMessage> change) {
        all.replaceAll(m -> m.itemId() == itemId ? change.apply(m) : m);
    }

    synchronized List<SimMessage> snapshot() {
        return List.copyOf(all);
    }

    /** The next message not taken yet, waiting up to {@code timeout}; {@code null} when none came. */
    synchronized SimMessage next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (taken >= all.size()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return all.get(taken++);
    }
}
