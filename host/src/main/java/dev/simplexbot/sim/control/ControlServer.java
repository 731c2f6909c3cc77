package dev.simplexbot.sim.control;

import dev.simplexbot.sim.Simulator;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The simulator's control API over HTTP on 127.0.0.1 (Jetty core, no servlets): what another language's test suite
 * uses to make simulated people act and to see what the bot sent (routes in {@link ControlRoutes}). Like the CLI's
 * own API it has no authentication, so it only ever listens on the loopback interface.
 */
public final class ControlServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    /**
     * @param port 0 picks a free one
     * @param folder where relative file paths in arguments (sendFile) are resolved
     */
    public ControlServer(Simulator simulator, int port, Path folder) {
        QueuedThreadPool threads = new QueuedThreadPool(32, 2);
        threads.setName("sim-control");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new ControlRoutes(simulator, new SentLog(simulator), folder.toAbsolutePath()));
        // No graceful stop: a request may be a long poll of GET /sent, and nothing in flight is worth waiting for.
        server.setStopTimeout(0);
    }

    /** Starts listening; returns the {@code http://127.0.0.1:PORT} URL. */
    public String start() throws Exception {
        server.start();
        return url();
    }

    public String url() {
        return "http://127.0.0.1:" + connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
