package dev.simplexbot.script;

import dev.simplexbot.permission.Permissions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the script runtime behaves.
 *
 * @param handlerTimeout longest a handler, timer callback or default-export call may run before it is interrupted
 * @param watch reload scripts when their files change
 * @param logMessages log every event delivered and every command sent
 * @param dataDir the data directory holding {@code bot.store} and the files area (created owner-only); {@code null}: none
 * @param permissions what scripts may do with files through the CLI beyond the default, and raw commands
 */
public record RuntimeOptions(Duration handlerTimeout, boolean watch, boolean logMessages, Path dataDir,
                             Permissions permissions) {
    public static final Duration DEFAULT_HANDLER_TIMEOUT = Duration.ofSeconds(5);

    public RuntimeOptions {
        Objects.requireNonNull(handlerTimeout, "handlerTimeout");
        if (handlerTimeout.isZero() || handlerTimeout.isNegative()) {
            throw new IllegalArgumentException("handler timeout must be positive, was " + handlerTimeout);
        }
        Objects.requireNonNull(permissions, "permissions");
    }

    public static RuntimeOptions defaults() {
        return new RuntimeOptions(DEFAULT_HANDLER_TIMEOUT, false, false, null, Permissions.none());
    }

    public RuntimeOptions withWatch(boolean enabled) {
        return new RuntimeOptions(handlerTimeout, enabled, logMessages, dataDir, permissions);
    }

    public RuntimeOptions withHandlerTimeout(Duration timeout) {
        return new RuntimeOptions(timeout, watch, logMessages, dataDir, permissions);
    }

    public RuntimeOptions withLogMessages(boolean enabled) {
        return new RuntimeOptions(handlerTimeout, watch, enabled, dataDir, permissions);
    }

    public RuntimeOptions withDataDir(Path directory) {
        return new RuntimeOptions(handlerTimeout, watch, logMessages, directory, permissions);
    }

    public RuntimeOptions withPermissions(Permissions granted) {
        return new RuntimeOptions(handlerTimeout, watch, logMessages, dataDir, granted);
    }
}
