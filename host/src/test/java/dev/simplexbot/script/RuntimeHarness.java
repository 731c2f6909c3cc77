package dev.simplexbot.script;

import dev.simplexbot.permission.Permissions;
import java.nio.file.Path;
import java.time.Duration;

/** A runtime over a folder with a recording gateway, logs and lifecycle captured; closed after each test. */
final class RuntimeHarness implements AutoCloseable {
    /** The runtime tests' scripts report through raw lines that are no documented command ("tick 1"): --allow-raw. */
    static final RuntimeOptions RAW_ALLOWED = RuntimeOptions.defaults().withPermissions(Permissions.none().withAllowRaw(true));

    final ScriptFolder folder;
    final RecordingGateway gateway = new RecordingGateway();
    final CapturedLogs logs = new CapturedLogs();
    final LifecycleRecorder lifecycle = new LifecycleRecorder();
    final ScriptRuntime runtime;

    RuntimeHarness(Path root, RuntimeOptions options, ChatCommands commands) {
        this(root, options, commands, ReachOptions.none());
    }

    RuntimeHarness(Path root, RuntimeOptions options, ChatCommands commands, ReachOptions reach) {
        this.folder = new ScriptFolder(root);
        this.runtime = new ScriptRuntime(options, gateway, commands, reach);
        runtime.addLifecycleListener(lifecycle);
    }

    static RuntimeHarness watching(Path root, ReachOptions reach) {
        return new RuntimeHarness(root, RAW_ALLOWED.withWatch(true), new TestCommands(), reach);
    }

    RuntimeHarness(Path root) {
        this(root, RAW_ALLOWED, new TestCommands());
    }

    static RuntimeHarness watching(Path root) {
        return new RuntimeHarness(root, RAW_ALLOWED.withWatch(true), new TestCommands());
    }

    static RuntimeHarness withHandlerTimeout(Path root, Duration timeout) {
        return new RuntimeHarness(root, RAW_ALLOWED.withHandlerTimeout(timeout), new TestCommands());
    }

    StartReport start() {
        return runtime.start(folder.root());
    }

    @Override
    public void close() {
        runtime.close();
        logs.close();
    }
}
