package dev.simplexbot.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The web platform globals GraalJS lacks (it has none of URL, Headers, AbortController, TextEncoder, atob, crypto,
 * ...): six resource files evaluated in order in every script and test context, each adding its globals. Their
 * sources are parsed once for the shared engine. Evaluating them returns the internal hooks {@code fetch} and
 * {@code bot.onHttp} use; scripts never see those.
 */
public final class WebGlobals {
    private static final List<String> PARTS = List.of("events.js", "encoding.js", "url.js", "clone.js", "crypto.js", "http.js");

    private final List<Source> sources;

    WebGlobals() {
        this.sources = PARTS.stream().map(WebGlobals::load).toList();
    }

    /** Defines the globals in {@code context}; returns the internals object for the host's own scripts. */
    public Value install(Context context) {
        Value internals = context.eval(sources.get(0)).execute(WebHost.INSTANCE);
        for (Source part : sources.subList(1, sources.size())) {
            internals = context.eval(part).execute(WebHost.INSTANCE, internals);
        }
        return internals;
    }

    private static Source load(String part) {
        String resource = "web/" + part;
        try (InputStream in = WebGlobals.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the simplex-bot jar");
            }
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), "simplex-bot-web-" + part)
                    .cached(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
