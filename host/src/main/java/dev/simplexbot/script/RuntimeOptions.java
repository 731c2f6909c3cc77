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
 * @param flowLimits how many events and commands may wait in the host per script
 * @param permissions what scripts may do with files through the CLI beyond the default, and raw commands
 */
public record RuntimeOptions(Duration handlerTimeout, boolean watch, boolean logMessages, Path dataDir,
        FlowLimits flowLimits, Permissions permissions) {
    public static final Duration DEFAULT_HANDLER_TIMEOUT = Duration.ofSeconds(5);

    public RuntimeOptions {
        Objects.requireNonNull(handlerTimeout, "handlerTimeout");
        if (handlerTimeout.isZero() || handlerTimeout.isNegative()) {
            throw new IllegalArgumentException("handler timeout must be positive, was " + handlerTimeout);
        }
        Objects.requireNonNull(flowLimits, "flowLimits");
        Objects.requireNonNull(permissions, "permissions");
    }

    public static RuntimeOptions defaults() {
        return new RuntimeOptions(DEFAULT_HANDLER_TIMEOUT, false, false, null, FlowLimits.defaults(), Permissions.none());
    }

    public RuntimeOptions withWatch(boolean enabled) {
        return new RuntimeOptions(handlerTimeout, enabled, logMessages, dataDir, flowLimits, permissions);
    }

    public RuntimeOptions withHandlerTimeout(Duration timeout) {
        return new RuntimeOptions(timeout, watch, logMessages, dataDir, flowLimits, permissions);
    }

    public RuntimeOptions withLogMessages(boolean enabled) {
        return new RuntimeOptions(handlerTimeout, watch, enabled, dataDir, flowLimits, permissions);
    }

    public RuntimeOptions withDataDir(Path directory) {
        return new RuntimeOptions(handlerTimeout, watch, logMessages, directory, flowLimits, permissions);
    }

    public RuntimeOptions withFlowLimits(FlowLimits limits) {
        return new RuntimeOptions(handlerTimeout, watch, logMessages, dataDir, limits, permissions);
    }

    public RuntimeOptions withPermissions(Permissions granted) {
        return new RuntimeOptions(handlerTimeout, watch, logMessages, dataDir, flowLimits, granted);
    }
}
