package dev.simplexbot.toolkit;

import org.graalvm.polyglot.HostAccess;

/** What the host hands to {@code installToolkit(bot, host)}: today only the script's store (may be null). */
public final class ToolkitHost {
    @HostAccess.Export
    public final ScriptStoreBinding store;

    public ToolkitHost(ScriptStoreBinding store) {
        this.store = store;
    }
}
