package dev.simplexbot.dev;

import dev.simplexbot.script.FlowLimits;
import dev.simplexbot.permission.Permissions;
import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.script.ReachOptions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code simplex-bot dev} runs.
 *
 * @param scripts        a {@code .js} file or a folder of them, reloaded when they change
 * @param port           the simulated CLI's port on 127.0.0.1 (0 picks a free one)
 * @param you            the simulated person you chat as
 * @param handlerTimeout how long one event handler may run before it is interrupted
 * @param dataDir        where scripts keep their state ({@code bot.store}) and the files area
 * @param flowLimits     how many events and commands may wait in the host per script
 * @param permissions    what the bots may do with files through the (simulated) CLI, and raw commands
 * @param reach          what scripts may fetch and read from the environment
 * @param http           where the HTTP server listens ({@code --http}); {@code null}: no server
 * @param webhooks       caps on webhook requests
 */
public record DevOptions(Path scripts, int port, String you, Duration handlerTimeout, Path dataDir,
        FlowLimits flowLimits, Permissions permissions, ReachOptions reach, HttpAddress http, WebhookLimits webhooks) {
    /** Default queue bounds, nothing granted, no HTTP server. */
    public DevOptions(Path scripts, int port, String you, Duration handlerTimeout, Path dataDir) {
        this(scripts, port, you, handlerTimeout, dataDir, FlowLimits.defaults(), Permissions.none(), ReachOptions.none(),
                null, WebhookLimits.defaults());
    }

    /** The bot user's name before a bot's setup renames it: the script's (or folder's) name. */
    public String botName() {
        String name = scripts.toAbsolutePath().normalize().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public DevOptions withPermissions(Permissions granted) {
        return new DevOptions(scripts, port, you, handlerTimeout, dataDir, flowLimits, granted, reach, http, webhooks);
    }

    /** What scripts may reach, where the HTTP server listens ({@code null}: none) and its webhook caps. */
    public DevOptions withReach(ReachOptions granted, HttpAddress address, WebhookLimits limits) {
        return new DevOptions(scripts, port, you, handlerTimeout, dataDir, flowLimits, permissions, granted, address, limits);
    }
}
