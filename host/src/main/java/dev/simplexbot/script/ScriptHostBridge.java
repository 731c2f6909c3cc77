package dev.simplexbot.script;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.api.CommandValidationException;
import dev.simplexbot.permission.CommandGuard;
import dev.simplexbot.permission.PermissionDenied;
import dev.simplexbot.session.ChatCommandException;
import dev.simplexbot.session.ChatResponse;
import dev.simplexbot.session.ChatSessionException;
import dev.simplexbot.session.CommandCallback;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.graalvm.polyglot.HostAccess;
import org.slf4j.Logger;

/**
 * The only host object a script context can reach, and only from the prelude (it is never a global).
 * Each exported method is one thing the prelude asks of the host; results come back through the script's
 * loop, never on the calling or session thread.
 */
public final class ScriptHostBridge {
    private static final ObjectMapper JSON = new ObjectMapper();

    // A timer flood is logged once when refusals start, again only after the script has come down to half the limit.
    private final java.util.concurrent.atomic.AtomicBoolean refusingTimers = new java.util.concurrent.atomic.AtomicBoolean();

    private final ScriptInstance script;
    private final ScriptServices services;
    private final ScriptInstance.Channel channel;
    private final ScriptTimers timers;
    private final CommandGuard guard;
    private final Logger log;

    ScriptHostBridge(ScriptInstance script, ScriptServices services, ScriptInstance.Channel channel, ScriptTimers timers,
            CommandGuard guard, Logger log) {
        this.script = script;
        this.services = services;
        this.channel = channel;
        this.timers = timers;
        this.guard = guard;
        this.log = log;
    }

    /**
     * Renders and sends a documented command; returns an error description (JSON) when the parameters are invalid
     * or name a file the script may not use (nothing is sent then).
     */
    @HostAccess.Export
    public String send(int requestId, String method, String paramsJson) {
        String command;
        try {
            command = services.commands().render(method, paramsJson);
        } catch (CommandValidationException e) {
            return validationError(e.command() == null ? method : e.command(), e.parameter(), e.getMessage());
        }
        Optional<PermissionDenied> denied = guard.checkCall(method, paramsJson);
        if (denied.isPresent()) {
            return denied.get().json();
        }
        return submit(requestId, method, command);
    }

    /** Sends a command line as it is; it must be one line, and a documented command or allowed by --allow-raw. */
    @HostAccess.Export
    public String raw(int requestId, String command) {
        if (command.isBlank() || command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
            return validationError("raw", null, "bot.chat.raw(command): the command must be one non-empty line");
        }
        Optional<PermissionDenied> denied = guard.checkRaw(command);
        if (denied.isPresent()) {
            return denied.get().json();
        }
        return submit(requestId, commandName(command), command);
    }

    /** Returns why the timer was refused, or {@code null} when it is scheduled. */
    @HostAccess.Export
    public String schedule(int timerId, double delayMillis) {
        if (timers.schedule(timerId, (long) delayMillis)) {
            if (timers.pending() < ScriptTimers.MAX_PENDING / 2) {
                refusingTimers.set(false);
            }
            return null;
        }
        if (refusingTimers.compareAndSet(false, true)) {
            log.warn("script {}: refusing timers: {} already pending (logged once per flood)", script.name(),
                    ScriptTimers.MAX_PENDING);
        }
        return "too many timers: this script already has " + ScriptTimers.MAX_PENDING
                + " pending; clear some before adding more";
    }

    @HostAccess.Export
    public void cancel(int timerId) {
        timers.cancel(timerId);
    }

    /** A script's console line; values of granted environment variables never reach the log. */
    @HostAccess.Export
    public void log(String level, String line) {
        String text = services.reach().redactor().redact(line);
        switch (level) {
            case "error" -> log.error(text);
            case "warn" -> log.warn(text);
            case "debug" -> log.debug(text);
            case "trace" -> log.trace(text);
            default -> log.info(text);
        }
    }

    /** A handler, timer callback, hook or promise failed; the script goes on. */
    @HostAccess.Export
    public void failure(String where, String detail) {
        log.error("script {}: {}: {}", script.name(), where, services.reach().redactor().redact(detail));
        services.lifecycle().handlerFailed(script.name(), where);
    }

    /** The promise returned by an async default export rejected. */
    @HostAccess.Export
    public void startRejected(String detail) {
        script.startRejected(detail);
    }

    /** The script added its first handler for {@code type}, or removed its last one. */
    @HostAccess.Export
    public void handles(String type, boolean handled) {
        script.handles(type, handled);
    }

    /**
     * Queues the command on the script's lane of the connection. It is refused only when the script already has as
     * many commands waiting as its bounds allow ({@link FlowLimits}); a script that awaits its commands never gets
     * there, because its events are held back while the CLI is behind ({@link CommandFlow}).
     */
    private String submit(int requestId, String name, String command) {
        int bytes = command.length();
        String refused = channel.flow().acquire(bytes);
        if (refused != null) {
            return limitError(name, refused);
        }
        if (services.options().logMessages()) {
            log.info("command: {}", services.reach().redactor().redact(command));
        }
        channel.lane().submit(command, new Settlement(requestId, bytes));
        return null;
    }

    /** Frees the command's place in the flow, then settles its promise on the script's loop. */
    private final class Settlement implements CommandCallback {
        private final int requestId;
        private final int bytes;

        Settlement(int requestId, int bytes) {
            this.requestId = requestId;
            this.bytes = bytes;
        }

        @Override
        public void answered(ChatResponse response) {
            channel.flow().release(bytes);
            String json = response.json();
            script.settle(requestId, json, null, json.contains("\"then\""));
        }

        @Override
        public void failed(Throwable error) {
            channel.flow().release(bytes);
            script.settle(requestId, null, describe(error), false);
        }
    }

    private static String commandName(String command) {
        int space = command.indexOf(' ');
        return space < 0 ? command : command.substring(0, space);
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        ObjectNode error = JSON.createObjectNode();
        if (cause instanceof ChatSessionException session) {
            error.put("name", session.errorName());
            error.put("message", String.valueOf(session.getMessage()));
            if (session instanceof ChatCommandException command && command.chatErrorJson() != null) {
                try {
                    error.set("chatError", JSON.readTree(command.chatErrorJson()));
                } catch (IOException e) {
                    error.put("chatError", command.chatErrorJson());
                }
            }
        } else {
            error.put("name", "Error");
            error.put("message", String.valueOf(cause.getMessage()));
        }
        return error.toString();
    }

    private static String limitError(String command, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("name", "LimitError");
        error.put("message", command + ": " + message);
        error.put("command", command);
        return error.toString();
    }

    private static String validationError(String command, String parameter, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("name", "ValidationError");
        error.put("message", message);
        error.put("command", command);
        if (parameter != null) {
            error.put("parameter", parameter);
        }
        return error.toString();
    }
}
