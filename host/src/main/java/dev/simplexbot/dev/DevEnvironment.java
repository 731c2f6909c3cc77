package dev.simplexbot.dev;

import dev.simplexbot.http.HostHttpServer;
import dev.simplexbot.metrics.Monitoring;
import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptLifecycleListener;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.SessionOptions;
import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.SimServer;
import dev.simplexbot.sim.Simulator;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@code simplex-bot dev} runs behind the chat: the simulated CLI (with the bot's user already
 * there, so bots that never call setup work) on a WebSocket port, a real session to it, and the script
 * runtime with hot reload. The same path as {@code simplex-bot run}, so what works here works against a real CLI.
 */
public final class DevEnvironment implements ConsoleBackend, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DevEnvironment.class);
    private static final Duration DRAIN = Duration.ofSeconds(2);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** A harmless command whose answer tells that every event sent before it reached the session. */
    private static final String PROBE = "/user";

    private final Simulator simulator;
    private final SimServer server;
    private final String url;
    private final ChatSession session;
    private final ScriptRuntime runtime;
    private final ActivityMonitor activity;
    private final StartReport report;
    private final Monitoring monitoring;
    private final HostHttpServer http;

    private DevEnvironment(Simulator simulator, SimServer server, String url, ChatSession session, ScriptRuntime runtime,
                           ActivityMonitor activity, StartReport report, Monitoring monitoring, HostHttpServer http) {
        this.simulator = simulator;
        this.server = server;
        this.url = url;
        this.session = session;
        this.runtime = runtime;
        this.activity = activity;
        this.report = report;
        this.monitoring = monitoring;
        this.http = http;
    }

    /** Starts it all and loads the scripts; {@code lifecycle} hears of loads, failures and reloads from the start. */
    public static DevEnvironment start(DevOptions options, ScriptLifecycleListener lifecycle) throws InterruptedException {
        Simulator simulator = Simulator.withBot(options.botName());
        SimServer server = null;
        ChatSession session = null;
        ScriptRuntime runtime = null;
        Monitoring monitoring = new Monitoring();
        HostHttpServer http = null;
        try {
            server = new SimServer(simulator, options.port(), false, CommandReader.fromSpec());
            String url = server.startAndWait();
            ActivityMonitor activity = new ActivityMonitor();
            session = new ChatSession(SessionOptions.of(URI.create(url)));
            RuntimeOptions runtimeOptions = RuntimeOptions.defaults().withWatch(true)
                    .withHandlerTimeout(options.handlerTimeout()).withDataDir(options.dataDir())
                    .withFlowLimits(options.flowLimits())
                    .withPermissions(options.permissions());
            runtime = new ScriptRuntime(runtimeOptions, activity.track(monitoring.gateway(session)), options.reach());
            runtime.addLifecycleListener(lifecycle);
            monitoring.watch(runtime);
            StartReport report = runtime.start(options.scripts());
            if (options.http() != null) {
                http = monitoring.serve(options.http(), runtime, options.webhooks(), false);
            }
            session.start(activity.track(monitoring.listener(runtime)));
            awaitConnected(activity, url);
            return new DevEnvironment(simulator, server, url, session, runtime, activity, report, monitoring, http);
        } catch (RuntimeException | InterruptedException e) {
            closeQuietly(http, monitoring, runtime, session, server, simulator);
            throw e;
        }
    }

    private static void awaitConnected(ActivityMonitor activity, String url) throws InterruptedException {
        try {
            activity.connected().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("could not connect to the simulated CLI at " + url + " within " + CONNECT_TIMEOUT, e);
        }
    }

    /**
     * Waits until the bot has nothing left to do right now: its commands answered, the events sent before
     * this call delivered (a probe command over the same connection is answered after them) and everything
     * queued on the bots' loops, due timers included, handled. Two rounds in a row without a new command are
     * needed, as a command's result may reach a bot's loop just after a round's barrier. Timers due later are
     * not waited for.
     *
     * @return {@code false} when the bot was still busy after {@code cap}
     */
    @Override
    public boolean awaitIdle(Duration cap) throws InterruptedException {
        long deadline = System.nanoTime() + cap.toNanos();
        int quietRounds = 0;
        while (quietRounds < 2) {
            long before = activity.sentCount();
            if (!activity.awaitAllAnswered(left(deadline))
                    || !completes(session.send(PROBE).handle((response, failure) -> null), deadline)
                    || !completes(runtime.drained(), deadline)) {
                return false;
            }
            quietRounds = activity.sentCount() == before ? quietRounds + 1 : 0;
        }
        return true;
    }

    private static boolean completes(CompletableFuture<?> future, long deadline) throws InterruptedException {
        try {
            future.get(left(deadline).toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    @Override
    public Simulator simulator() {
        return simulator;
    }

    /** The simulated CLI's WebSocket URL, for other clients. */
    public String url() {
        return url;
    }

    public StartReport report() {
        return report;
    }

    /** The HTTP server's {@code http://host:port} when {@code --http} was given. */
    public Optional<URI> httpBase() {
        return http == null ? Optional.empty() : Optional.of(http.baseUri());
    }

    /** The console's way to call the bots' webhooks on the HTTP server. */
    @Override
    public WebhookCaller webhookCaller() {
        return new WebhookCaller(httpBase(), runtime::scriptNames);
    }

    @Override
    public void close() {
        closeQuietly(http, monitoring, runtime, session, server, simulator);
    }

    private static void closeQuietly(HostHttpServer http, Monitoring monitoring, ScriptRuntime runtime, ChatSession session,
                                     SimServer server, Simulator simulator) {
        if (http != null) {
            http.close();
        }
        monitoring.close();
        if (runtime != null) {
            runtime.close();
        }
        if (session != null) {
            session.close(DRAIN);
        }
        if (server != null) {
            try {
                server.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            simulator.close();
        } catch (RuntimeException e) {
            log.debug("cannot remove the simulator's files", e);
        }
    }
}
