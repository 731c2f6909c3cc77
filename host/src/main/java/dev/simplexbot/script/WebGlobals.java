package dev.simplexbot.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The web platform globals GraalJS lacks (it has none of URL, Headers, AbortController, TextEncoder, atob, crypto,
 * ...), in every script and test context. {@code web/lazy.js} defines each as a getter that evaluates its part
 * ({@code events.js}, {@code encoding.js}, {@code url.js}, {@code clone.js}, {@code crypto.js}, {@code http.js}) the
 * first time it is used: evaluating all six costs a context tens of milliseconds interpreted, which every load and
 * reload of a bot that uses none of them would pay. Sources are parsed once for the shared engine.
 */
public final class WebGlobals {
    private static final List<String> PARTS = List.of("events", "encoding", "url", "clone", "crypto", "http");

    private final Source loader;
    private final WebHost host;

    WebGlobals() {
        this.loader = load("lazy");
        this.host = new WebHost(PARTS.stream().collect(Collectors.toMap(part -> part, WebGlobals::load)));
    }

    /** Defines the globals in {@code context}; returns the internals object for the host's own scripts. */
    public Value install(Context context) {
        return context.eval(loader).execute(host);
    }

    /** Evaluates every part now (the engine's warm-up, so their first use in a bot is not a cold parse). */
    void loadAll(Context context) {
        Value internals = install(context);
        PARTS.forEach(part -> internals.invokeMember("need", part));
    }

    private static Source load(String part) {
        String resource = "web/" + part + ".js";
        try (InputStream in = WebGlobals.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the simplex-bot jar");
            }
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), "simplex-bot-web-" + part + ".js")
                    .cached(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
