package dev.simplexbot.reliability;

import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.FakeCliServer;
import dev.simplexbot.session.SessionOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real thing minus the CLI: a {@link ChatSession} to a {@link FakeCliServer}, a {@link ScriptRuntime} as its
 * listener, and {@code faults/fault-bot.js} (twice, as {@code a} and {@code b}) logging what it sees.
 */
final class FaultRig implements AutoCloseable {
    final FakeCliServer cli = new FakeCliServer().start();
    final HostLogs logs = new HostLogs();
    final ChatSession session;
    final ScriptRuntime runtime;

    FaultRig(Path temp, Duration commandTimeout) {
        Path scripts = temp.resolve("scripts");
        copy("faults/fault-bot.js", scripts.resolve("a.js"));
        copy("faults/fault-bot.js", scripts.resolve("b.js"));
        session = new ChatSession(SessionOptions.of(cli.uri())
                .withCommandTimeout(commandTimeout)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(500)));
        runtime = new ScriptRuntime(RuntimeOptions.defaults().withHandlerTimeout(Duration.ofSeconds(20))
                // the fault bot sends whatever raw line a test asks for (e.g. /during-outage)
                .withPermissions(dev.simplexbot.permission.Permissions.none().withAllowRaw(true)), session);
        runtime.start(scripts);
        session.start(runtime);
        cli.awaitConnection(1, Duration.ofSeconds(10));
        logs.await("script.a", "state connected");
        logs.await("script.b", "state connected");
    }

    /** Asks both scripts (via a CLI event) to send {@code command}; they log {@code result <id> ...}. */
    void go(int id, String command) {
        cli.sendEvent("{\"type\":\"go\",\"id\":" + id + ",\"cmd\":\"" + command + "\"}");
    }

    /** What script {@code name} logged as the result of request {@code id}. */
    String result(String name, int id) {
        return logs.await(Duration.ofSeconds(30), "script." + name, "result " + id + " ").message();
    }

    /** Host alive, commands work: a fresh request gets its response. */
    void commandsWork(int id) {
        cli.answerAll(cmd -> "{\"type\":\"cmdOk\"}");
        go(id, "/_get chat @1 count=1");
        if (!result("a", id).equals("result " + id + " ok cmdOk") || !result("b", id).equals("result " + id + " ok cmdOk")) {
            throw new AssertionError("commands after recovery failed: " + result("a", id) + " / " + result("b", id));
        }
    }

    @Override
    public void close() {
        session.close(Duration.ofMillis(200));
        runtime.close();
        cli.close();
        logs.close();
    }

    private static void copy(String resource, Path target) {
        try (InputStream in = FaultRig.class.getClassLoader().getResourceAsStream(resource)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
