package dev.simplexbot.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Installs the JavaScript bot toolkit ({@code toolkit.js}) on a script's {@code bot} object. The
 * {@link Source} is loaded once so a shared engine parses it once for every context and reload.
 */
public final class Toolkit {
    static final String RESOURCE = "toolkit.js";
    private static final Source SOURCE = load();

    private Toolkit() {}

    /**
     * Adds setup, onMessage/onCommand, helpers, {@code bot.store} and schedules to {@code bot}. Must run on
     * the context's own thread, after {@code bot.chat}, {@code bot.on}, {@code bot.onUnload} and the timer
     * globals exist.
     */
    public static void install(Context context, Value bot, ToolkitHost host) {
        context.eval(SOURCE).execute(bot, host);
    }

    /**
     * Runs {@code bot.setup(config)} when the module exports {@code config}; call it right after the module's
     * default function. Returns the setup promise, or {@code null} when there is no config export.
     */
    public static Value setupFromExports(Value moduleNamespace, Value bot) {
        Value config = moduleNamespace.getMember("config");
        if (config == null || config.isNull()) {
            return null;
        }
        return bot.getMember("setup").execute(config);
    }

    private static Source load() {
        try (InputStream in = Toolkit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder("js", text, RESOURCE).cached(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
