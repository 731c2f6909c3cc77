package dev.simplexbot.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.SessionOptions;
import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.SimServer;
import dev.simplexbot.sim.Simulator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * One example bot run the way {@code simplex-bot run} runs it: script runtime, WebSocket session and the
 * simulated CLI behind a real socket. {@link #restart()} stops the bot and starts it again on the same
 * simulator and data directory, as after a crash or a deploy.
 */
final class ExampleBot implements AutoCloseable {
    /** Maven runs the tests in the module folder, where the example bots are. */
    static final Path EXAMPLES = Path.of("").toAbsolutePath();
    private static final Duration READY = Duration.ofSeconds(15);

    private final Simulator sim;
    private final SimServer server;
    private final Path script;
    private final RuntimeOptions options;
    private ChatSession session;
    private ScriptRuntime runtime;

    private ExampleBot(Simulator sim, Path script, Path dataDir) throws InterruptedException {
        this.sim = sim;
        this.script = script;
        this.options = RuntimeOptions.defaults().withDataDir(dataDir);
        this.server = new SimServer(sim, 0, false, CommandReader.fromSpec());
        server.startAndWait();
        startBot();
    }

    /** Starts {@code scripts-examples/<fileName>} against {@code sim}, once its address accepts people. */
    static ExampleBot start(Simulator sim, String fileName, Path dataDir) throws InterruptedException {
        return new ExampleBot(sim, EXAMPLES.resolve(fileName), dataDir);
    }

    void restart() {
        stopBot();
        startBot();
    }

    private void startBot() {
        session = new ChatSession(SessionOptions.of(URI.create(server.url())));
        runtime = new ScriptRuntime(options, session);
        StartReport report = runtime.start(script);
        if (report.hasFailures()) {
            stopBot();
            throw new IllegalStateException(script + " failed to start: " + report.failures());
        }
        session.start(runtime);
        awaitAddressAcceptingPeople();
    }

    /** The toolkit sets the bot up asynchronously; people can connect once the address auto-accepts. */
    private void awaitAddressAcceptingPeople() {
        long deadline = System.nanoTime() + READY.toNanos();
        while (!addressAutoAccepts()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(script + ": no auto-accepting address within " + READY);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private boolean addressAutoAccepts() {
        try {
            long userId = sim.execute("ShowActiveUser", null).response().path("user").path("userId").asLong();
            ObjectNode params = JsonNodeFactory.instance.objectNode().put("userId", userId);
            return sim.execute("APIShowMyAddress", params).response()
                    .path("contactLink").path("addressSettings").path("autoAccept").isObject();
        } catch (RuntimeException noUserOrAddressYet) {
            return false;
        }
    }

    private void stopBot() {
        runtime.close();
        session.close(Duration.ofSeconds(2));
    }

    @Override
    public void close() throws InterruptedException {
        stopBot();
        server.stop(1000);
    }
}
