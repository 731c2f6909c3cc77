package dev.simplexbot.metrics;

import dev.simplexbot.http.HostHttpServer;
import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics and health of one running host, wired around its session and script runtime, and the HTTP server that
 * publishes them with the bots' webhooks. {@code run}, {@code dev} and the test kit assemble a host the same way.
 */
public final class Monitoring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Monitoring.class);
    private final HostMetrics metrics = new HostMetrics();
    private final HostHealth health = new HostHealth();

    /** The session as the scripts' gateway, every command measured. */
    public CommandGateway gateway(CommandGateway session) {
        return metrics.instrument(session);
    }

    /** Follows the runtime's bots: loads, reloads, failures. Call before starting it. */
    public void watch(ScriptRuntime runtime) {
        runtime.addLifecycleListener(metrics.scriptListener());
        runtime.addLifecycleListener(metrics.queueMeters(runtime::queues));
        runtime.addLifecycleListener(health);
    }

    /** What the session reports to: {@code listener}, with events counted and the connection state followed. */
    public SessionListener listener(SessionListener listener) {
        return health.listening(metrics.instrument(listener));
    }

    /**
     * Starts the HTTP server: {@code /health}, {@code /metrics} and the runtime's webhooks; warns when other machines
     * can reach it.
     *
     * @param logRequests log each webhook request at INFO ({@code --log-messages})
     * @throws IllegalStateException when the address cannot be bound
     */
    public HostHttpServer serve(HttpAddress address, ScriptRuntime runtime, WebhookLimits limits, boolean logRequests) {
        if (!address.isLoopback()) {
            log.warn("HTTP server on {} is reachable from other machines: anyone who can connect reads /health and "
                    + "/metrics and calls the bots' webhooks (check their signatures)", address);
        }
        HostHttpServer server = HostHttpServer.start(address, runtime.webhooks(), health, metrics::scrape,
                metrics::webhookAnswered, limits, logRequests);
        log.info("HTTP server listening on {}: /health, /metrics, /bots/NAME/...", server.listening());
        return server;
    }

    public HostMetrics metrics() {
        return metrics;
    }

    public HostHealth health() {
        return health;
    }

    @Override
    public void close() {
        metrics.close();
    }
}
