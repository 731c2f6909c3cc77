package dev.simplexbot.script;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * Interrupts a context that stays in one call (handler, timer callback, default export) longer than the
 * handler timeout. Community GraalJS has no statement limits, so this is the only brake on {@code while(true){}};
 * the interrupt is non-destructive, so the script goes on with its next event.
 *
 * <p>A call costs only its entry in the set of active calls; one sweeper thread checks their ages every
 * {@code timeout / 10} (at most 100 ms). A timer scheduled and cancelled per call would cost more on the event
 * path and leave thousands of cancelled tasks queued at high event rates.
 */
final class Watchdog implements AutoCloseable {
    private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);
    private static final long MAX_SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Duration timeout;
    private final Set<Call> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "script-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    Watchdog(Duration timeout) {
        this.timeout = timeout;
        long period = Math.max(1, Math.min(MAX_SWEEP_NANOS, timeout.toNanos() / 10));
        sweeper.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.NANOSECONDS);
    }

    Duration timeout() {
        return timeout;
    }

    /** Runs {@code call} in {@code context}; returns true when it completed, false when the watchdog interrupted it. */
    boolean run(Context context, Runnable call) {
        Call entry = new Call(context, System.nanoTime());
        active.add(entry);
        try {
            call.run();
            return true;
        } catch (PolyglotException e) {
            if (entry.fired && (e.isInterrupted() || e.isCancelled())) {
                return false;
            }
            throw e;
        } finally {
            active.remove(entry);
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Call call : active) {
            if (!call.fired && now - call.startedNanos > timeout.toNanos()) {
                call.fired = true;
                interrupt(call.context);
            }
        }
    }

    private static void interrupt(Context context) {
        try {
            context.interrupt(INTERRUPT_WAIT);
        } catch (TimeoutException | IllegalStateException e) {
            // Timed out: the call is stuck in host code and returns by itself; closed: nothing left to stop.
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    /** One call in progress; identity-compared, so two calls never collide in the set. */
    private static final class Call {
        final Context context;
        final long startedNanos;
        volatile boolean fired;

        Call(Context context, long startedNanos) {
            this.context = context;
            this.startedNanos = startedNanos;
        }
    }
}
