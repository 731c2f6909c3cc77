package dev.simplexbot.script;

import dev.simplexbot.session.ChatEvent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bot file and its loop thread. The loop's queue is the bot's inbox: events, timer firings, command
 * results and (re)loads run there one at a time in arrival order. A reload is just another task in that
 * queue, so events that arrive while it runs wait for the new version: none lost, none handled twice.
 */
final class ScriptSlot {
    /**
     * The inbox has no bound: events are never dropped. A script this far behind is stuck or too slow for its
     * traffic, so it is logged (once per backlog) for the operator; memory grows with the backlog until it drains.
     */
    static final int BACKLOG_WARNING = 10_000;

    private final String name;
    private final Path file;
    private final Path root;
    private final ScriptServices services;
    private final ScriptLifecycleListener listener;
    private final Logger log;
    private final ExecutorService loop;
    private ScriptInstance current;
    private final java.util.concurrent.atomic.AtomicInteger backlog = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean behind = new java.util.concurrent.atomic.AtomicBoolean();

    ScriptSlot(String name, Path file, Path root, ScriptServices services, ScriptLifecycleListener listener) {
        this.name = name;
        this.file = file;
        this.root = root;
        this.services = services;
        this.listener = listener;
        this.log = LoggerFactory.getLogger("script." + name);
        this.loop = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "script-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    String name() {
        return name;
    }

    Path file() {
        return file;
    }

    /** Loads the file, or reloads it: the running version is replaced only when the new one starts cleanly. */
    CompletableFuture<Optional<ScriptFailure>> load() {
        return onLoop(this::loadNow);
    }

    void offer(ChatEvent event) {
        if (backlog.incrementAndGet() >= BACKLOG_WARNING && behind.compareAndSet(false, true)) {
            log.warn("script {}: {} events waiting; none are dropped, memory grows until the script catches up",
                    name, BACKLOG_WARNING);
        }
        post(() -> {
            if (backlog.decrementAndGet() < BACKLOG_WARNING / 10 && behind.compareAndSet(true, false)) {
                log.info("script {}: caught up with its events", name);
            }
            if (current != null) {
                current.dispatch(event);
            }
        });
    }

    /** Completes when the loop has run every task queued before this call. */
    CompletableFuture<Void> barrier() {
        return onLoop(() -> null);
    }

    /** Stops the bot (onUnload hooks, timers, context) and ends its loop thread. */
    CompletableFuture<Void> unloadAndStop() {
        CompletableFuture<Void> done = onLoop(() -> {
            unloadNow();
            return null;
        });
        loop.shutdown();
        return done;
    }

    /** Waits for the loop to finish its queue; returns false when it did not within {@code millis}. */
    boolean awaitStopped(long millis) throws InterruptedException {
        return loop.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    private Optional<ScriptFailure> loadNow() {
        boolean reload = current != null;
        String state = reload ? current.stateJson() : null;
        try {
            ScriptInstance fresh = ScriptInstance.load(name, file, root, state, services, this::post, log);
            if (reload) {
                current.unload();
            }
            current = fresh;
            log.info("script {}: {} {}", name, reload ? "reloaded" : "loaded", file);
            listener.loaded(name, file);
            return Optional.empty();
        } catch (ScriptLoadException e) {
            log.error("script {}: failed to load: {}{}", name, e.getMessage(),
                    reload ? " (the previous version keeps running)" : "");
            listener.failed(name, file, e.getMessage());
            return Optional.of(new ScriptFailure(name, file, e.getMessage()));
        }
    }

    private void unloadNow() {
        if (current != null) {
            current.unload();
            current = null;
            log.info("script {}: unloaded", name);
        }
        // Also when no version ever loaded: a bot whose broken file was deleted is gone, not failing.
        listener.unloaded(name, file);
    }

    private void post(Runnable task) {
        try {
            loop.execute(() -> runLogged(task));
        } catch (RejectedExecutionException stopped) {
            // The bot is unloaded: late timers and command results have nobody to go to.
        }
    }

    private <T> CompletableFuture<T> onLoop(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            loop.execute(() -> {
                try {
                    result.complete(task.get());
                } catch (RuntimeException | Error e) {
                    log.error("script {}: internal error", name, e);
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException stopped) {
            result.completeExceptionally(new IllegalStateException("script " + name + " is stopped"));
        }
        return result;
    }

    private void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("script {}: internal error", name, e);
        }
    }
}
