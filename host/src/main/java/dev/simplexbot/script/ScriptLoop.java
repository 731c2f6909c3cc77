package dev.simplexbot.script;

import dev.simplexbot.session.ChatEvent;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * The one thread that runs a script: tasks (loads, timers, command results, hooks) in the order they were posted,
 * and events from the script's {@link EventInbox} in batches, as long as its {@link CommandFlow} lets them through.
 * Everything that enters the script's context runs here. Posting never blocks; an idle loop parks and the next post
 * wakes it. Under load one wake-up serves many items, so a burst costs few thread switches.
 *
 * <p>Each round runs the tasks queued (a bounded number), then one batch of events. Tasks go first: command results free the
 * flow, and a reload waiting behind a backlog would keep the old version handling it.
 */
final class ScriptLoop {
    /** Events handed to the script in one go, at most. */
    static final int MAX_BATCH = 64;
    /** Tasks run before events get their turn again, at most. */
    static final int MAX_TASKS_PER_ROUND = 1024;
    /** How long a round keeps taking tasks queued during it. */
    private static final long ROUND_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private record Barrier(long events, long tasks, CompletableFuture<Void> done) {}

    private final String name;
    private final EventInbox inbox;
    private final CommandFlow flow;
    private final Consumer<List<ChatEvent>> dispatcher;
    private final Logger log;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Barrier> barriers = new ConcurrentLinkedQueue<>();
    private final AtomicLong postedTasks = new AtomicLong();
    private volatile long ranTasks;
    private final Thread thread;
    private volatile boolean sleeping;
    private volatile boolean stopRequested;
    private volatile boolean stopped;

    ScriptLoop(String name, EventInbox inbox, CommandFlow flow, Consumer<List<ChatEvent>> dispatcher, Logger log) {
        this.name = name;
        this.inbox = inbox;
        this.flow = flow;
        this.dispatcher = dispatcher;
        this.log = log;
        this.thread = new Thread(this::run, "script-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** A task that wants to know when the loop stops before running it. */
    interface Droppable extends Runnable {
        void dropped();
    }

    /**
     * Runs {@code task} on the loop after every task posted before it; dropped once the loop has stopped (a
     * {@link Droppable} task is told).
     */
    void post(Runnable task) {
        if (stopped) {
            if (task instanceof Droppable droppable) {
                droppable.dropped();
            }
            return;
        }
        postedTasks.incrementAndGet();
        tasks.add(task);
        wake();
    }

    /** Queues an event for the script; false when the inbox is full and it was dropped. */
    boolean offer(ChatEvent event) {
        if (stopped || stopRequested) {
            return false;
        }
        boolean queued = inbox.offer(event);
        if (queued) {
            wake();
        }
        return queued;
    }

    /** Completes once the tasks posted before it ran and the events queued before it were handed to the script. */
    CompletableFuture<Void> barrier() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        barriers.add(new Barrier(inbox.accepted(), postedTasks.get(), done));
        wake();
        if (stopped) {
            releaseBarriers(true);
        }
        return done;
    }

    /**
     * Runs {@code last} after the tasks posted before it, then ends the loop; later posts are dropped. When the
     * loop has already stopped, {@code ifStopped} runs instead, on the calling thread.
     */
    void stop(Runnable last, Runnable ifStopped) {
        post(new Droppable() {
            @Override
            public void run() {
                stopRequested = true;
                last.run();
            }

            @Override
            public void dropped() {
                ifStopped.run();
            }
        });
    }

    boolean awaitStopped(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    boolean onLoopThread() {
        return Thread.currentThread() == thread;
    }

    private void wake() {
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        try {
            while (!stopRequested) {
                boolean worked = runTasks();
                if (!stopRequested && flowingEvents()) {
                    dispatchBatch();
                    worked = true;
                }
                if (!worked && !barriers.isEmpty()) {
                    releaseBarriers(false);
                }
                if (!worked) {
                    sleep();
                }
            }
        } finally {
            stopped = true;
            int unhandled = inbox.clear();
            if (unhandled > 0) {
                log.info("script {}: stopped with {} events not handled", name, unhandled);
            }
            Runnable left;
            while ((left = tasks.poll()) != null) {
                if (left instanceof Droppable droppable) {
                    droppable.dropped();
                }
            }
            releaseBarriers(true);
        }
    }

    /**
     * Runs the tasks that were queued when the round began, and those they queue in turn while the round is young (a
     * command result that is already there comes before the next event). A script whose timers keep re-arming
     * themselves, or whose tasks run long, must not keep its events from ever getting a turn.
     */
    private boolean runTasks() {
        long due = postedTasks.get() - ranTasks;
        long roundEnds = System.nanoTime() + ROUND_NANOS;
        int budget = MAX_TASKS_PER_ROUND;
        boolean ran = false;
        Runnable task;
        while (budget-- > 0 && !stopRequested && (due-- > 0 || System.nanoTime() < roundEnds)
                && (task = tasks.poll()) != null) {
            ran = true;
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("script {}: internal error", name, e);
            }
            ranTasks++;
        }
        if (!barriers.isEmpty()) {
            releaseBarriers(false);
        }
        return ran;
    }

    private boolean flowingEvents() {
        return !inbox.isEmpty() && flow.allowsEvents();
    }

    private void dispatchBatch() {
        List<ChatEvent> batch = inbox.take(Math.max(1, Math.min(MAX_BATCH, flow.eventRoom())));
        try {
            dispatcher.accept(batch);
        } catch (RuntimeException e) {
            log.error("script {}: internal error", name, e);
        }
        if (!barriers.isEmpty()) {
            releaseBarriers(false);
        }
    }

    /** Completes the barriers that are passed (all of them once the loop is stopping). */
    private void releaseBarriers(boolean all) {
        long taken = inbox.taken();
        long ran = ranTasks;
        for (Iterator<Barrier> it = barriers.iterator(); it.hasNext(); ) {
            Barrier barrier = it.next();
            if (all || (taken >= barrier.events() && ran >= barrier.tasks())) {
                barrier.done().complete(null);
                it.remove();
            }
        }
    }

    private void sleep() {
        sleeping = true;
        try {
            if (tasks.isEmpty() && !flowingEvents() && !stopRequested) {
                LockSupport.parkNanos(this, TimeUnit.SECONDS.toNanos(1));
            }
        } finally {
            sleeping = false;
        }
    }
}
