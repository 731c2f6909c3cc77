package dev.simplexbot.dev;

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
 * @param dataDir        where scripts keep their state ({@code bot.store})
 * @param reach          what scripts may fetch and read from the environment
 * @param http           where the HTTP server listens ({@code --http}); {@code null}: no server
 * @param webhooks       caps on webhook requests
 */
public record DevOptions(Path scripts, int port, String you, Duration handlerTimeout, Path dataDir, ReachOptions reach,
                         HttpAddress http, WebhookLimits webhooks) {
    /** Nothing granted, no HTTP server. */
    public DevOptions(Path scripts, int port, String you, Duration handlerTimeout, Path dataDir) {
        this(scripts, port, you, handlerTimeout, dataDir, ReachOptions.none(), null, WebhookLimits.defaults());
    }

    /** The bot user's name before a bot's setup renames it: the script's (or folder's) name. */
    public String botName() {
        String name = scripts.toAbsolutePath().normalize().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
