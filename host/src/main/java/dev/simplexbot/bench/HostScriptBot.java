package dev.simplexbot.bench;

import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.SessionOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** simplex-bot itself, in this process: a real {@link ChatSession} and a {@link ScriptRuntime} running one script. */
final class HostScriptBot implements BotUnderTest {
    static final String SQUARING = resource("squaring.js");

    private final Path folder;
    private final Path script;
    private final boolean watch;
    private ChatSession session;
    private ScriptRuntime runtime;

    HostScriptBot(String source, boolean watch) throws IOException {
        this.folder = Files.createTempDirectory("simplex-bot-bench");
        this.script = Files.writeString(folder.resolve("bot.js"), source);
        this.watch = watch;
    }

    @Override
    public String label() {
        return "simplex-bot (JS script)";
    }

    Path script() {
        return script;
    }

    @Override
    public void start(String url) {
        session = new ChatSession(SessionOptions.of(URI.create(url)));
        runtime = new ScriptRuntime(RuntimeOptions.defaults().withWatch(watch), session);
        StartReport report = runtime.start(folder);
        if (report.hasFailures()) {
            throw new IllegalStateException("the bench script did not start: " + report);
        }
        session.start(runtime);
    }

    @Override
    public void close() throws IOException {
        if (session != null) {
            session.close(Duration.ofSeconds(2));
        }
        if (runtime != null) {
            runtime.close();
        }
        Files.deleteIfExists(script);
        Files.deleteIfExists(folder);
    }

    static String resource(String name) {
        try (InputStream in = HostScriptBot.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the simplex-bot jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
