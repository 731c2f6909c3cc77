package dev.simplexbot.script;

import dev.simplexbot.session.ChatEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * The events waiting for one script, in arrival order, bounded by count and by the size of their JSON text
 * ({@link FlowLimits}). Offered from any thread without blocking (the session's read thread must never wait for a
 * script); taken only by the script's loop. Past a bound a new event is dropped for this script alone, counted,
 * and logged once per flood; the CLI's other frames keep flowing.
 */
final class EventInbox {
    private record Waiting(ChatEvent event, long sinceNanos) {}

    private final String script;
    private final FlowLimits limits;
    private final Logger log;
    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong droppedInFlood = new AtomicLong();
    private final AtomicBoolean dropping = new AtomicBoolean();
    // Written by the loop thread only; read by stats().
    private volatile long taken;
    private volatile long waitedNanosTotal;
    private volatile long waitedNanosMax;

    EventInbox(String script, FlowLimits limits, Logger log) {
        this.script = script;
        this.limits = limits;
        this.log = log;
    }

    /** Queues the event; false when a bound is reached and it is dropped. */
    boolean offer(ChatEvent event) {
        int length = event.json().length();
        int count = size.incrementAndGet();
        long total = bytes.addAndGet(length);
        if (count > limits.maxQueuedEvents() || total > limits.maxQueuedEventBytes()) {
            size.decrementAndGet();
            bytes.addAndGet(-length);
            dropped.incrementAndGet();
            droppedInFlood.incrementAndGet();
            if (dropping.compareAndSet(false, true)) {
                log.warn("script {}: {} events ({} bytes) are waiting, the bound (--max-queued-events={}, "
                        + "--max-queued-event-bytes={}); new events for this script are dropped until it catches up "
                        + "(logged once per flood)", script, count - 1, total - length, limits.maxQueuedEvents(),
                        limits.maxQueuedEventBytes());
            }
            return false;
        }
        queue.add(new Waiting(event, System.nanoTime()));
        accepted.incrementAndGet();
        return true;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Up to {@code max} events, oldest first. Loop thread only. */
    List<ChatEvent> take(int max) {
        List<ChatEvent> batch = new ArrayList<>(Math.min(max, 64));
        long now = System.nanoTime();
        long waited = 0;
        long longest = waitedNanosMax;
        int length = 0;
        Waiting next;
        while (batch.size() < max && (next = queue.poll()) != null) {
            batch.add(next.event());
            length += next.event().json().length();
            long wait = now - next.sinceNanos();
            waited += wait;
            longest = Math.max(longest, wait);
        }
        int count = size.addAndGet(-batch.size());
        bytes.addAndGet(-length);
        taken += batch.size();
        waitedNanosTotal += waited;
        waitedNanosMax = longest;
        if (dropping.get() && count < limits.maxQueuedEvents() / 2
                && bytes.get() < limits.maxQueuedEventBytes() / 2 && dropping.compareAndSet(true, false)) {
            log.info("script {}: caught up with its events; {} were dropped during the flood", script, droppedInFlood.getAndSet(0));
        }
        return batch;
    }

    /** Events accepted so far (a barrier waits until this many were taken). */
    long accepted() {
        return accepted.get();
    }

    long taken() {
        return taken;
    }

    /** Removes what is left (the script stopped); returns how many events that was. */
    int clear() {
        int left = 0;
        while (queue.poll() != null) {
            left++;
        }
        size.addAndGet(-left);
        return left;
    }

    /** Queue depth and waits, for logs and metrics. */
    record Stats(int waiting, long bytes, long taken, long dropped, long waitedMillisTotal, long waitedMillisMax) {}

    Stats stats() {
        return new Stats(size.get(), bytes.get(), taken, dropped.get(), waitedNanosTotal / 1_000_000,
                waitedNanosMax / 1_000_000);
    }
}
