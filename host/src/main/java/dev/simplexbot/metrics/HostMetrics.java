package dev.simplexbot.metrics;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.script.ScriptLifecycleListener;
import dev.simplexbot.script.ScriptQueues;
import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatSessionException;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.ObservedGateway;
import dev.simplexbot.session.SessionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The host's metrics, in Micrometer's Prometheus registry; {@code GET /metrics} serves {@link #scrape()}. Each thing
 * measured has one small method, so other parts add meters without knowing Micrometer's API. Commands are measured by
 * a {@link CommandGateway} decorator and events by a {@link SessionListener} decorator, outside the session.
 */
public final class HostMetrics implements AutoCloseable {
    /** Event types the CLI may send are many but finite; past this many distinct ones, the rest count as "other". */
    static final int MAX_EVENT_TYPES = 500;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final CommandNames commandNames;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Set<String> eventTypes = ConcurrentHashMap.newKeySet();
    private final Set<String> runningScripts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connected = new AtomicInteger();

    public HostMetrics() {
        this(ApiSpec.load());
    }

    public HostMetrics(ApiSpec spec) {
        this.commandNames = new CommandNames(spec);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
        gauge("simplexbot.scripts.running", "Bots whose current version runs", runningScripts::size);
        gauge("simplexbot.cli.connected", "1 while connected to the SimpleX CLI, else 0", connected::get);
    }

    /** The Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    // ---- what other parts report ----

    public void eventReceived(String type) {
        String label = eventTypes.contains(type) || (eventTypes.size() < MAX_EVENT_TYPES && eventTypes.add(type)) ? type : "other";
        Counter.builder("simplexbot.events.received").description("Events received from the CLI, by type")
                .tag("type", label).register(registry).increment();
    }

    /** One command answered (or failed): {@code outcome} is ok, chat_error, timeout, disconnected, closed or error. */
    public void commandCompleted(String command, String outcome, Duration latency) {
        Tags tags = Tags.of("command", command, "outcome", outcome);
        Counter.builder("simplexbot.commands.sent").description("Commands sent to the CLI, by docs name and outcome")
                .tags(tags).register(registry).increment();
        Timer.builder("simplexbot.command.latency").description("Time from sending a command to its response")
                .tags(tags).register(registry).record(latency);
    }

    public void handlerFailed(String script) {
        Counter.builder("simplexbot.handler.errors").description("Handlers, timers and webhook handlers that threw or ran too long")
                .tag("script", script).register(registry).increment();
    }

    public void reloaded(String script, boolean ok) {
        Counter.builder("simplexbot.reloads").description("Reloads of a bot's file, by outcome")
                .tag("script", script).tag("outcome", ok ? "ok" : "failed").register(registry).increment();
    }

    public void webhookAnswered(String script, int status) {
        Counter.builder("simplexbot.webhook.requests").description("Requests to /bots/<name>/..., by status")
                .tag("script", script).tag("status", String.valueOf(status)).register(registry).increment();
    }

    /** A gauge read when scraped, e.g. a queue's depth: {@code name} in Micrometer's dotted form, tags as name/value pairs. */
    public void gauge(String name, String description, Supplier<Number> value, String... tags) {
        Gauge.builder(name, value).description(description).tags(tags).strongReference(true).register(registry);
    }

    // ---- decorators ----

    /** {@code gateway} with each command counted and timed by its docs name and outcome; lanes and callbacks kept. */
    public CommandGateway instrument(CommandGateway gateway) {
        return new ObservedGateway(gateway, command -> {
            long started = System.nanoTime();
            String name = commandNames.of(command);
            return failure -> commandCompleted(name, failure == null ? "ok" : outcome(failure),
                    Duration.ofNanos(System.nanoTime() - started));
        });
    }

    /** {@code listener} with every event counted by type and the connection state kept for the gauge. */
    public SessionListener instrument(SessionListener listener) {
        SessionListener counting = new SessionListener() {
            @Override
            public void onEvent(ChatEvent event) {
                eventReceived(event.type());
                listener.onEvent(event);
            }

            @Override
            public void onConnectionState(ConnectionState state) {
                listener.onConnectionState(state);
            }
        };
        return SessionListener.observingStates(counting,
                state -> connected.set(state == ConnectionState.CONNECTED || state == ConnectionState.RECONNECTED ? 1 : 0));
    }

    /**
     * Each bot's queues in the host, from its first load on: events waiting for it (count, bytes), its commands waiting
     * for the CLI, events dropped past the bounds, and the time events waited.
     */
    public ScriptLifecycleListener queueMeters(Function<String, Optional<ScriptQueues>> queues) {
        Set<String> metered = ConcurrentHashMap.newKeySet();
        return new ScriptLifecycleListener() {
            @Override
            public void loaded(String name, Path file) {
                if (!metered.add(name)) {
                    return;
                }
                ToDoubleFunction<Function<ScriptQueues, Number>> read = field -> queues.apply(name)
                        .map(q -> field.apply(q).doubleValue()).orElse(0.0);
                gauge("simplexbot.script.events.waiting", "Events waiting in the host for the bot",
                        () -> read.applyAsDouble(ScriptQueues::eventsWaiting), "script", name);
                gauge("simplexbot.script.events.waiting.bytes", "Size of the events waiting for the bot",
                        () -> read.applyAsDouble(ScriptQueues::eventBytes), "script", name);
                gauge("simplexbot.script.commands.waiting", "The bot's commands not yet answered by the CLI",
                        () -> read.applyAsDouble(ScriptQueues::commandsWaiting), "script", name);
                FunctionCounter.builder("simplexbot.script.events.dropped", name,
                                n -> read.applyAsDouble(ScriptQueues::eventsDropped))
                        .description("Events dropped for the bot past its queue bounds").tags("script", name).register(registry);
                FunctionCounter.builder("simplexbot.script.events.wait.seconds", name,
                                n -> read.applyAsDouble(ScriptQueues::eventWaitMillisTotal) / 1000.0)
                        .description("Time the bot's events waited in the host, in all").tags("script", name).register(registry);
            }
        };
    }

    /** Counts reloads and handler failures and keeps the number of running bots. */
    public ScriptLifecycleListener scriptListener() {
        return new ScriptLifecycleListener() {
            @Override
            public void loaded(String name, Path file) {
                if (!runningScripts.add(name)) {
                    reloaded(name, true);
                }
            }

            @Override
            public void failed(String name, Path file, String message) {
                if (runningScripts.contains(name)) {
                    reloaded(name, false);
                }
            }

            @Override
            public void unloaded(String name, Path file) {
                runningScripts.remove(name);
            }

            @Override
            public void handlerFailed(String name, String where) {
                HostMetrics.this.handlerFailed(name);
            }

            @Override
            public void stopped(String name, String reason) {
                runningScripts.remove(name);
            }
        };
    }

    private static String outcome(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ChatSessionException session) {
            return switch (session.errorName()) {
                case "ChatCommandError" -> "chat_error";
                case "CommandTimeoutError" -> "timeout";
                case "DisconnectedError" -> "disconnected";
                case "SessionClosedError" -> "closed";
                default -> "error";
            };
        }
        return "error";
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
