package dev.simplexbot.cli;

import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.SimServer;
import dev.simplexbot.sim.Simulator;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simplex-bot sim}: the simulated SimpleX CLI on a WebSocket port, for any client, until stopped. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Run the simulated SimpleX Chat CLI (WebSocket API on 127.0.0.1) until SIGINT/SIGTERM.")
public final class SimCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(SimCommand.class);

    @Option(names = "--port", defaultValue = "5225", description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--wrap", description = "Wrap responses as {\"Right\":...} and errors as {\"Left\":...}, like some CLI versions.")
    boolean wrap;

    @Option(names = "--bot-name", description = "Create the bot's user with this name at start (otherwise the client creates one).")
    String botName;

    @Option(names = "--command-delay", defaultValue = "0ms", converter = DelayConverter.class, paramLabel = "DURATION",
            description = "How long each command takes before it is answered, one at a time per connection, like a real "
                    + "CLI busy with the network: 1ms, 3ms, ... (default: ${DEFAULT-VALUE}).")
    Duration commandDelay;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            System.err.println("simplex-bot sim: --port must be between 0 and 65535, got " + port);
            return 2;
        }
        try (Simulator simulator = botName == null ? Simulator.create() : Simulator.withBot(botName)) {
            SimServer server = new SimServer(simulator, port, wrap, CommandReader.fromSpec(), commandDelay);
            String url = server.startAndWait();
            log.info("simulated SimpleX CLI listening on {}{}", url, wrap ? " (wrapped responses)" : "");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    // The JVM halts once shutdown hooks finish, so the temporary folder is removed here.
                    simulator.close();
                    stopped.countDown();
                }
            }, "sim-shutdown"));
            stopped.await();
            return 0;
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("simplex-bot sim: " + e.getMessage());
            return 1;
        }
    }

    /** A delay that may be zero: {@code 0}, {@code 3ms}, {@code 1s}. */
    static final class DelayConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String trimmed = value.trim();
            return trimmed.equals("0") || trimmed.equals("0ms") || trimmed.equals("0s") ? Duration.ZERO
                    : new DurationConverter().convert(trimmed);
        }
    }
}
