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
     * Evaluates the toolkit in {@code context} and returns {@code installToolkit(bot, host)}. The host calls it
     * on the context's own thread, before it freezes {@code bot}, once {@code bot.chat}, {@code bot.on},
     * {@code bot.onUnload} and the timer globals exist; {@code host} is a {@link ToolkitHost}.
     */
    public static Value installer(Context context) {
        return context.eval(SOURCE);
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
