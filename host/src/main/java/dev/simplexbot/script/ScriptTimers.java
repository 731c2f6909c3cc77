package dev.simplexbot.script;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The Java half of one script's {@code setTimeout}/{@code setInterval}: callbacks stay in JS; this only
 * waits on the shared scheduler and hands the timer id to the script's loop. Never runs script code itself.
 */
final class ScriptTimers {
    /** Far above what a bot needs; a script past it has a loop creating timers, not a schedule. */
    static final int MAX_PENDING = 10_000;

    private final ScheduledExecutorService scheduler;
    private final IntConsumer fireOnLoop;
    private final Map<Integer, Pending> scheduled = new ConcurrentHashMap<>();

    /** Registered before it is scheduled, so a zero delay timer that fires at once still finds itself. */
    private static final class Pending {
        volatile ScheduledFuture<?> future;

        void cancel() {
            ScheduledFuture<?> current = future;
            if (current != null) {
                current.cancel(false);
            }
        }
    }

    ScriptTimers(ScheduledExecutorService scheduler, IntConsumer fireOnLoop) {
        this.scheduler = scheduler;
        this.fireOnLoop = fireOnLoop;
    }

    /** Schedules (or re-schedules) timer {@code id}; false when the script already has {@link #MAX_PENDING} timers. */
    boolean schedule(int id, long delayMillis) {
        if (scheduled.size() >= MAX_PENDING && !scheduled.containsKey(id)) {
            return false;
        }
        Pending pending = new Pending();
        Pending previous = scheduled.put(id, pending);
        if (previous != null) {
            previous.cancel();
        }
        pending.future = scheduler.schedule(() -> {
            if (scheduled.remove(id, pending)) {
                fireOnLoop.accept(id);
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
        return true;
    }

    void cancel(int id) {
        Pending pending = scheduled.remove(id);
        if (pending != null) {
            pending.cancel();
        }
    }

    void cancelAll() {
        scheduled.values().forEach(Pending::cancel);
        scheduled.clear();
    }

    int pending() {
        return scheduled.size();
    }
}
