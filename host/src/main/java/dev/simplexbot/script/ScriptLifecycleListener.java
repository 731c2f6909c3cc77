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

    /**
     * A handler, timer callback, hook, webhook handler or promise of the bot failed or was interrupted; the bot goes on.
     * {@code where} says which, e.g. {@code handler for newChatItems}.
     */
    default void handlerFailed(String name, String where) {}

    /** The running version stopped by itself (it exhausted the host's resources) and stays stopped until reloaded. */
    default void stopped(String name, String reason) {}
}
