package dev.simplexbot.cli;

import dev.simplexbot.script.FlowLimits;
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

    @Option(names = "--max-queued-events", paramLabel = "N",
            description = "Events that may wait for one script, at most; past it new events for that script are dropped "
                    + "and logged (default: " + FlowLimits.DEFAULT_MAX_QUEUED_EVENTS + ").")
    Integer maxQueuedEvents;

    @Option(names = "--max-queued-event-bytes", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = "Total size of the events waiting for one script, at most: 64m, 1g, ... "
                    + "(default: a quarter of the JVM's maximum heap, at most 512m).")
    Long maxQueuedEventBytes;

    @Option(names = "--max-queued-commands", paramLabel = "N",
            description = "Commands of one script that may wait for the CLI, at most; past it bot.chat.* rejects with "
                    + "a LimitError (default: " + FlowLimits.DEFAULT_MAX_QUEUED_COMMANDS + ").")
    Integer maxQueuedCommands;

    @Option(names = "--max-queued-command-bytes", paramLabel = "SIZE", converter = ByteSizeConverter.class,
            description = "Total size of one script's commands waiting for the CLI, at most "
                    + "(default: a sixteenth of the JVM's maximum heap, at most 64m).")
    Long maxQueuedCommandBytes;

    /** The queue bounds given, the defaults for the rest. */
    FlowLimits flowLimits() {
        FlowLimits defaults = FlowLimits.defaults();
        return new FlowLimits(
                maxQueuedEvents != null ? maxQueuedEvents : defaults.maxQueuedEvents(),
                maxQueuedEventBytes != null ? maxQueuedEventBytes : defaults.maxQueuedEventBytes(),
                maxQueuedCommands != null ? maxQueuedCommands : defaults.maxQueuedCommands(),
                maxQueuedCommandBytes != null ? maxQueuedCommandBytes : defaults.maxQueuedCommandBytes());
    }

    /** --allow-read, --allow-write, --allow-raw. */
    @Mixin
    PermissionOptions permissions;
}
