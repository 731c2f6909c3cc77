package dev.simplexbot.reliability;

import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import dev.simplexbot.session.ChatEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One hostile script from {@code src/test/resources/hostile/} running beside {@code sentinel.js} in one runtime,
 * with a file outside the scripts' folder for escapes to aim at. The sentinel answers {@code ping} events.
 */
final class HostileCorpus implements AutoCloseable {
    /** Generous: first calls run interpreted and cold on a busy machine; runaways use a short one. */
    static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(20);
    static final Duration RUNAWAY_TIMEOUT = Duration.ofSeconds(1);

    final ReportingGateway gateway = new ReportingGateway();
    final ScriptRuntime runtime;
    final StartReport start;
    private int pings;

    HostileCorpus(Path temp, String hostileFile) {
        this(temp, hostileFile, HANDLER_TIMEOUT);
    }

    HostileCorpus(Path temp, String hostileFile, Duration handlerTimeout) {
        this(temp, hostileFile, RuntimeOptions.defaults().withHandlerTimeout(handlerTimeout));
    }

    HostileCorpus(Path temp, String hostileFile, RuntimeOptions options) {
        Path scripts = temp.resolve("scripts");
        copy("hostile/" + hostileFile, scripts.resolve(hostileFile));
        copy("hostile/sentinel.js", scripts.resolve("sentinel.js"));
        copy("hostile/lib/attempts.mjs", scripts.resolve("lib/attempts.mjs"));
        write(temp.resolve("outside.mjs"), "export const secret = 'outside the scripts folder';\n");
        // the corpus reports through raw lines ("report ..."), which are no documented command
        runtime = new ScriptRuntime(options.withPermissions(dev.simplexbot.permission.Permissions.none().withAllowRaw(true)),
                gateway);
        start = runtime.start(scripts);
    }

    void send(String type, int n) {
        runtime.onEvent(new ChatEvent(type, "{\"type\":\"" + type + "\",\"n\":" + n + "}"));
    }

    void send(String type) {
        runtime.onEvent(new ChatEvent(type, "{\"type\":\"" + type + "\"}"));
    }

    /** Pings the sentinel and waits for its answer; fails if it does not come or its world was tampered with. */
    void sentinelAnswers() {
        int n = ++pings;
        runtime.onEvent(new ChatEvent("ping", "{\"type\":\"ping\",\"n\":" + n + "}"));
        String pong = gateway.await("pong " + n + " ");
        if (!pong.endsWith("intact")) {
            throw new AssertionError("the sentinel's world was changed by its neighbour: " + pong);
        }
    }

    @Override
    public void close() {
        gateway.close();
        runtime.close();
    }

    private static void copy(String resource, Path target) {
        try (InputStream in = HostileCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
