package dev.simplexbot.script;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The host object {@code reach.js} calls (never a global): fetch, webhook routes and answers. Every method runs on
 * the script's loop thread; the work is {@link ScriptReach}'s.
 */
public final class ReachBridge {
    private final ScriptReach reach;

    ReachBridge(ScriptReach reach) {
        this.reach = reach;
    }

    /** Starts a fetch with a text body (or none); returns an error description (JSON) when it is refused at once. */
    @HostAccess.Export
    public String fetchText(int id, String metaJson, String body) {
        return reach.startFetch(id, metaJson, body == null ? null : Utf8.encode(body));
    }

    @HostAccess.Export
    public String fetchBytes(int id, String metaJson, Value buffer, int offset, int length) {
        return reach.startFetch(id, metaJson, JsBuffers.read(buffer, offset, length));
    }

    @HostAccess.Export
    public void abort(int id) {
        reach.abortFetch(id);
    }

    @HostAccess.Export
    public void takeBody(int id, Value buffer) {
        reach.takeBody(id, buffer);
    }

    /** Adds a webhook route; returns why it cannot be added, or {@code null}. */
    @HostAccess.Export
    public String route(int id, String method, String path) {
        return reach.addRoute(id, method, path);
    }

    @HostAccess.Export
    public void unroute(int id) {
        reach.removeRoute(id);
    }

    @HostAccess.Export
    public void requestBody(long exchangeId, Value buffer) {
        reach.requestBody(exchangeId, buffer);
    }

    @HostAccess.Export
    public void respondText(long exchangeId, int status, String headersJson, String body) {
        reach.respond(exchangeId, status, headersJson, body == null ? null : Utf8.encode(body));
    }

    @HostAccess.Export
    public void respondBytes(long exchangeId, int status, String headersJson, Value buffer, int offset, int length) {
        reach.respond(exchangeId, status, headersJson, JsBuffers.read(buffer, offset, length));
    }

    @HostAccess.Export
    public void handlerFailed(long exchangeId, String where, String detail) {
        reach.handlerFailed(exchangeId, where, detail);
    }
}
