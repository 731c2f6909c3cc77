package dev.simplexbot.cli;

import dev.simplexbot.session.ChatSession;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs bot scripts against a SimpleX Chat CLI started with its WebSocket API, such as 'simplex-chat -p 5225'.",
            "Runs until SIGINT or SIGTERM, then stops gracefully."
        })
final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
    private static final Duration DRAIN = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A bot script (.js) or a folder of them.")
    Path path;

    @Option(names = "--url", defaultValue = "ws://localhost:5225", paramLabel = "URL",
            description = "The CLI's WebSocket API (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--allow-remote",
            description = "Allow a URL whose host is not this machine. The CLI API has no authentication.")
    boolean allowRemote;

    @Option(names = "--watch", description = "Reload a script when its file changes.")
    boolean watch;

    @Option(names = "--command-timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "How long a command waits for the CLI's response: 500ms, 30s, 5m, ... (default: ${DEFAULT-VALUE}).")
    Duration commandTimeout;

    @Option(names = "--handler-timeout", defaultValue = "5s", paramLabel = "DURATION",
            description = "How long one event handler may run before it is interrupted (default: ${DEFAULT-VALUE}).")
    Duration handlerTimeout;

    @Option(names = "--data-dir", defaultValue = "./.simplex-bot", paramLabel = "DIR",
            description = "Where scripts keep their state (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--log-messages", description = "Log every event and command, message text included.")
    boolean logMessages;

    @Override
    public Integer call() throws Exception {
        RunOptions options = validated();
        if (options.isRemote()) {
            log.warn("Connecting to remote host {}: the SimpleX CLI API has no authentication; "
                    + "anyone who can reach it controls the chat profile", options.url().getHost());
        }
        StopSignal stop = StopSignal.install();
        try (ChatSession session = new ChatSession(options.sessionOptions());
             ScriptRuntime runtime = new ScriptRuntime(options.runtimeOptions(), session)) {
            StartReport report = runtime.start(options.scripts());
            if (report.hasFailures() && !options.watch() && Files.isRegularFile(options.scripts())) {
                return SimplexBotCommand.EXIT_FAILURE;
            }
            // Scripts are loaded before connecting, so they see the first events and the "connected" state;
            // commands their start code sends wait in the session's queue until the connection is up.
            session.start(runtime);
            stop.await();
            session.close(DRAIN);
        }
        return SimplexBotCommand.EXIT_OK;
    }

    private RunOptions validated() {
        try {
            return new RunOptions(RunOptions.checkScripts(path), RunOptions.checkUrl(url, allowRemote), allowRemote,
                    watch, commandTimeout, handlerTimeout, dataDir, logMessages);
        } catch (RunOptions.InvalidOption e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
