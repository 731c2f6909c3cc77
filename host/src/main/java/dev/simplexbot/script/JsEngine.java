package dev.simplexbot.script;

import dev.simplexbot.npm.ModuleFormat;
import dev.simplexbot.npm.ScriptModules;
import dev.simplexbot.toolkit.Toolkit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
    public static final String MODULE_MIME_TYPE = ModuleFormat.ES_MODULE_MIME_TYPE;

    private static volatile JsEngine shared;

    /**
     * Extra engine options for a diagnostics run, e.g. {@code engine.TraceCompilation=true,cpusampler=true}. The
     * sandbox policy refuses such options, so with them the engine and its contexts run under the TRUSTED policy
     * (still without host access, but without the policy's checks): never in production, and it says so loudly.
     */
    public static final String DIAGNOSTIC_OPTIONS = "simplexbot.engineOptions";

    private final Engine engine;
    private final SandboxPolicy policy;
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
        Map<String, String> diagnostics = diagnosticOptions();
        this.policy = diagnostics.isEmpty() ? SandboxPolicy.CONSTRAINED : SandboxPolicy.TRUSTED;
        Engine.Builder builder = Engine.newBuilder("js")
                .sandbox(policy)
                .out(OutputStream.nullOutputStream())
                .err(diagnostics.isEmpty() ? OutputStream.nullOutputStream() : System.err)
                .option("engine.WarnInterpreterOnly", "false");
        if (!diagnostics.isEmpty()) {
            LoggerFactory.getLogger(JsEngine.class).warn("DIAGNOSTICS RUN: engine options {}; the sandbox policy is "
                    + "relaxed to TRUSTED for them. Never run bots you do not trust like this.", diagnostics);
            builder.allowExperimentalOptions(true).options(diagnostics);
        }
        this.engine = builder.build();
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

    /**
     * A sandboxed context that can read (and import) only files under {@code root}, npm packages from
     * {@code node_modules} there included, with the CommonJS loader installed.
     */
    public Context newContext(java.nio.file.Path root, OutputStream out, OutputStream err) {
        return newContext(root, out, err, () -> { });
    }

    /** As {@link #newContext(java.nio.file.Path, OutputStream, OutputStream)}; {@code onModuleRead} runs per module file read. */
    Context newContext(java.nio.file.Path root, OutputStream out, OutputStream err, Runnable onModuleRead) {
        ScriptModules modules = new ScriptModules(root, onModuleRead);
        Context context = newContext(new ScriptsFileSystem(modules), out, err);
        try {
            modules.installCommonJs(context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    private Context newContext(ScriptsFileSystem files, OutputStream out, OutputStream err) {
        return Context.newBuilder("js")
                .engine(engine)
                .sandbox(policy)
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
        try (Context context = newContext(java.nio.file.Path.of("/nonexistent-simplex-bot-root"),
                OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            context.eval(reach);
            context.eval(prelude);
            webGlobals.loadAll(context);
            Toolkit.installer(context); // parsed once here, so the first bot's load does not pay for it
        }
    }

    private static Map<String, String> diagnosticOptions() {
        String spec = System.getProperty(DIAGNOSTIC_OPTIONS, "").strip();
        Map<String, String> options = new LinkedHashMap<>();
        if (!spec.isEmpty()) {
            for (String option : spec.split(",")) {
                int eq = option.indexOf('=');
                options.put(eq < 0 ? option.strip() : option.substring(0, eq).strip(),
                        eq < 0 ? "true" : option.substring(eq + 1).strip());
            }
        }
        return options;
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
