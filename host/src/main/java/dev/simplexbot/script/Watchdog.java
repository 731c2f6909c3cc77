package dev.simplexbot.script;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * Interrupts a context that stays in one call (handler, timer callback, default export) longer than the
 * handler timeout. Community GraalJS has no statement limits, so this is the only brake on {@code while(true){}};
 * the interrupt is non-destructive, so the script goes on with its next event.
 */
final class Watchdog implements AutoCloseable {
    private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);

    private final Duration timeout;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "script-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    Watchdog(Duration timeout) {
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** Runs {@code call} in {@code context}; returns true when it completed, false when the watchdog interrupted it. */
    boolean run(Context context, Runnable call) {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> alarm = scheduler.schedule(() -> {
            if (running.get()) {
                fired.set(true);
                interrupt(context);
            }
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            call.run();
            return true;
        } catch (PolyglotException e) {
            if (fired.get() && (e.isInterrupted() || e.isCancelled())) {
                return false;
            }
            throw e;
        } finally {
            running.set(false);
            alarm.cancel(false);
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
        scheduler.shutdownNow();
    }
}
