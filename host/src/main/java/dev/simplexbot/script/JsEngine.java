package dev.simplexbot.script;

import dev.simplexbot.toolkit.Toolkit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.slf4j.LoggerFactory;

/**
 * The one GraalJS engine all script contexts share (so parsed code survives reloads), the one host access
 * policy, and the cached prelude source. Contexts are sandboxed: no host classes, no Java/Polyglot globals,
 * no threads or processes, and only the scripts' folder readable. The test runner makes its contexts here too.
 *
 * <p>One instance serves the whole process ({@link #shared()}): every script runtime in it (a test suite starts
 * many) reuses the parsed prelude and toolkit and pays GraalJS's start-up once. It lives until the JVM exits.
 */
public final class JsEngine {
    public static final String MODULE_MIME_TYPE = "application/javascript+module";

    private static volatile JsEngine shared;

    private final Engine engine;
    private final HostAccess hostAccess = HostAccess.CONSTRAINED;
    private final Source prelude;
    private final Source reach;
    private final WebGlobals webGlobals;

    /** The process-wide engine, created and warmed up on first use. */
    public static JsEngine shared() {
        JsEngine engine = shared;
        if (engine == null) {
            synchronized (JsEngine.class) {
                engine = shared;
                if (engine == null) {
                    engine = new JsEngine();
                    engine.warmUp();
                    shared = engine;
                }
            }
        }
        return engine;
    }

    private JsEngine() {
        this.engine = Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        warnIfJitMissing(engine);
        this.prelude = Source.newBuilder("js", read("prelude.js"), "simplex-bot-prelude.js").buildLiteral();
        this.reach = Source.newBuilder("js", read("reach.js"), "simplex-bot-reach.js").buildLiteral();
        this.webGlobals = new WebGlobals();
    }

    /**
     * GraalJS's own interpreter warning is off: running the plain jar on JDK 17 is a supported, deliberate choice.
     * When bin/simplex-bot chose the JIT launch ({@code -Dsimplexbot.jit=expected}), running interpreted anyway is a
     * broken installation, so it is reported here instead.
     */
    private static void warnIfJitMissing(Engine engine) {
        if ("expected".equals(System.getProperty("simplexbot.jit"))
                && engine.getImplementationName().toLowerCase(java.util.Locale.ROOT).contains("interpreted")) {
            LoggerFactory.getLogger(JsEngine.class).warn("GraalJS runs interpreted although the JIT launch was chosen "
                    + "({}): check that the GraalVM jars are on the module path and JVMCI is enabled",
                    engine.getImplementationName());
        }
    }

    /** A sandboxed context that can read (and import) only files under {@code root}. */
    public Context newContext(java.nio.file.Path root, OutputStream out, OutputStream err) {
        return newContext(new ScriptsFileSystem(root), out, err);
    }

    Context newContext(ScriptsFileSystem files, OutputStream out, OutputStream err) {
        return Context.newBuilder("js")
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(hostAccess)
                .allowIO(IOAccess.newBuilder().fileSystem(files).build())
                .out(out)
                .err(err)
                .option("js.esm-eval-returns-exports", "true")
                .option("js.unhandled-rejections", "handler")
                .build();
    }

    /**
     * Pays GraalJS's one-time start-up cost (class loading, prelude and toolkit parsing) outside any script's watchdog,
     * so the first bot's load is not mistaken for a runaway script.
     */
    private void warmUp() {
        try (Context context = newContext(new ScriptsFileSystem(java.nio.file.Path.of("/nonexistent-simplex-bot-root")),
                OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            context.eval(reach);
            context.eval(prelude);
            webGlobals.loadAll(context);
            Toolkit.installer(context); // parsed once here, so the first bot's load does not pay for it
        }
    }

    Source prelude() {
        return prelude;
    }

    /** fetch, bot.env and bot.onHttp: reach.js, evaluated in each bot's context after the web globals. */
    Source reach() {
        return reach;
    }

    /** URL, Headers, TextEncoder, AbortController, crypto, ...: defined in every script and test context. */
    public WebGlobals webGlobals() {
        return webGlobals;
    }

    private static String read(String resource) {
        try (InputStream in = JsEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the simplex-bot jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
