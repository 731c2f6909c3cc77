package dev.simplexbot.cli;

import dev.simplexbot.script.FlowLimits;
import dev.simplexbot.permission.Permissions;
import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.session.LoopbackPolicy;
import dev.simplexbot.session.SessionOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The validated options of {@code simplex-bot run}.
 *
 * @param scripts         a {@code .js} file or a folder of them
 * @param url             the CLI's WebSocket API
 * @param allowRemote     {@code url} may point at another machine
 * @param watch           reload scripts when they change
 * @param commandTimeout  how long a command may wait for the CLI's response
 * @param handlerTimeout  how long one event handler may run before it is interrupted
 * @param dataDir         where scripts' persistent state lives
 * @param logMessages     log every event and command (contains message text)
 * @param flowLimits      how many events and commands may wait in the host per script
 * @param permissions     what bots may do with files through the CLI, and raw commands
 * @param reach           what scripts may reach beyond SimpleX, and the HTTP server
 */
public record RunOptions(
        Path scripts,
        URI url,
        boolean allowRemote,
        boolean watch,
        Duration commandTimeout,
        Duration handlerTimeout,
        Path dataDir,
        boolean logMessages,
        FlowLimits flowLimits,
        Permissions permissions,
        ReachFlags reach) {

    /** A usage error: one line for the user, exit code 2. */
    public static final class InvalidOption extends Exception {
        /** No stack: it becomes one line of output. */
        InvalidOption(String message) {
            super(message);
        }
    }

    static Path checkScripts(Path path) throws InvalidOption {
        if (!Files.exists(path)) {
            throw new InvalidOption("no such file or folder: " + path);
        }
        if (!Files.isDirectory(path) && !isScript(path)) {
            throw new InvalidOption("not a .js file or a folder: " + path);
        }
        return path;
    }

    static URI checkUrl(String url, boolean allowRemote) throws InvalidOption {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidOption("invalid URL '" + url + "': " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("ws") || scheme.equalsIgnoreCase("wss"))) {
            throw new InvalidOption("invalid URL '" + url + "': must start with ws:// or wss:// (e.g. ws://localhost:5225)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidOption("invalid URL '" + url + "': no host (e.g. ws://localhost:5225)");
        }
        try {
            LoopbackPolicy.check(uri, allowRemote);
        } catch (IllegalArgumentException e) {
            throw new InvalidOption(e.getMessage());
        }
        return uri;
    }

    private static boolean isScript(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".js") || name.endsWith(".mjs");
    }

    boolean isRemote() {
        return !LoopbackPolicy.isLoopback(url.getHost());
    }

    /** With a CLI on another machine, paths in commands name files there: checked by name only. */
    public RuntimeOptions runtimeOptions() {
        return new RuntimeOptions(handlerTimeout, watch, logMessages, dataDir, flowLimits,
                permissions.withRemoteCli(isRemote()));
    }

    public SessionOptions sessionOptions() {
        return SessionOptions.of(url).withAllowRemote(allowRemote).withCommandTimeout(commandTimeout);
    }
}
