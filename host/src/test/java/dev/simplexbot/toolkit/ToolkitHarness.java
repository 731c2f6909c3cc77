package dev.simplexbot.toolkit;

import dev.simplexbot.permission.FileRules;
import dev.simplexbot.permission.Permissions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A plain GraalJS context with the fake bot of {@code fake-bot.js} and the toolkit installed on it.
 * Promise jobs run when each {@link #eval} returns, so a test reads state right after the call.
 */
final class ToolkitHarness implements AutoCloseable {
    private static final Engine ENGINE = Engine.newBuilder("js")
            .option("engine.WarnInterpreterOnly", "false")
            .build();
    private static final Source FAKE_BOT = load("fake-bot.js");
    /** A bots folder that does not exist and no data directory: bot.fileInfo may read nothing. */
    private static final FileRules NOTHING_READABLE =
            FileRules.of(java.nio.file.Path.of("/nonexistent-simplex-bot-folder"), null, Permissions.none());

    private final Context context;

    ToolkitHarness() {
        this((String) null, null);
    }

    /** {@code cliState}: the JSON of an earlier harness's {@code cliState()}, to model a restart. */
    ToolkitHarness(String cliState, ScriptStoreBinding store) {
        this(cliState, store, null);
    }

    /** {@code backend}: a host object answering {@code call(method, paramsJson)} instead of the JS CLI model. */
    ToolkitHarness(String cliState, ScriptStoreBinding store, Object backend) {
        this(cliState, store, backend, NOTHING_READABLE, null);
    }

    /** With {@code bot.fileInfo} held to {@code rules} and {@code bot.filesDir} set. */
    ToolkitHarness(FileRules rules, String filesDir) {
        this(null, null, null, rules, filesDir);
    }

    private ToolkitHarness(String cliState, ScriptStoreBinding store, Object backend, FileRules rules, String filesDir) {
        context = Context.newBuilder("js")
                .engine(ENGINE)
                .allowHostAccess(HostAccess.newBuilder().allowAccessAnnotatedBy(HostAccess.Export.class).build())
                .build();
        context.eval(FAKE_BOT).execute(cliState, backend);
        Toolkit.installer(context).execute(context.getBindings("js").getMember("bot"), new ToolkitHost(store, new FileFacts(rules), filesDir));
        eval("Object.freeze(bot)"); // as the runtime does after installing the toolkit
    }

    Value eval(String js) {
        return context.eval("js", js);
    }

    String json(String expression) {
        return eval("JSON.stringify(" + expression + ")").asString();
    }

    List<String> commandNames() {
        return eval("commandNames()").as(new org.graalvm.polyglot.TypeLiteral<List<String>>() {});
    }

    List<String> sentTexts() {
        return eval("sentTexts()").as(new org.graalvm.polyglot.TypeLiteral<List<String>>() {});
    }

    List<String> errors() {
        return eval("errors").as(new org.graalvm.polyglot.TypeLiteral<List<String>>() {});
    }

    /** Hands queued CLI events (JSON text) to the script, as the runtime's event loop would. */
    void deliver(java.util.Queue<String> events) {
        for (String event = events.poll(); event != null; event = events.poll()) {
            context.getBindings("js").getMember("emitJson").execute(event);
        }
    }

    String cliState() {
        return eval("cliState()").asString();
    }

    @Override
    public void close() {
        context.close();
    }

    private static Source load(String name) {
        try (InputStream in = ToolkitHarness.class.getResourceAsStream(name)) {
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), name).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
