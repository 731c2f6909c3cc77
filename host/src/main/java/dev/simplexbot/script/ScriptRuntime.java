package dev.simplexbot.script;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.env.SecretRedactor;
import dev.simplexbot.http.WebhookRoutes;
import dev.simplexbot.net.NetAccess;
import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.SessionListener;
import dev.simplexbot.store.DataDirectory;
import dev.simplexbot.store.KeyValueStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a file or a folder of JavaScript bots against one {@link CommandGateway}, each bot isolated in its
 * own context and loop thread. Events from the session are offered to every bot's inbox (never blocking the
 * session's thread); connection state changes reach {@code bot.on} as {@code connected}, {@code disconnected}
 * and {@code reconnected} events. With {@link RuntimeOptions#watch()} files are reloaded when they change.
 */
public final class ScriptRuntime implements SessionListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScriptRuntime.class);
    private static final Duration DEBOUNCE = Duration.ofMillis(40);
    private static final long STOP_WAIT_MILLIS = 10_000;
    private static final long QUEUE_LOG_SECONDS = 5;

    private final RuntimeOptions options;
    private final JsEngine engine;
    private final Watchdog watchdog;
    private final ScheduledThreadPoolExecutor timerScheduler;
    private final ScriptServices services;
    private final Reach reach;
    private final KeyValueStore store;
    private final Map<Path, ScriptSlot> slots = new ConcurrentSkipListMap<>();
    private final List<ScriptLifecycleListener> listeners = new CopyOnWriteArrayList<>();
    private final ScriptLifecycleListener fanOut = new ListenerFanOut();
    private ScriptsLayout layout;
    private ScriptFolderWatcher watcher;
    private boolean closed;

    /** With every documented command as {@code bot.chat.<method>}, and nothing granted beyond SimpleX. */
    public ScriptRuntime(RuntimeOptions options, CommandGateway gateway) {
        this(options, gateway, ReachOptions.none());
    }

    /** With every documented command, and what the operator granted ({@code --allow-net}, {@code --allow-env}). */
    public ScriptRuntime(RuntimeOptions options, CommandGateway gateway, ReachOptions reach) {
        this(options, gateway, ChatCommands.fromSpec(ApiSpec.load()), reach);
    }

    public ScriptRuntime(RuntimeOptions options, CommandGateway gateway, ChatCommands commands) {
        this(options, gateway, commands, ReachOptions.none());
    }

    public ScriptRuntime(RuntimeOptions options, CommandGateway gateway, ChatCommands commands, ReachOptions reachOptions) {
        this.options = options;
        // The store first: opening SQLite overlaps with the engine's start-up when the engine is preloading.
        this.store = openStore(options.dataDir());
        this.engine = engineOrCloseStore(store);
        this.watchdog = new Watchdog(options.handlerTimeout());
        this.timerScheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "script-timers");
            thread.setDaemon(true);
            return thread;
        });
        this.timerScheduler.setRemoveOnCancelPolicy(true);
        this.reach = Reach.of(reachOptions);
        this.services = ScriptServices.create(engine, watchdog, timerScheduler, commands, gateway, options, store, reach,
                fanOut);
        if (log.isDebugEnabled()) {
            timerScheduler.scheduleWithFixedDelay(this::logQueues, QUEUE_LOG_SECONDS, QUEUE_LOG_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** What waits per script, for logs and metrics: events not yet handed over and commands not yet answered. */
    public List<ScriptQueues> queues() {
        return slots.values().stream()
                .map(slot -> ScriptQueues.of(slot.name(), slot.eventStats(), slot.commandsWaiting()))
                .toList();
    }

    /** What waits for one script, if it has a slot. */
    public Optional<ScriptQueues> queues(String script) {
        return slots.values().stream().filter(slot -> slot.name().equals(script)).findFirst()
                .map(slot -> ScriptQueues.of(slot.name(), slot.eventStats(), slot.commandsWaiting()));
    }

    private void logQueues() {
        for (ScriptQueues q : queues()) {
            if (q.eventsWaiting() > 0 || q.commandsWaiting() > 0) {
                log.debug("script {}: {} events waiting ({} bytes), {} commands waiting for the CLI; {} events handed "
                                + "over so far, waiting {} ms in all and {} ms at most, {} dropped",
                        q.script(), q.eventsWaiting(), q.eventBytes(), q.commandsWaiting(), q.eventsHandedOver(),
                        q.eventWaitMillisTotal(), q.eventWaitMillisMax(), q.eventsDropped());
            }
        }
    }

    /** The webhook routes of the running bots, for the HTTP server ({@code --http}). */
    public WebhookRoutes webhooks() {
        return reach.webhooks();
    }

    /** The scripts' outbound HTTP: the test kit grants its stub servers here. */
    public NetAccess net() {
        return reach.net();
    }

    /** Replaces the values of granted environment variables in text about to be logged. */
    public SecretRedactor redactor() {
        return reach.redactor();
    }

    public void addLifecycleListener(ScriptLifecycleListener listener) {
        listeners.add(listener);
    }

    /**
     * Loads the bots of {@code fileOrFolder} and waits until each has started or failed; failures are logged
     * with {@code file:line:column} and listed in the report, the other bots run on.
     *
     * @throws IllegalArgumentException when the path is missing or not a {@code .js} file or folder
     */
    public synchronized StartReport start(Path fileOrFolder) {
        if (closed || layout != null) {
            throw new IllegalStateException("the script runtime was already started");
        }
        layout = ScriptsLayout.of(fileOrFolder);
        List<Path> bots;
        try {
            bots = layout.bots();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + layout.root(), e);
        }
        if (bots.isEmpty()) {
            log.warn("no bots in {}: a bot is a top-level *.js file with `export default function (bot) {{ ... }}`",
                    layout.root());
        }
        Map<String, CompletableFuture<Optional<ScriptFailure>>> loads = new java.util.LinkedHashMap<>();
        for (Path file : bots) {
            loads.put(ScriptsLayout.botName(file), slotFor(file).load());
        }
        List<String> loaded = new ArrayList<>();
        List<ScriptFailure> failures = new ArrayList<>();
        loads.forEach((name, load) -> await(load).ifPresentOrElse(failures::add, () -> loaded.add(name)));
        warnAboutGrantsForNoBot(loads.keySet());
        if (options.watch()) {
            watcher = new ScriptFolderWatcher(layout.root(), DEBOUNCE, this::filesChanged);
            watcher.start();
        }
        return new StartReport(loaded, failures);
    }

    /** A grant for a bot name no file has is most likely a typo, and the bot meant to have it goes without. */
    private void warnAboutGrantsForNoBot(Set<String> bots) {
        Set<String> named = new java.util.TreeSet<>(reach.options().net().botNames());
        reach.options().env().entries().stream().map(e -> e.bot()).filter(java.util.Objects::nonNull).forEach(named::add);
        named.removeAll(bots);
        for (String name : named) {
            log.warn("--allow-net/--allow-env grant something to bot '{}', but there is no {}.js in {} (bots: {})", name, name,
                    layout.root(), bots.isEmpty() ? "none" : String.join(", ", bots));
        }
    }

    /** Names of the bots that have a slot (loaded, or waiting for a fixed version of their file). */
    public List<String> scriptNames() {
        return slots.values().stream().map(ScriptSlot::name).toList();
    }

    /**
     * Completes once every bot has run what was due when this was called: events and command results already
     * in its inbox, and timers due by now (a zero-delay {@code setTimeout} included). Timers run in due order on
     * one scheduler thread, so a barrier sent through it passes every timer that was due before it.
     */
    public CompletableFuture<Void> drained() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            timerScheduler.execute(() -> CompletableFuture.allOf(slots.values().stream().map(ScriptSlot::barrier)
                            .toArray(CompletableFuture[]::new))
                    .whenComplete((ignored, failure) -> done.complete(null)));
        } catch (RejectedExecutionException closedRuntime) {
            done.complete(null);
        }
        return done;
    }

    @Override
    public void onEvent(ChatEvent event) {
        for (ScriptSlot slot : slots.values()) {
            slot.offer(event);
        }
    }

    @Override
    public void onConnectionState(ConnectionState state) {
        String type = state.eventType();
        onEvent(new ChatEvent(type, "{\"type\":\"" + type + "\"}"));
    }

    /**
     * Reloads one loaded bot now, as a save does under watch: the new version replaces the running one only when
     * it starts cleanly. Completes with the failure, if any.
     */
    public synchronized CompletableFuture<Optional<ScriptFailure>> reload(Path file) {
        ScriptSlot slot = slots.get(file.toAbsolutePath().normalize());
        if (closed || slot == null) {
            throw new IllegalArgumentException("not a loaded bot: " + file);
        }
        return slot.load();
    }

    synchronized void filesChanged(Set<Path> changed) {
        if (closed) {
            return;
        }
        boolean moduleChanged = false;
        List<ScriptSlot> reloaded = new ArrayList<>();
        for (Path path : changed) {
            if (layout.isBot(path) || slots.containsKey(path)) {
                if (Files.isRegularFile(path)) {
                    ScriptSlot slot = slotFor(path);
                    slot.load();
                    reloaded.add(slot);
                } else {
                    stop(path);
                }
            } else if (ScriptsLayout.isModuleFileName(path.getFileName().toString()) || path.equals(layout.root())) {
                moduleChanged = true;
            }
        }
        if (moduleChanged) {
            for (ScriptSlot slot : slots.values()) {
                if (!reloaded.contains(slot)) {
                    slot.load();
                }
            }
        }
    }

    /** Stops watching, unloads every bot (timers cancelled, onUnload hooks run, contexts closed). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        List<ScriptSlot> stopping = List.copyOf(slots.values());
        slots.clear();
        stopping.forEach(ScriptSlot::unloadAndStop);
        boolean allStopped = true;
        for (ScriptSlot slot : stopping) {
            allStopped &= awaitStopped(slot);
        }
        timerScheduler.shutdownNow();
        watchdog.close();
        if (store != null) {
            store.close();
        }
        if (!allStopped) {
            log.warn("some scripts did not stop within {} ms; their loops are left to the JVM", STOP_WAIT_MILLIS);
        }
    }

    /** The shared engine; a store already opened is closed when the engine cannot start. */
    private static JsEngine engineOrCloseStore(KeyValueStore store) {
        try {
            return JsEngine.shared();
        } catch (RuntimeException | Error e) {
            if (store != null) {
                store.close();
            }
            throw e;
        }
    }

    /**
     * One store for all scripts of the runtime, namespaced by script name, and the files area beside it; none
     * without a data directory.
     */
    private static KeyValueStore openStore(Path dataDir) {
        if (dataDir == null) {
            return null;
        }
        try {
            DataDirectory directory = DataDirectory.open(dataDir);
            directory.createFilesArea();
            return KeyValueStore.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private ScriptSlot slotFor(Path file) {
        return slots.computeIfAbsent(file,
                key -> new ScriptSlot(ScriptsLayout.botName(key), key, layout.root(), services, fanOut));
    }

    private void stop(Path file) {
        ScriptSlot slot = slots.remove(file);
        if (slot != null) {
            slot.unloadAndStop();
        }
    }

    private static boolean awaitStopped(ScriptSlot slot) {
        try {
            return slot.awaitStopped(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading scripts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading a script failed unexpectedly", e.getCause());
        }
    }

    private final class ListenerFanOut implements ScriptLifecycleListener {
        @Override
        public void loaded(String name, Path file) {
            listeners.forEach(listener -> listener.loaded(name, file));
        }

        @Override
        public void failed(String name, Path file, String message) {
            listeners.forEach(listener -> listener.failed(name, file, message));
        }

        @Override
        public void unloaded(String name, Path file) {
            listeners.forEach(listener -> listener.unloaded(name, file));
        }

        @Override
        public void handlerFailed(String name, String where) {
            listeners.forEach(listener -> listener.handlerFailed(name, where));
        }

        @Override
        public void stopped(String name, String reason) {
            listeners.forEach(listener -> listener.stopped(name, reason));
        }
    }
}
