package dev.simplexbot.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that runs bot scripts ({@code run}, {@code dev}); a picocli mixin. */
final class ScriptOptions {
    @Parameters(paramLabel = "PATH", description = "A bot script (.js) or a folder of them.")
    Path path;

    @Option(names = "--handler-timeout", defaultValue = "5s", paramLabel = "DURATION",
            description = "How long one event handler may run before it is interrupted (default: ${DEFAULT-VALUE}).")
    Duration handlerTimeout;

    @Option(names = "--data-dir", defaultValue = "./.simplex-bot", paramLabel = "DIR",
            description = "Where scripts keep their state, created readable by you only (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    /** --allow-read, --allow-write, --allow-raw. */
    @Mixin
    PermissionOptions permissions;
}
