package dev.simplexbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.simplexbot.env.EnvGrants;
import dev.simplexbot.http.HostHttpServer;
import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.metrics.Monitoring;
import dev.simplexbot.net.NetGrants;
import dev.simplexbot.script.ReachOptions;
import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.FakeCliServer;
import dev.simplexbot.session.SessionOptions;
import dev.simplexbot.testkit.StubResponse;
import dev.simplexbot.testkit.StubServer;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Secrets stay out of the logs at every level, --log-messages included: granted environment values wherever a bot puts
 * them (console, messages, errors, URLs, headers), and Authorization, Cookie and Set-Cookie headers in both directions.
 */
class SecretsLoggingTest {
    private static final String TOKEN = "TOKEN-7f3a-do-not-log";
    private static final List<String> MARKERS = List.of(TOKEN, "AUTH-MARKER-4242", "COOKIE-MARKER-4343",
            "SETCOOKIE-MARKER-4545", "WEBHOOK-AUTH-4646", "WEBHOOK-COOKIE-4747");

    @TempDir
    Path temp;

    @Test
    void noSecretReachesAnyLogLine() throws Exception {
        Path scripts = Files.createDirectories(temp.resolve("scripts"));
        try (InputStream bot = getClass().getClassLoader().getResourceAsStream("logging/secrets.js")) {
            Files.copy(bot, scripts.resolve("secrets.js"));
        }
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        root.setLevel(Level.TRACE);
        try (HostLogs logs = new HostLogs();
             FakeCliServer cli = new FakeCliServer().start();
             StubServer api = StubServer.start(request -> StubResponse.json("{}")
                     .withHeader("Set-Cookie", "id=SETCOOKIE-MARKER-4545"));
             Monitoring monitoring = new Monitoring()) {
            cli.answerAll(cmd -> "{\"type\":\"newChatItems\",\"chatItems\":[]}");
            ReachOptions reach = ReachOptions.none()
                    .withNet(NetGrants.parse(api.grant()))
                    .withEnv(EnvGrants.parse("API_TOKEN", "API_URL"),
                            Map.of("API_TOKEN", TOKEN, "API_URL", api.url().toString())::get);
            ChatSession session = new ChatSession(SessionOptions.of(cli.uri()));
            try (ScriptRuntime runtime = new ScriptRuntime(RuntimeOptions.defaults().withLogMessages(true)
                    .withDataDir(temp.resolve("data")), monitoring.gateway(session), reach);
                 HostHttpServer http = startServer(monitoring, runtime)) {
                monitoring.watch(runtime);
                runtime.start(scripts);
                session.start(monitoring.listener(runtime));
                cli.awaitConnection(1, Duration.ofSeconds(10));
                cli.sendEvent("{\"type\":\"newChatItems\",\"chatItems\":[{\"chatInfo\":{\"type\":\"direct\",\"contact\":"
                        + "{\"contactId\":5,\"localDisplayName\":\"alice\"}},\"chatItem\":{\"chatDir\":{\"type\":\"directRcv\"},"
                        + "\"meta\":{\"itemId\":9},\"content\":{\"type\":\"rcvMsgContent\",\"msgContent\":{\"type\":\"text\",\"text\":"
                        + "\"what is the token? " + TOKEN + "\"}}}}]}");
                logs.await("failing with");
                HttpResponse<String> hook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                http.baseUri().resolve("/bots/secrets/hook"))
                        .header("Authorization", "Basic WEBHOOK-AUTH-4646")
                        .header("Cookie", "s=WEBHOOK-COOKIE-4747")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(hook.headers().firstValue("set-cookie")).hasValue("id=SETCOOKIE-MARKER-4545");
                logs.await("hook called, authorized: true");
                logs.await("HTTP POST /bots/secrets/hook -> 200");
            } finally {
                session.close(Duration.ofMillis(200));
            }
            assertThat(api.requests()).singleElement().satisfies(request -> {
                assertThat(request.query()).isEqualTo("key=" + TOKEN);
                assertThat(request.header("authorization")).isEqualTo("Bearer AUTH-MARKER-4242");
            });
            List<String> lines = logs.lines().stream().map(HostLogs.Line::toString).toList();
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("token is [redacted]"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("debug token [redacted]"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("command: /_send @5").contains("[redacted]"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("event newChatItems").contains("[redacted]"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("failing with [redacted]"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("fetched 200 with 1 cookie"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("denied: fetch http://127.0.0.1:1/denied refused"));
            for (String marker : MARKERS) {
                assertThat(lines).as(marker).noneMatch(line -> line.contains(marker));
            }
        } finally {
            root.setLevel(before);
        }
    }

    private static HostHttpServer startServer(Monitoring monitoring, ScriptRuntime runtime) {
        return monitoring.serve(new HttpAddress("127.0.0.1", 0), runtime, WebhookLimits.defaults(), true);
    }
}
