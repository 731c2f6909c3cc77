package dev.simplexbot.toolkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.store.KeyValueStore;
import java.util.Objects;
import org.graalvm.polyglot.HostAccess;

/**
 * One script's view of the shared {@link KeyValueStore}, exported to JavaScript as {@code host.store}.
 * Values cross as JSON text; the toolkit's {@code bot.store} does the {@code JSON.parse}/{@code stringify}
 * inside the script's context so numbers stay numbers.
 */
public final class ScriptStoreBinding {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyValueStore store;
    private final String scriptName;

    public ScriptStoreBinding(KeyValueStore store, String scriptName) {
        this.store = Objects.requireNonNull(store, "store");
        this.scriptName = Objects.requireNonNull(scriptName, "scriptName");
    }

    /** The JSON text stored under {@code key}, or {@code null}. */
    @HostAccess.Export
    public String get(String key) {
        return store.get(scriptName, requireKey(key)).orElse(null);
    }

    @HostAccess.Export
    public void set(String key, String json) {
        if (json == null) {
            throw new IllegalArgumentException("store: value for '" + key + "' must be JSON text");
        }
        store.set(scriptName, requireKey(key), json);
    }

    @HostAccess.Export
    public boolean delete(String key) {
        return store.delete(scriptName, requireKey(key));
    }

    /** The keys starting with {@code prefix}, in order, as a JSON array text. */
    @HostAccess.Export
    public String keys(String prefix) {
        try {
            return JSON.writeValueAsString(store.keys(scriptName, prefix == null ? "" : prefix));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("store: cannot encode keys", e);
        }
    }

    private static String requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("store: key must be a non-empty string");
        }
        return key;
    }
}
