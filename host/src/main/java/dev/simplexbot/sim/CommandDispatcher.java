package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks a command up by its docs name and runs it under the state lock, turning failures into chatCmdError. */
final class CommandDispatcher {
    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);
    /** Commands a stopped chat still answers; everything else gets {@code chatNotStarted}. */
    private static final Set<String> WHILE_STOPPED = Set.of("StartChat", "APIStopChat", "ShowActiveUser", "ListUsers", "CreateActiveUser");

    private final SimState state;
    private final Map<String, CommandHandler> handlers = new TreeMap<>();

    CommandDispatcher(SimState state) {
        this.state = state;
    }

    void register(String name, CommandHandler handler) {
        if (handlers.putIfAbsent(name, handler) != null) {
            throw new IllegalStateException("command registered twice: " + name);
        }
    }

    Set<String> names() {
        return handlers.keySet();
    }

    CommandResult dispatch(String name, ObjectNode params) {
        CommandHandler handler = handlers.get(name);
        if (handler == null) {
            return CommandResult.error(ChatErrors.commandError("unsupported command: " + name).chatError());
        }
        return state.locked(() -> {
            try {
                if (!state.chatRunning && !WHILE_STOPPED.contains(name)) {
                    throw ChatErrors.chat("chatNotStarted");
                }
                return handler.handle(params);
            } catch (SimCommandException e) {
                return CommandResult.error(e.chatError());
            } catch (RuntimeException e) {
                log.warn("command {} failed inside the simulator", name, e);
                return CommandResult.error(SimJson.typed("error").set("errorType",
                        SimJson.typed("internalError").put("message", name + ": " + e)));
            }
        });
    }
}
