package dev.simplexbot.cli;

import dev.simplexbot.http.HostHttpServer;
import dev.simplexbot.metrics.Monitoring;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Mixin
    ScriptOptions scripts;

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

    @Option(names = "--log-messages", description = "Log every event and command, message text included.")
    boolean logMessages;

    @Override
    public Integer call() throws Exception {
        RunOptions options = validated();
        Preload.inBackground();
        if (options.isRemote()) {
            log.warn("Connecting to remote host {}: the SimpleX CLI API has no authentication; "
                    + "anyone who can reach it controls the chat profile. File paths in commands name files on that "
                    + "machine: simplex-bot checks them by name only (absolute, no '..', inside the allowed folders) "
                    + "and cannot see its links", options.url().getHost());
        }
        PermissionOptions.logGrants(options.permissions());
        StopSignal stop = StopSignal.install();
        ReachFlags reach = options.reach();
        try (Monitoring monitoring = new Monitoring();
             ChatSession session = new ChatSession(options.sessionOptions());
             ScriptRuntime runtime = new ScriptRuntime(options.runtimeOptions(), monitoring.gateway(session), reach.reach())) {
            monitoring.watch(runtime);
            StartReport report = runtime.start(options.scripts());
            if (report.hasFailures() && !options.watch() && Files.isRegularFile(options.scripts())) {
                return SimplexBotCommand.EXIT_FAILURE;
            }
            try (HostHttpServer http = reach.http() == null ? null
                    : monitoring.serve(reach.http(), runtime, reach.webhooks(), options.logMessages())) {
                // Scripts are loaded before connecting, so they see the first events and the "connected" state;
                // commands their start code sends wait in the session's queue until the connection is up.
                session.start(monitoring.listener(runtime));
                stop.await();
                session.close(DRAIN);
            }
        }
        return SimplexBotCommand.EXIT_OK;
    }

    private RunOptions validated() {
        try {
            return new RunOptions(RunOptions.checkScripts(scripts.path), RunOptions.checkUrl(url, allowRemote), allowRemote,
                    watch, commandTimeout, scripts.handlerTimeout, scripts.dataDir, logMessages, flowLimits(),
                    scripts.permissions.permissions(), scripts.reach());
        } catch (RunOptions.InvalidOption e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private dev.simplexbot.script.FlowLimits flowLimits() {
        try {
            return scripts.flowLimits();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--max-queued-*: " + e.getMessage());
        }
    }
}
