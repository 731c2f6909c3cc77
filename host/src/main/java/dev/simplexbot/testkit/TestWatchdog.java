package dev.simplexbot.testkit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * Stops a test's code once the test is past its deadline: while the runner's thread is inside the test file's
 * context after the deadline, a sweeper interrupts the context ({@code while (true) {}} in a test body, a
 * promise callback that never returns). The interrupt is non-destructive; the runner still replaces the context
 * afterwards, so nothing the runaway code left queued reaches the next test.
 */
final class TestWatchdog implements AutoCloseable {
    private static final long SWEEP_MILLIS = 20;
    private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(2);

    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long deadlineNanos;
    private volatile boolean armed;
    private volatile boolean fired;
    private volatile Context inside;

    TestWatchdog() {
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts the clock of one test (or of loading the file). */
    void arm(Duration timeout) {
        deadlineNanos = System.nanoTime() + timeout.toNanos();
        fired = false;
        armed = true;
    }

    void disarm() {
        armed = false;
    }

    /** Time left before the deadline (zero once passed). */
    Duration left() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    /** Runs {@code call} in {@code context}, interruptible once the deadline passed. */
    void enter(Context context, Runnable call) {
        inside = context;
        try {
            call.run();
        } finally {
            inside = null;
        }
    }

    /** Whether {@code error} is this watchdog's interrupt rather than the test's own failure. */
    boolean stopped(PolyglotException error) {
        return fired && (error.isInterrupted() || error.isCancelled());
    }

    private void sweep() {
        Context context = inside;
        if (armed && context != null && System.nanoTime() - deadlineNanos > 0) {
            fired = true;
            try {
                context.interrupt(INTERRUPT_WAIT);
            } catch (TimeoutException | IllegalStateException e) {
                // Stuck in host code (it returns by itself) or already closed: the next sweep tries again.
            }
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
