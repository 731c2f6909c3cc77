package dev.simplexbot.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.http.HealthCheck;
import dev.simplexbot.script.ScriptLifecycleListener;
import dev.simplexbot.session.SessionListener;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What {@code GET /health} reports: the connection to the CLI and the state of each bot. Healthy means connected and
 * every bot running; a bot whose reload failed still runs its previous version and counts as running.
 */
public final class HostHealth implements ScriptLifecycleListener, HealthCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A bot's state: running, failed (no version loaded: its file does not start) or stopped. */
    private record ScriptState(String state, boolean lastLoadFailed) {}

    private volatile String connection = "connecting";
    private final Map<String, ScriptState> scripts = new ConcurrentSkipListMap<>();

    /** {@code listener} that also keeps the connection state for the report. */
    public SessionListener listening(SessionListener listener) {
        return SessionListener.observingStates(listener, state -> connection = switch (state) {
            case CONNECTED, RECONNECTED -> "connected";
            case DISCONNECTED -> "disconnected";
            case CLOSED -> "closed";
        });
    }

    @Override
    public void loaded(String name, Path file) {
        scripts.put(name, new ScriptState("running", false));
    }

    @Override
    public void failed(String name, Path file, String message) {
        scripts.compute(name, (key, old) -> old != null && old.state().equals("running")
                ? new ScriptState("running", true) : new ScriptState("failed", true));
    }

    @Override
    public void unloaded(String name, Path file) {
        scripts.remove(name);
    }

    @Override
    public void stopped(String name, String reason) {
        scripts.put(name, new ScriptState("stopped", false));
    }

    @Override
    public boolean healthy() {
        return connection.equals("connected") && scripts.values().stream().allMatch(s -> s.state().equals("running"));
    }

    /** {@code {"status":"ok"|"unavailable","connection":...,"scripts":{name:{state,lastLoadFailed}},"problems":[...]}} */
    @Override
    public String json() {
        ObjectNode report = JSON.createObjectNode();
        boolean healthy = healthy();
        report.put("status", healthy ? "ok" : "unavailable");
        report.put("connection", connection);
        ObjectNode byName = report.putObject("scripts");
        ArrayNode problems = JSON.createArrayNode();
        if (!connection.equals("connected")) {
            problems.add("not connected to the SimpleX CLI (" + connection + ")");
        }
        scripts.forEach((name, state) -> {
            byName.putObject(name).put("state", state.state()).put("lastLoadFailed", state.lastLoadFailed());
            if (!state.state().equals("running")) {
                problems.add("script " + name + " is " + state.state());
            }
        });
        report.set("problems", problems);
        return report.toString();
    }
}
