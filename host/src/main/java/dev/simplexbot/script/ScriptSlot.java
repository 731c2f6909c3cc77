package dev.simplexbot.script;

import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.CommandGateway;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bot file and its {@link ScriptLoop}: events, timer firings, command results and (re)loads all run there, one
 * at a time. A reload is a task on that loop, so events that arrive while it runs wait for the new version: none
 * lost, none handled twice. The slot outlives reloads, and so do its event inbox, its command flow and its queue on
 * the connection (commands an earlier version sent are still answered, and still count).
 */
final class ScriptSlot {
    private final String name;
    private final Path file;
    private final Path root;
    private final ScriptServices services;
    private final ScriptLifecycleListener listener;
    private final Logger log;
    private final CommandFlow flow;
    private final EventInbox inbox;
    private final CommandGateway lane;
    private final ScriptLoop loop;
    private ScriptInstance current; // loop thread only

    ScriptSlot(String name, Path file, Path root, ScriptServices services, ScriptLifecycleListener listener) {
        this.name = name;
        this.file = file;
        this.root = root;
        this.services = services;
        this.listener = listener;
        this.log = LoggerFactory.getLogger("script." + name);
        FlowLimits limits = services.options().flowLimits();
        this.flow = new CommandFlow(name, limits, log);
        this.inbox = new EventInbox(name, limits, log);
        this.lane = services.gateway().lane(name);
        this.loop = new ScriptLoop(name, inbox, flow, this::dispatch, log);
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
        loop.offer(event);
    }

    /** Completes when the loop has run every task queued before this call and handed the script the events before it. */
    CompletableFuture<Void> barrier() {
        return loop.barrier();
    }

    /** Stops the bot (onUnload hooks, timers, context) and ends its loop thread. */
    CompletableFuture<Void> unloadAndStop() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.stop(() -> {
            try {
                unloadNow();
            } finally {
                done.complete(null);
            }
        }, () -> done.complete(null));
        return done;
    }

    /** Waits for the loop to finish; returns false when it did not within {@code millis}. */
    boolean awaitStopped(long millis) throws InterruptedException {
        return loop.awaitStopped(millis);
    }

    /** Queue depths and waits of this script's events, for logs and metrics. */
    EventInbox.Stats eventStats() {
        return inbox.stats();
    }

    int commandsWaiting() {
        return flow.outstanding();
    }

    private void dispatch(List<ChatEvent> events) {
        if (current != null) {
            current.dispatch(events);
        }
    }

    private Optional<ScriptFailure> loadNow() {
        boolean reload = current != null;
        String state = reload ? current.stateJson() : null;
        try {
            ScriptInstance fresh = ScriptInstance.load(name, file, root, state, services,
                    new ScriptInstance.Channel(loop::post, lane, flow), log);
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

    private <T> CompletableFuture<T> onLoop(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.post(new ScriptLoop.Droppable() {
            @Override
            public void run() {
                try {
                    result.complete(task.get());
                } catch (RuntimeException | Error e) {
                    log.error("script {}: internal error", name, e);
                    result.completeExceptionally(e);
                }
            }

            @Override
            public void dropped() {
                result.completeExceptionally(new IllegalStateException("script " + name + " is stopped"));
            }
        });
        return result;
    }
}
