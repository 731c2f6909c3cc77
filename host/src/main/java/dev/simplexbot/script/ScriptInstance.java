package dev.simplexbot.script;

import dev.simplexbot.permission.CommandGuard;
import dev.simplexbot.permission.FileRules;
import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.toolkit.FileFacts;
import dev.simplexbot.toolkit.Toolkit;
import dev.simplexbot.toolkit.ToolkitHost;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;

/**
 * One loaded version of one bot file: its own context, prelude runtime, timers and pending commands.
 * Every method runs on the owning slot's loop thread, the only thread that enters this context; work from
 * other threads (timers, command results) arrives through {@link Channel#post} and is dropped once closed.
 */
final class ScriptInstance {
    private static final Pattern STACK_LOCATION = Pattern.compile("\\(([^()]+:\\d+:\\d+)\\)");

    /**
     * What the instance shares with its slot: the loop to post work to, the slot's queue on the connection, and
     * the slot's command flow (which outlives reloads).
     */
    record Channel(Consumer<Runnable> post, CommandGateway lane, CommandFlow flow) {}

    private final String name;
    private final Path file;
    private final ScriptServices services;
    private final Channel channel;
    private final Logger log;
    private final Context context;
    private final ScriptTimers timers;
    private final Set<String> handledTypes = new HashSet<>();
    private boolean handlesAll;
    private final FileRules fileRules;
    private ScriptReach reach;
    private Value runtime;
    // The two calls made per event and per command result, looked up once instead of by name on every call.
    private Value dispatchCall;
    private Value settleCall;
    private String startRejection;
    private boolean starting = true;
    private boolean closed;
    // Entered once for a batch of events; a script stopped inside the batch is closed after leaving it.
    private boolean inBatch;
    private boolean stopping;

    private ScriptInstance(String name, Path file, Path root, ScriptServices services, Channel channel, Logger log) {
        this.name = name;
        this.file = file;
        this.services = services;
        this.channel = channel;
        this.log = log;
        this.timers = new ScriptTimers(services.timerScheduler(), id -> channel.post().accept(() -> fireTimer(id)));
        this.fileRules = services.fileRules(root);
        this.context = services.engine().newContext(
                root,
                new LogLineOutputStream(log::info),
                new LogLineOutputStream(log::warn),
                this::moduleRead);
    }

    /** Evaluates {@code file} in a fresh context and calls its default export with a new {@code bot}. */
    static ScriptInstance load(String name, Path file, Path root, String stateJson, ScriptServices services,
            Channel channel, Logger log) throws ScriptLoadException {
        ScriptInstance script = new ScriptInstance(name, file, root, services, channel, log);
        try {
            script.start(stateJson);
            script.reach.activate();
            return script;
        } catch (ScriptLoadException | RuntimeException e) {
            script.close();
            throw e;
        }
    }

    String name() {
        return name;
    }

    /** Reading a module is progress: the watchdog gives the call that imports it another timeout. */
    private void moduleRead() {
        services.watchdog().progress(context);
    }

    private void start(String stateJson) throws ScriptLoadException {
        Source module = readModule();
        ScriptHostBridge bridge = new ScriptHostBridge(this, services, channel, timers,
                new CommandGuard(fileRules, services.options().permissions().allowRaw()), log);
        ToolkitHost toolkitHost = new ToolkitHost(services.storeFor(name), new FileFacts(fileRules.onThisMachine()),
                fileRules.filesArea().map(Path::toString).orElse(null));
        reach = new ScriptReach(name, services, this::runOnLoop, log);
        String[] problem = new String[1];
        boolean finished;
        try {
            Value web = services.engine().webGlobals().install(context);
            Value reachRuntime = context.eval(services.engine().reach()).execute(new ReachBridge(reach), reach.envJson(), web);
            reach.attach(reachRuntime);
            runtime = context.eval(services.engine().prelude())
                    .execute(bridge, name, services.commandMethodsJson(), stateJson,
                            Toolkit.installer(context), toolkitHost, reachRuntime.getMember("install"));
            dispatchCall = runtime.getMember("dispatch");
            settleCall = runtime.getMember("settle");
            finished = services.watchdog().run(context, () -> {
                Value exports = context.eval(module);
                Value main = exports.getMember("default");
                if (main == null || !main.canExecute()) {
                    problem[0] = file + ": no default export function; a bot is `export default function (bot) { ... }`";
                    return;
                }
                runtime.invokeMember("start", main, exports.getMember("config"));
            });
        } catch (PolyglotException e) {
            throw new ScriptLoadException(redact(GuestErrors.oneLine(e, file.toString())));
        }
        starting = false;
        if (!finished) {
            throw new ScriptLoadException(file + ": loading ran longer than " + human(services.watchdog().timeout())
                    + " and was interrupted");
        }
        if (problem[0] != null) {
            throw new ScriptLoadException(problem[0]);
        }
        if (startRejection != null) {
            throw new ScriptLoadException(redact(locationInStack(startRejection) + ": the default export's promise rejected: "
                    + firstLine(startRejection)));
        }
    }

    private Source readModule() throws ScriptLoadException {
        try {
            return Source.newBuilder("js", file.toFile()).mimeType(JsEngine.MODULE_MIME_TYPE).build();
        } catch (IOException e) {
            throw new ScriptLoadException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Hands a batch of events to the script's handlers. Events of a type the script has no handler for are skipped
     * without entering the context; the context is entered once for the whole batch.
     */
    void dispatch(List<ChatEvent> events) {
        if (closed || runtime == null) {
            return;
        }
        boolean logMessages = services.options().logMessages();
        try {
            for (ChatEvent event : events) {
                if (logMessages) {
                    log.info("event {}: {}", event.type(), redact(event.json()));
                }
                if (stopping || (!handlesAll && !handledTypes.contains(event.type()))) {
                    continue;
                }
                if (!inBatch) {
                    context.enter();
                    inBatch = true;
                }
                enter(event.type(), EVENT_HANDLER, () -> dispatchCall.executeVoid(event.type(), event.json()));
            }
        } finally {
            if (inBatch) {
                inBatch = false;
                context.leave();
            }
            if (stopping) {
                close();
            }
        }
    }

    /** The script added its first handler for {@code type} or removed its last one ({@code "*"}: every type). */
    void handles(String type, boolean handled) {
        if ("*".equals(type)) {
            handlesAll = handled;
        } else if (handled) {
            handledTypes.add(type);
        } else {
            handledTypes.remove(type);
        }
    }

    void startRejected(String detail) {
        if (starting) {
            startRejection = detail;
        } else {
            log.error("script {}: the default export's promise rejected: {}", name, detail);
        }
    }

    /**
     * Runs {@code call} (a call into this script) on the script's loop under the watchdog, as an event handler runs;
     * a failure is logged like a handler's. Dropped once this version is unloaded. Any thread may call it.
     */
    void runOnLoop(String what, Runnable call) {
        channel.post().accept(() -> enter(what, call));
    }

    /**
     * Called from any thread when a command completes; the promise is settled on this script's loop. {@code thenKey}
     * says the response's text has a {@code "then"} key somewhere: such a response is parsed at once (a lazily parsed
     * one must not be mistaken for a promise).
     */
    void settle(int requestId, String responseJson, String errorJson, boolean thenKey) {
        channel.post().accept(() -> enter("command result",
                () -> settleCall.executeVoid(requestId, responseJson, errorJson, thenKey)));
    }

    private void fireTimer(int id) {
        enter("timer callback", () -> runtime.invokeMember("fire", id));
    }

    /** {@code bot.state} as JSON text for the next version of this file; {@code null} when there is none. */
    String stateJson() {
        String[] state = new String[1];
        enter("bot.state", () -> {
            Value json = runtime.invokeMember("stateJson");
            state[0] = json.isNull() ? null : json.asString();
        });
        return state[0];
    }

    /** Cancels timers, runs the onUnload hooks and closes the context. */
    void unload() {
        enter("onUnload hooks", () -> runtime.invokeMember("unload"));
        close();
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        timers.cancelAll();
        if (reach != null) {
            reach.close();
        }
        try {
            context.close();
        } catch (PolyglotException | IllegalStateException e) {
            context.close(true);
        }
    }

    int pendingTimers() {
        return timers.pending();
    }

    private static final String EVENT_HANDLER = "handler for ";

    private void enter(String what, Runnable call) {
        enter(what, "", call);
    }

    /** Runs {@code call} in the context under the watchdog; {@code prefix + what} names it in logs (built only then). */
    private void enter(String what, String prefix, Runnable call) {
        if (closed || stopping || runtime == null) {
            return;
        }
        try {
            if (!services.watchdog().run(context, call)) {
                log.error("script {}: {}{} ran longer than {} and was interrupted", name, prefix, what,
                        human(services.watchdog().timeout()));
                services.lifecycle().handlerFailed(name, prefix + what);
            }
        } catch (PolyglotException e) {
            if (e.isResourceExhausted()) {
                stopExhausted(prefix + what, e.getMessage());
            } else {
                log.error("script {}: {}{} failed: {}", name, prefix, what, redact(GuestErrors.stack(e)));
                services.lifecycle().handlerFailed(name, prefix + what);
            }
        } catch (OutOfMemoryError e) {
            stopExhausted(prefix + what, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Community GraalJS cannot cap one context's heap, so a script that exhausts the shared heap (or the
     * stack) is closed at once: what it holds becomes garbage and the other scripts keep running.
     */
    private void stopExhausted(String what, String detail) {
        if (inBatch) {
            stopping = true;
        } else {
            close();
        }
        log.error("script {}: {} exhausted the host's resources ({}); the script is stopped until it is reloaded",
                name, what, detail);
        services.lifecycle().stopped(name, what + " exhausted the host's resources");
    }

    private String redact(String text) {
        return services.reach().redactor().redact(text);
    }

    private static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }

    /** The first {@code file:line:column} of a JS stack, or the bot's file when the stack has none. */
    private String locationInStack(String stack) {
        Matcher at = STACK_LOCATION.matcher(stack);
        return at.find() ? at.group(1) : file.toString();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
