package dev.simplexbot.toolkit;

import org.graalvm.polyglot.HostAccess;

/** What the host hands to {@code installToolkit(bot, host)}: the script's store (may be null) and file facts. */
public final class ToolkitHost {
    @HostAccess.Export
    public final ScriptStoreBinding store;

    @HostAccess.Export
    public final FileFacts files = new FileFacts();

    public ToolkitHost(ScriptStoreBinding store) {
        this.store = store;
    }
}
