package dev.simplexbot.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.permission.FileRules;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.store.KeyValueStore;
import dev.simplexbot.toolkit.ScriptStoreBinding;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every script of one runtime shares: engine, watchdog, timer clock, commands, the gateway, the
 * key/value store ({@code null} without a data directory), what scripts may reach beyond SimpleX, and the
 * runtime's lifecycle listeners (told of handler failures too).
 */
record ScriptServices(
        JsEngine engine,
        Watchdog watchdog,
        ScheduledExecutorService timerScheduler,
        ChatCommands commands,
        String commandMethodsJson,
        CommandGateway gateway,
        RuntimeOptions options,
        KeyValueStore store,
        Reach reach,
        ScriptLifecycleListener lifecycle) {

    static ScriptServices create(
            JsEngine engine, Watchdog watchdog, ScheduledExecutorService timers, ChatCommands commands,
            CommandGateway gateway, RuntimeOptions options, KeyValueStore store, Reach reach,
            ScriptLifecycleListener lifecycle) {
        try {
            String methodsJson = new ObjectMapper().writeValueAsString(commands.methods());
            return new ScriptServices(engine, watchdog, timers, commands, methodsJson, gateway, options, store, reach,
                    lifecycle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot list the chat commands", e);
        }
    }

    /** Where paths in the commands of bots in {@code botsFolder} may point. */
    FileRules fileRules(Path botsFolder) {
        return FileRules.of(botsFolder, options.dataDir(), options.permissions());
    }

    /** The script's {@code bot.store} backend, or {@code null} when the runtime has no data directory. */
    ScriptStoreBinding storeFor(String scriptName) {
        return store == null ? null : new ScriptStoreBinding(store, scriptName);
    }
}
