package dev.simplexbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.http.HostHttpServer;
import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.script.ReachOptions;
import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.FakeCliServer;
import dev.simplexbot.session.SessionOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /health and /metrics of a host wired as {@code run} wires it: healthy while connected with every bot running, 503
 * once the CLI is gone or a bot does not run; Prometheus text with events, commands, latency, handler errors, reloads
 * and running bots.
 */
class HealthAndMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void healthFollowsTheConnectionAndTheBotsAndMetricsCountWhatHappened() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("echo.js"), """
                export default function (bot) {
                  bot.on("newChatItems", async () => {
                    await bot.chat.apiListContacts({ userId: 1 });
                    await bot.chat.apiListContacts({ userId: 1 }).catch(() => {});
                    throw new Error("handler bug");
                  });
                }
                """);
        Files.writeString(scripts.resolve("broken.js"), "export default function (bot) { bot.on(");
        try (FakeCliServer cli = new FakeCliServer().start(); Monitoring monitoring = new Monitoring()) {
            int[] calls = {0};
            cli.answerAll(cmd -> ++calls[0] % 2 == 1 ? "{\"type\":\"contactsList\",\"contacts\":[]}"
                    : "{\"type\":\"chatCmdError\",\"chatError\":{\"type\":\"error\",\"errorType\":{\"type\":\"noActiveUser\"}}}");
            ChatSession session = new ChatSession(SessionOptions.of(cli.uri()));
            try (ScriptRuntime runtime = new ScriptRuntime(RuntimeOptions.defaults().withWatch(true).withDataDir(dir.resolve("data")),
                    monitoring.gateway(session), ReachOptions.none());
                 HostHttpServer http = monitoring.serve(new HttpAddress("127.0.0.1", 0), runtime, WebhookLimits.defaults(), false)) {
                monitoring.watch(runtime);
                runtime.start(scripts);
                URI base = http.baseUri();
                JsonNode connecting = health(base, 503);
                assertThat(connecting.get("connection").asText()).isEqualTo("connecting");

                session.start(monitoring.listener(runtime));
                cli.awaitConnection(1, Duration.ofSeconds(10));
                JsonNode oneBroken = awaitHealth(base, report -> report.get("connection").asText().equals("connected"));
                assertThat(oneBroken.get("status").asText()).isEqualTo("unavailable");
                assertThat(oneBroken.get("scripts").get("broken").get("state").asText()).isEqualTo("failed");
                assertThat(oneBroken.get("problems").toString()).contains("script broken is failed");

                Files.delete(scripts.resolve("broken.js"));
                JsonNode healthy = awaitHealth(base, report -> report.get("status").asText().equals("ok"));
                assertThat(healthy.get("scripts").get("echo").get("state").asText()).isEqualTo("running");
                assertThat(get(base, "/health").statusCode()).isEqualTo(200);

                Files.writeString(scripts.resolve("echo.js"), Files.readString(scripts.resolve("echo.js")) + "\n");
                assertThat(awaitMetrics(base, "simplexbot_reloads_total{outcome=\"ok\",script=\"echo\"} 1.0")).isNotEmpty();
                cli.sendEvent("{\"type\":\"newChatItems\",\"chatItems\":[]}");
                String metrics = awaitMetrics(base, "simplexbot_handler_errors_total{script=\"echo\"} 1.0");
                assertThat(metrics)
                        .contains("simplexbot_events_received_total{type=\"newChatItems\"} 1.0")
                        .contains("simplexbot_commands_sent_total{command=\"APIListContacts\",outcome=\"ok\"} 1.0")
                        .contains("simplexbot_commands_sent_total{command=\"APIListContacts\",outcome=\"chat_error\"} 1.0")
                        .contains("simplexbot_command_latency_seconds_count{command=\"APIListContacts\",outcome=\"ok\"} 1")
                        .contains("simplexbot_scripts_running 1.0")
                        .contains("simplexbot_cli_connected 1.0")
                        .contains("simplexbot_script_events_waiting{script=\"echo\"} 0.0")
                        .contains("simplexbot_script_commands_waiting{script=\"echo\"} 0.0")
                        .contains("simplexbot_script_events_dropped_total{script=\"echo\"} 0.0")
                        .containsPattern("simplexbot_script_events_wait_seconds_total\\{script=\"echo\"} [0-9.E-]+")
                        .contains("jvm_memory_used_bytes");
                assertThat(get(base, "/metrics").headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");

                cli.stop();
                JsonNode gone = awaitHealth(base, report -> report.get("connection").asText().equals("disconnected"));
                assertThat(gone.get("status").asText()).isEqualTo("unavailable");
                assertThat(get(base, "/health").statusCode()).isEqualTo(503);
                assertThat(get(base, "/metrics").body()).contains("simplexbot_cli_connected 0.0");
                assertThat(send(base, "POST", "/health").statusCode()).isEqualTo(405);
            } finally {
                session.close(Duration.ofMillis(200));
            }
        }
    }

    private JsonNode health(URI base, int status) throws Exception {
        HttpResponse<String> response = get(base, "/health");
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        return JSON.readTree(response.body());
    }

    /** The health report once it says what {@code until} waits for; the host changes state on its own threads. */
    private JsonNode awaitHealth(URI base, java.util.function.Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        JsonNode report;
        do {
            report = JSON.readTree(get(base, "/health").body());
            if (until.test(report)) {
                return report;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("health never got there; last: " + report);
    }

    private String awaitMetrics(URI base, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        String metrics;
        do {
            metrics = get(base, "/metrics").body();
            if (metrics.contains(line)) {
                return metrics;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no metric line " + line + " in:\n" + metrics);
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return send(base, "GET", path);
    }

    private HttpResponse<String> send(URI base, String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
