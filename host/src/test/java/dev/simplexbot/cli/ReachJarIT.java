package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.FakeCliServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --http} from the built jar: webhooks, /health while connected and 503 once the CLI is gone, /metrics. */
class ReachJarIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theHttpServerServesWebhooksHealthAndMetrics() throws Exception {
        Path bot = Files.writeString(dir.resolve("hook.js"), """
                export default function (bot) {
                  bot.onHttp('POST', '/hook', async (req) => ({ status: 200, body: { got: await req.json(), token: bot.env.TOKEN.length } }));
                }
                """);
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        try (FakeCliServer cli = new FakeCliServer().start()) {
            ProcessBuilder builder = new ProcessBuilder(command("run", "--url", "ws://127.0.0.1:" + cli.port(), "--http=" + port,
                    "--allow-env=TOKEN", bot.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(dir.resolve("stderr.log").toFile());
            builder.environment().put("TOKEN", "abcdef");
            Process process = builder.start();
            try {
                cli.awaitConnection(1, WAIT);
                assertThat(awaitStatus(base, "/health", status -> status == 200)).contains("\"connection\":\"connected\"")
                        .contains("\"hook\":{\"state\":\"running\"");

                HttpResponse<String> hook = client.send(HttpRequest.newBuilder(base.resolve("/bots/hook/hook"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(hook.statusCode()).isEqualTo(200);
                assertThat(hook.body()).isEqualTo("{\"got\":{\"n\":1},\"token\":6}");
                assertThat(get(base, "/metrics").body()).contains("simplexbot_scripts_running 1.0")
                        .contains("simplexbot_webhook_requests_total{script=\"hook\",status=\"200\"} 1.0");

                cli.stop();
                assertThat(awaitStatus(base, "/health", status -> status == 503)).contains("\"status\":\"unavailable\"")
                        .contains("\"connection\":\"disconnected\"");

                process.destroy();
                assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("stopped").isTrue();
                assertThat(process.exitValue()).isZero();
            } finally {
                process.destroyForcibly();
            }
            assertThat(Files.readString(dir.resolve("stderr.log"))).contains("HTTP server listening on 127.0.0.1:" + port)
                    .doesNotContain("abcdef");
        }
    }

    @Test
    void aPortInUseIsAFailureOfOneLine() throws Exception {
        Path bot = Files.writeString(dir.resolve("bot.js"), "export default function (bot) {}\n");
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process process = new ProcessBuilder(command("run", "--url", "ws://127.0.0.1:9", "--http=" + taken.getLocalPort(),
                    bot.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(dir.resolve("err.log").toFile()).start();
            assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Files.readAllLines(dir.resolve("err.log"))).last().asString()
                    .startsWith("simplex-bot: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (--http): ");
        }
    }

    /** The body once the status is what {@code wanted} accepts; the process changes state on its own. */
    private String awaitStatus(URI base, String path, Predicate<Integer> wanted) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get(base, path);
                if (wanted.test(response.statusCode())) {
                    return response.body();
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                last = notListeningYet.toString();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100)); // an external process: polling is all there is
        }
        throw new AssertionError(path + " never answered as expected; last: " + last);
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> command(String... args) {
        return BuiltJar.command(args);
    }
}
