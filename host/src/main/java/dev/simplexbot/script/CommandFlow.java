package dev.simplexbot.script;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * One script's commands between {@code bot.chat.*} and the CLI's answer, counted across reloads (a reloaded
 * script's earlier commands still occupy the connection). It bounds them ({@link FlowLimits}) and tells the
 * script's loop when to hold events back: while {@link #PAUSE_EVENTS_AT} or more are unanswered, new events
 * wait until the CLI catches up, so a script that awaits its commands never meets a bound, whatever the burst.
 */
final class CommandFlow {
    /**
     * Enough unanswered commands to keep the CLI busy and the script's batches large at full speed; beyond it more
     * events only grow the queues. Events flow again once fewer than {@link #RESUME_EVENTS_BELOW} are unanswered.
     */
    static final int PAUSE_EVENTS_AT = 64;
    static final int RESUME_EVENTS_BELOW = 32;

    private final String script;
    private final FlowLimits limits;
    private final Logger log;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicLong outstandingBytes = new AtomicLong();
    private final AtomicBoolean refusing = new AtomicBoolean();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean paused;

    CommandFlow(String script, FlowLimits limits, Logger log) {
        this.script = script;
        this.limits = limits;
        this.log = log;
    }

    /** Counts a command about to be sent; returns why it is refused when a bound is reached, else {@code null}. */
    String acquire(int bytes) {
        int count = outstanding.incrementAndGet();
        long size = outstandingBytes.addAndGet(bytes);
        String bound = null;
        if (count > limits.maxQueuedCommands()) {
            bound = limits.maxQueuedCommands() + " commands are already waiting for the CLI (--max-queued-commands)";
        } else if (size > limits.maxQueuedCommandBytes()) {
            bound = (size - bytes) + " bytes of commands are already waiting for the CLI (--max-queued-command-bytes="
                    + limits.maxQueuedCommandBytes() + ")";
        }
        if (bound == null) {
            if (count >= PAUSE_EVENTS_AT) {
                paused = true;
            }
            return null;
        }
        outstanding.decrementAndGet();
        outstandingBytes.addAndGet(-bytes);
        refused.incrementAndGet();
        if (refusing.compareAndSet(false, true)) {
            log.warn("script {}: refusing commands: {}; await them before sending more (logged once per flood)",
                    script, bound);
        }
        return bound + "; await some before sending more";
    }

    /**
     * A command was answered, failed or timed out. Its result is then posted to the script's loop, which wakes it
     * up to look at {@link #allowsEvents()} again.
     */
    void release(int bytes) {
        int count = outstanding.decrementAndGet();
        outstandingBytes.addAndGet(-bytes);
        if (refusing.get() && count < limits.maxQueuedCommands() / 2 && refusing.compareAndSet(true, false)) {
            log.info("script {}: accepting commands again; {} were refused during the flood", script, refused.getAndSet(0));
        }
    }

    /** False while the CLI is behind with this script's commands: its events wait. Called on the script's loop. */
    boolean allowsEvents() {
        if (paused && outstanding.get() < RESUME_EVENTS_BELOW) {
            paused = false;
        }
        return !paused;
    }

    /** How many events the loop may hand the script now before it checks again. */
    int eventRoom() {
        return Math.max(0, PAUSE_EVENTS_AT - outstanding.get());
    }

    int outstanding() {
        return outstanding.get();
    }
}
