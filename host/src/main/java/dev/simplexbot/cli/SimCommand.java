package dev.simplexbot.cli;

import dev.simplexbot.dev.ConsoleBackend;
import dev.simplexbot.dev.PipedConsole;
import dev.simplexbot.dev.TerminalConsole;
import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.SimServer;
import dev.simplexbot.sim.Simulator;
import dev.simplexbot.sim.control.ControlServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simplex-bot sim}: the simulated SimpleX CLI on a WebSocket port for any client, with its people: a chat console
 * in a terminal (you are a person talking to whatever bot connects) and a control API on loopback HTTP for other
 * languages' tests. Runs until SIGINT/SIGTERM, or until you leave the terminal console.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {
            "Runs the simulated SimpleX Chat CLI (WebSocket API on 127.0.0.1) for any client, with simulated people: a chat "
                    + "console when run in a terminal, and a control API (HTTP, JSON) on 127.0.0.1 that makes people act "
                    + "and shows what the bot sent.",
            "Runs until SIGINT/SIGTERM (or /quit in the terminal console)."
        })
public final class SimCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(SimCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "5225", description = "WebSocket port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--wrap", description = "Wrap responses as {\"Right\":...} and errors as {\"Left\":...}, like some CLI versions.")
    boolean wrap;

    @Option(names = "--bot-name", description = "Create the bot's user with this name at start (otherwise the client creates one).")
    String botName;

    @Option(names = "--command-delay", defaultValue = "0ms", converter = DelayConverter.class, paramLabel = "DURATION",
            description = "How long each command takes before it is answered, one at a time per connection, like a real "
                    + "CLI busy with the network: 1ms, 3ms, ... (default: ${DEFAULT-VALUE}).")
    Duration commandDelay;

    @Option(names = "--control-port", defaultValue = "5226", paramLabel = "PORT",
            description = "Port of the control API on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int controlPort;

    @Option(names = "--no-control", description = "No control API.")
    boolean noControl;

    @Option(names = "--as", defaultValue = "you", paramLabel = "NAME", description = "The person you chat as in the console (default: ${DEFAULT-VALUE}).")
    String you;

    @Option(names = "--console", negatable = true,
            description = "Chat console: on by default in a terminal; --console reads console lines from stdin when it is not a "
                    + "terminal (the simulator goes on at the end of input); --no-console never reads stdin.")
    Boolean console;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();

    @Override
    public Integer call() throws Exception {
        validate();
        Simulator simulator = botName == null ? Simulator.create() : Simulator.withBot(botName);
        SimServer server = new SimServer(simulator, port, wrap, CommandReader.fromSpec(), commandDelay);
        ControlServer control = noControl ? null : new ControlServer(simulator, controlPort, Path.of(""));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, control, simulator), "sim-shutdown"));
        String url;
        String controlUrl = null;
        try {
            url = server.startAndWait();
            if (control != null) {
                controlUrl = control.start();
            }
        } catch (Exception e) {
            stop(server, control, simulator);
            System.err.println("simplex-bot sim: " + (e.getMessage() == null ? e : e.getMessage())
                    + (e.getCause() != null && e.getCause().getMessage() != null ? " (" + e.getCause().getMessage() + ")" : ""));
            return SimplexBotCommand.EXIT_FAILURE;
        }
        log.info("simulated SimpleX CLI listening on {}{}", url, wrap ? " (wrapped responses)" : "");
        if (controlUrl != null) {
            log.info("control API on {}", controlUrl);
        }
        boolean terminal = System.console() != null;
        if (terminal && !Boolean.FALSE.equals(console)) {
            String banner = "  bots connect to " + url + (controlUrl == null ? "" : "; control API on " + controlUrl);
            new TerminalConsole().runStandalone(simulator, you, banner);
            stop(server, control, simulator);
            return SimplexBotCommand.EXIT_OK;
        }
        if (Boolean.TRUE.equals(console)) {
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new PipedConsole(Duration.ZERO).run(ConsoleBackend.of(simulator), you, stdin, System.out, System.err);
        }
        stopped.await();
        return SimplexBotCommand.EXIT_OK;
    }

    private void validate() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        if (controlPort < 0 || controlPort > 65_535) {
            throw new ParameterException(spec.commandLine(), "--control-port must be between 0 and 65535, got " + controlPort);
        }
        if (!noControl && controlPort != 0 && controlPort == port) {
            throw new ParameterException(spec.commandLine(), "--control-port must differ from --port (both " + port + ")");
        }
        if (you.isBlank() || you.chars().anyMatch(Character::isWhitespace)) {
            throw new ParameterException(spec.commandLine(), "--as needs a name without spaces, got '" + you + "'");
        }
    }

    /** Stops everything once, from the shutdown hook or when the console ends; the temporary folder goes last. */
    private void stop(SimServer server, ControlServer control, Simulator simulator) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (control != null) {
                control.close();
            }
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("stopping the simulator", e);
        } finally {
            simulator.close();
            stopped.countDown();
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
