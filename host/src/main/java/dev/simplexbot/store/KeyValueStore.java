package dev.simplexbot.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Durable key/value storage for scripts, one SQLite file shared by all scripts and namespaced by script
 * name. Values are JSON text, so numbers stay numbers and objects keep their shape.
 *
 * <p>Every write is its own transaction in WAL mode with {@code synchronous=NORMAL}: once {@link #set}
 * returns, the value survives the process being killed (only an OS crash or power loss can lose the last
 * commits). Calls are serialised on one connection; they take microseconds, so script loops may call them
 * directly.
 */
public final class KeyValueStore implements AutoCloseable {
    public static final String FILE_NAME = "store.db";

    private final Connection connection;
    private final PreparedStatement select;
    private final PreparedStatement upsert;
    private final PreparedStatement delete;
    private final PreparedStatement keysFrom;

    private KeyValueStore(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA busy_timeout=5000");
            st.execute("CREATE TABLE IF NOT EXISTS kv ("
                    + "script TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, "
                    + "PRIMARY KEY (script, key)) WITHOUT ROWID");
        }
        select = connection.prepareStatement("SELECT value FROM kv WHERE script = ? AND key = ?");
        upsert = connection.prepareStatement("INSERT INTO kv (script, key, value) VALUES (?, ?, ?) "
                + "ON CONFLICT (script, key) DO UPDATE SET value = excluded.value");
        delete = connection.prepareStatement("DELETE FROM kv WHERE script = ? AND key = ?");
        keysFrom = connection.prepareStatement("SELECT key FROM kv WHERE script = ? AND key >= ? ORDER BY key");
    }

    /** Opens (or creates) {@code store.db} in the data directory. */
    public static KeyValueStore open(DataDirectory dataDirectory) throws IOException {
        Path file = dataDirectory.ownerOnlyFile(FILE_NAME);
        try {
            return new KeyValueStore(DriverManager.getConnection("jdbc:sqlite:" + file));
        } catch (SQLException e) {
            throw new IOException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The value's JSON text, or empty when the key is not set. */
    public synchronized Optional<String> get(String script, String key) {
        try {
            select.setString(1, script);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("read of '" + key + "' failed", e);
        }
    }

    /** Stores JSON text under the key, atomically replacing any previous value. */
    public synchronized void set(String script, String key, String json) {
        try {
            upsert.setString(1, script);
            upsert.setString(2, key);
            upsert.setString(3, json);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("write of '" + key + "' failed", e);
        }
    }

    /** Removes the key; returns whether it was set. */
    public synchronized boolean delete(String script, String key) {
        try {
            delete.setString(1, script);
            delete.setString(2, key);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("delete of '" + key + "' failed", e);
        }
    }

    /** The script's keys that start with {@code prefix}, in order. */
    public synchronized List<String> keys(String script, String prefix) {
        try {
            keysFrom.setString(1, script);
            keysFrom.setString(2, prefix);
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = keysFrom.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    if (!key.startsWith(prefix)) {
                        break;
                    }
                    keys.add(key);
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new StoreException("listing keys failed", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("close failed", e);
        }
    }

    /** A storage failure, reported to the calling script as an exception. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, Throwable cause) {
            super("store: " + message + ": " + cause.getMessage(), cause);
        }
    }
}
