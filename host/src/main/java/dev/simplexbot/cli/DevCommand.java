package dev.simplexbot.cli;

import dev.simplexbot.dev.DevEnvironment;
import dev.simplexbot.dev.DevOptions;
import dev.simplexbot.dev.PipedConsole;
import dev.simplexbot.dev.TerminalConsole;
import dev.simplexbot.script.ScriptLifecycleListener;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simplex-bot dev PATH}: the bots against the built-in simulated CLI, with a chat in the terminal. */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = {
            "Runs bot scripts against a built-in simulated SimpleX Chat CLI and lets you chat with them in the terminal.",
            "Files are reloaded when they change. With stdin not a terminal, reads lines from stdin and writes the "
                    + "bot's replies to stdout as 'bot> text' lines, then exits at the end of input."
        })
final class DevCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(DevCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    ScriptOptions scripts;

    @Option(names = "--port", defaultValue = "0", paramLabel = "PORT",
            description = "Port of the simulated CLI on 127.0.0.1, for other clients; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--as", defaultValue = "you", paramLabel = "NAME",
            description = "The name you chat as (default: ${DEFAULT-VALUE}).")
    String you;

    @Option(names = "--plain", description = "Plain lines even in a terminal, as when stdin is piped.")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        DevOptions options = validated();
        Preload.inBackground();
        PermissionOptions.logGrants(options.permissions());
        if (System.console() != null && !plain) {
            new TerminalConsole().run(options);
            return SimplexBotCommand.EXIT_OK;
        }
        try (DevEnvironment environment = DevEnvironment.start(options, new ScriptLifecycleListener() { })) {
            log.info("simulated SimpleX CLI at {}", environment.url());
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new PipedConsole(PipedConsole.DEFAULT_WAIT).run(environment, options.you(), stdin, System.out, System.err);
        }
        return SimplexBotCommand.EXIT_OK;
    }

    private DevOptions validated() {
        ReachFlags reach;
        try {
            RunOptions.checkScripts(scripts.path);
            reach = scripts.reach();
        } catch (RunOptions.InvalidOption e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        if (you.isBlank() || you.chars().anyMatch(Character::isWhitespace)) {
            throw new ParameterException(spec.commandLine(), "--as needs a name without spaces, got '" + you + "'");
        }
        if (scripts.handlerTimeout.isZero() || scripts.handlerTimeout.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--handler-timeout must be positive, got " + scripts.handlerTimeout);
        }
        try {
            return new DevOptions(scripts.path, port, you, scripts.handlerTimeout, scripts.dataDir, scripts.flowLimits(),
                    scripts.permissions.permissions(), reach.reach(), reach.http(), reach.webhooks());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--max-queued-*: " + e.getMessage());
        } catch (RunOptions.InvalidOption e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
