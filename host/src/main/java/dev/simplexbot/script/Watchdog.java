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
 *
 * <p>Loading modules is progress, not a runaway loop: each module file a call reads ({@link #progress}) starts its
 * timeout again and adds {@link #ALLOWANCE_PER_MODULE} to it, for running the module's body once all are read. So a
 * bot importing a library of hundreds of files (seconds of parsing and evaluating when GraalJS runs interpreted and
 * cold) starts, while a loop that loads nothing is stopped after the timeout as before. However much it loads, a
 * call is stopped after {@link #LONGEST_LOADING}.
 */
final class Watchdog implements AutoCloseable {
    private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);
    private static final long MAX_SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final Duration LONGEST_LOADING = Duration.ofMinutes(2);
    static final Duration ALLOWANCE_PER_MODULE = Duration.ofMillis(50);

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

    /** The call running in {@code context} has just read a module: its timeout starts again, a little longer. */
    void progress(Context context) {
        long now = System.nanoTime();
        for (Call call : active) {
            if (call.context == context) {
                call.progressNanos = now;
                call.allowanceNanos += ALLOWANCE_PER_MODULE.toNanos();
            }
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        long longest = Math.max(timeout.toNanos(), LONGEST_LOADING.toNanos());
        for (Call call : active) {
            boolean idle = now - call.progressNanos > timeout.toNanos() + call.allowanceNanos;
            if (!call.fired && (idle || now - call.startedNanos > longest)) {
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
        volatile long progressNanos;
        volatile long allowanceNanos;
        volatile boolean fired;

        Call(Context context, long startedNanos) {
            this.context = context;
            this.startedNanos = startedNanos;
            this.progressNanos = startedNanos;
        }
    }
}
