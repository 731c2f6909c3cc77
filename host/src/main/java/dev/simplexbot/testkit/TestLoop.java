package dev.simplexbot.testkit;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The event loop of one test file's context, run on the runner's own thread: results of host operations are
 * posted here from any thread and run one at a time, so only this thread ever enters the context.
 */
final class TestLoop {
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    void post(Runnable task) {
        tasks.add(task);
    }

    /** Runs posted tasks until {@code done} holds; false when {@code timeout} passed first. */
    boolean runUntil(BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Runnable task = tasks.poll(left, TimeUnit.NANOSECONDS);
            if (task != null) {
                task.run();
            }
        }
        return true;
    }

    /** Drops what is left (late results of a test that already ended). */
    void clear() {
        tasks.clear();
    }
}
