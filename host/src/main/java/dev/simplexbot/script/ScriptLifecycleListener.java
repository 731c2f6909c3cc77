package dev.simplexbot.script;

import java.nio.file.Path;

/**
 * Observes bots being loaded, failing and unloaded (at start and on every reload). Called on the script's
 * own loop thread: implementations must be quick and must not call back into the runtime synchronously.
 */
public interface ScriptLifecycleListener {
    /** A version of the bot evaluated cleanly and now receives events (first load or reload). */
    default void loaded(String name, Path file) {}

    /** A version failed to load; {@code message} is {@code file:line:column: error}. A previous version keeps running. */
    default void failed(String name, Path file, String message) {}

    /** The bot was stopped: its file was deleted or the runtime closed. */
    default void unloaded(String name, Path file) {}
}
