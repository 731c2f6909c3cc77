package dev.simplexbot.toolkit;

import org.graalvm.polyglot.HostAccess;

/**
 * What the host hands to {@code installToolkit(bot, host)}: the script's store (may be null), file facts, and the
 * data directory's files area as {@code bot.filesDir} (null without a data directory).
 */
public final class ToolkitHost {
    @HostAccess.Export
    public final ScriptStoreBinding store;

    @HostAccess.Export
    public final FileFacts files;

    @HostAccess.Export
    public final String filesDir;

    public ToolkitHost(ScriptStoreBinding store, FileFacts files, String filesDir) {
        this.store = store;
        this.files = files;
        this.filesDir = filesDir;
    }
}
