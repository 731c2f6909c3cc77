package dev.simplexbot.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.session.CommandGateway;
import java.util.concurrent.ScheduledExecutorService;

/** What every script of one runtime shares: engine, watchdog, timer clock, commands and the gateway. */
record ScriptServices(
        JsEngine engine,
        Watchdog watchdog,
        ScheduledExecutorService timerScheduler,
        ChatCommands commands,
        String commandMethodsJson,
        CommandGateway gateway,
        RuntimeOptions options) {

    static ScriptServices create(
            JsEngine engine, Watchdog watchdog, ScheduledExecutorService timers, ChatCommands commands,
            CommandGateway gateway, RuntimeOptions options) {
        try {
            String methodsJson = new ObjectMapper().writeValueAsString(commands.methods());
            return new ScriptServices(engine, watchdog, timers, commands, methodsJson, gateway, options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot list the chat commands", e);
        }
    }
}
