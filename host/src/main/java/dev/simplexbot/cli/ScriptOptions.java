package dev.simplexbot.cli;

import dev.simplexbot.env.EnvGrants;
import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.net.ByteSizes;
import dev.simplexbot.net.FetchLimits;
import dev.simplexbot.net.NetGrants;
import dev.simplexbot.script.FlowLimits;
import dev.simplexbot.script.ReachOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--allow-net", paramLabel = "[NAME:]HOST[:PORT][,...]",
            description = {"Lets scripts fetch from these hosts (nothing else is reachable). HOST is a name, *.domain (its "
                    + "subdomains), an IPv4 address or an IPv6 address in brackets; with :PORT only that port. NAME: limits an "
                    + "entry to the bot NAME.js; the part after the first colon is a port only if it is all digits. A name that "
                    + "resolves to a loopback or private address is refused unless that address (or localhost) is granted too. "
                    + "Repeatable."})
    List<String> allowNet = new ArrayList<>();

    @Option(names = "--allow-env", paramLabel = "[NAME:]VAR[,...]",
            description = "Lets scripts read these environment variables as bot.env (NAME: limits one to the bot NAME.js). Repeatable.")
    List<String> allowEnv = new ArrayList<>();

    @Option(names = "--http", paramLabel = "[HOST:]PORT",
            description = "Starts the HTTP server: /health, /metrics and the bots' webhooks at /bots/NAME/... HOST defaults "
                    + "to 127.0.0.1 (this machine only); another address must be written out, e.g. 0.0.0.0:8080.")
    String http;

    @Option(names = "--fetch-timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "Longest one fetch may take, redirects and body included (default: ${DEFAULT-VALUE}).")
    Duration fetchTimeout;

    @Option(names = "--fetch-max-size", defaultValue = "10MB", paramLabel = "SIZE",
            description = "Largest response body a fetch accepts (default: ${DEFAULT-VALUE}).")
    String fetchMaxSize;

    @Option(names = "--fetch-max-in-flight", defaultValue = "16", paramLabel = "N",
            description = "Fetches one script may have waiting at once (default: ${DEFAULT-VALUE}).")
    int fetchMaxInFlight;

    @Option(names = "--http-max-body", defaultValue = "1MB", paramLabel = "SIZE",
            description = "Largest request body a webhook accepts; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    String httpMaxBody;

    @Option(names = "--http-timeout", defaultValue = "10s", paramLabel = "DURATION",
            description = "How long a webhook handler may take to answer before the request gets 504 (default: ${DEFAULT-VALUE}).")
    Duration httpTimeout;

    /** What the scripts may reach, from the flags above. */
    ReachFlags reach() throws RunOptions.InvalidOption {
        try {
            ReachOptions reach = ReachOptions.none()
                    .withNet(NetGrants.parse(allowNet))
                    .withEnv(EnvGrants.parse(allowEnv), System::getenv)
                    .withFetchLimits(new FetchLimits(fetchTimeout, size("--fetch-max-size", fetchMaxSize), fetchMaxInFlight));
            WebhookLimits webhooks = new WebhookLimits(size("--http-max-body", httpMaxBody), httpTimeout);
            return new ReachFlags(reach, http == null ? null : HttpAddress.parse(http), webhooks);
        } catch (IllegalArgumentException e) {
            throw new RunOptions.InvalidOption(e.getMessage());
        }
    }

    private static long size(String option, String value) {
        try {
            return ByteSizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
