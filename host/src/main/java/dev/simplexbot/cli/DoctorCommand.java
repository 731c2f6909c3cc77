package dev.simplexbot.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints what a bug report needs and proves the JavaScript engine works in this build. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Checks this installation: Java, GraalJS, JIT or interpreter, and whether JavaScript runs.")
final class DoctorCommand implements Callable<Integer> {
    static final String PROBE = "[1,2,3].map(x => x * x).join(',')";
    static final String PROBE_EXPECTED = "1,4,9";
    /** Set by bin/simplex-bot: the runtime it chose and why. */
    static final String RUNTIME_PROPERTY = "simplexbot.runtime";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("simplex-bot " + VersionProvider.version());
        out.println("Java:       " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + ", " + System.getProperty("java.vendor") + ")");
        String runtime = System.getProperty(RUNTIME_PROPERTY);
        if (runtime == null) {
            out.println("Runtime:    as started (bin/simplex-bot picks the fastest runtime it finds and says why here)");
        } else {
            out.println("Runtime:    " + runtime + ", chosen by bin/simplex-bot");
            out.println("            why: " + System.getProperty(RUNTIME_PROPERTY + ".why", "?"));
            out.println("            JDKs found: " + System.getProperty(RUNTIME_PROPERTY + ".jdks", "?"));
        }
        try (Engine engine = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .out(new ByteArrayOutputStream())
                .err(new ByteArrayOutputStream())
                .build()) {
            Language js = engine.getLanguages().get("js");
            out.println("GraalJS:    " + (js == null ? "missing" : polyglotVersion(engine)));
            boolean interpreted = engine.getImplementationName().toLowerCase(java.util.Locale.ROOT).contains("interpreted");
            out.println("Compiler:   " + (interpreted
                    ? "interpreter only (for JIT run on JDK 21+ with the Graal compiler)"
                    : "JIT (" + engine.getImplementationName() + ")"));
            int cpus = Runtime.getRuntime().availableProcessors();
            if (!interpreted && cpus <= 2) {
                out.println("            with " + cpus + " CPU(s) the compiler competes with the bots: the interpreter "
                        + "measured faster on 2 CPUs (BENCHMARKS.md); SIMPLEX_BOT_JIT=off selects it");
            }
            String result = probe(engine);
            boolean ok = PROBE_EXPECTED.equals(result);
            out.println("JavaScript: " + (ok ? "ok" : "FAILED") + " (" + PROBE + " = " + result + ")");
            out.flush();
            return ok ? SimplexBotCommand.EXIT_OK : SimplexBotCommand.EXIT_FAILURE;
        }
    }

    /** On the class path GraalVM reports "Development Build"; its jars still carry their release. */
    private static String polyglotVersion(Engine engine) {
        try (InputStream in = Engine.class.getResourceAsStream("/META-INF/graalvm/org.graalvm.polyglot/version")) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            // fall through
        }
        return engine.getVersion();
    }

    private static String probe(Engine engine) {
        try (Context context = Context.newBuilder("js").engine(engine).build()) {
            return context.eval("js", PROBE).asString();
        } catch (RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }
}
