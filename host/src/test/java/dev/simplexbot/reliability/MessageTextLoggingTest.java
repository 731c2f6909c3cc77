package dev.simplexbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.FakeCliServer;
import dev.simplexbot.session.SessionOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chat users' message text stays out of the logs at INFO and above unless the operator asks for it. */
class MessageTextLoggingTest {
    private static final String MARKER = "MARKER-7f3a-secret";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "log messages: {0}")
    @ValueSource(booleans = {false, true})
    void messageTextReachesInfoLogsOnlyWithLogMessages(boolean logMessages) throws Exception {
        Path scripts = Files.createDirectories(temp.resolve("scripts"));
        try (InputStream echo = getClass().getClassLoader().getResourceAsStream("logging/echo.js")) {
            Files.copy(echo, scripts.resolve("echo.js"));
        }
        try (HostLogs logs = new HostLogs(); FakeCliServer cli = new FakeCliServer().start()) {
            cli.answerAll(cmd -> "{\"type\":\"newChatItems\",\"chatItems\":[]}");
            ChatSession session = new ChatSession(SessionOptions.of(cli.uri()));
            try (ScriptRuntime runtime = new ScriptRuntime(RuntimeOptions.defaults().withLogMessages(logMessages)
                    .withDataDir(temp.resolve("data")), session)) {
                runtime.start(scripts);
                session.start(runtime);
                cli.awaitConnection(1, Duration.ofSeconds(10));
                cli.sendEvent("{\"type\":\"newChatItems\",\"chatItems\":[{\"chatInfo\":{\"type\":\"direct\",\"contact\":"
                        + "{\"contactId\":5,\"localDisplayName\":\"alice\"}},\"chatItem\":{\"chatDir\":{\"type\":\"directRcv\"},"
                        + "\"meta\":{\"itemId\":9},\"content\":{\"type\":\"rcvMsgContent\",\"msgContent\":{\"type\":\"text\",\"text\":\""
                        + MARKER + "\"}}}}]}");
                logs.await("script.echo", "replied");
            } finally {
                session.close(Duration.ofMillis(200));
            }
            List<String> infoAndAbove = logs.lines().stream()
                    .filter(line -> line.level().isGreaterOrEqual(Level.INFO))
                    .map(HostLogs.Line::toString)
                    .toList();
            if (logMessages) {
                assertThat(infoAndAbove).anySatisfy(line -> assertThat(line).contains("event newChatItems").contains(MARKER));
                assertThat(infoAndAbove).anySatisfy(line -> assertThat(line).contains("command: /_send @5").contains(MARKER));
            } else {
                assertThat(infoAndAbove).isNotEmpty().noneMatch(line -> line.contains(MARKER));
            }
        }
    }
}
