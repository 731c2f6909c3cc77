package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.http.HealthCheck;
import dev.simplexbot.http.HostHttpServer;
import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.net.NetGrants;
import dev.simplexbot.testkit.StubResponse;
import dev.simplexbot.testkit.StubServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reload or unload does to a bot's reach: its routes are the new version's at once (never the old one's), a
 * request waiting on the old version is answered 503, its fetches in flight are cancelled and their late replies
 * dropped.
 */
class ReachReloadTest {
    private static final HealthCheck ALWAYS = new HealthCheck() {
        @Override
        public boolean healthy() {
            return true;
        }

        @Override
        public String json() {
            return "{}";
        }
    };

    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    static String version(String name, String extraRoute) {
        return """
                export default function (bot) {
                  bot.onHttp('GET', '/version', () => '%s');
                  bot.onHttp('GET', '/wait', () => { console.log('%s waiting'); return new Promise(() => {}); });
                  %s
                }
                """.formatted(name, name, extraRoute);
    }

    @Test
    void aReloadServesTheNewVersionsRoutesAndAnUnloadNone() throws Exception {
        try (RuntimeHarness harness = RuntimeHarness.watching(dir, ReachOptions.none());
             HostHttpServer http = serve(harness.runtime)) {
            harness.folder.write("hook.js", version("v1", "bot.onHttp('GET', '/old', () => 'old');"));
            harness.start();
            assertThat(harness.lifecycle.next()).isEqualTo("loaded hook");
            URI base = http.baseUri();
            assertThat(get(base, "/bots/hook/version").body()).isEqualTo("v1");
            assertThat(get(base, "/bots/hook/old").statusCode()).isEqualTo(200);
            CompletableFuture<HttpResponse<String>> waiting = client.sendAsync(
                    HttpRequest.newBuilder(base.resolve("/bots/hook/wait")).build(), HttpResponse.BodyHandlers.ofString());
            harness.logs.await("v1 waiting");

            harness.folder.write("hook.js", version("v2", ""));
            assertThat(harness.lifecycle.next()).isEqualTo("loaded hook");
            assertThat(waiting.get(10, TimeUnit.SECONDS).statusCode()).as("answered when its version went").isEqualTo(503);
            assertThat(get(base, "/bots/hook/version").body()).isEqualTo("v2");
            assertThat(get(base, "/bots/hook/old").statusCode()).as("the old version's route is gone").isEqualTo(404);

            harness.folder.write("hook.js", "export default function (bot) { bot.onHttp('GET', '/version', () => {");
            assertThat(harness.lifecycle.next()).startsWith("failed hook");
            assertThat(get(base, "/bots/hook/version").body()).as("a broken save keeps the running version").isEqualTo("v2");

            harness.folder.delete("hook.js");
            assertThat(harness.lifecycle.next()).isEqualTo("unloaded hook");
            assertThat(get(base, "/bots/hook/version").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aReloadCancelsTheOldVersionsFetchesAndDropsTheirReplies() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer slow = StubServer.start(request -> {
                release.await(30, TimeUnit.SECONDS);
                return StubResponse.text("late");
            });
             RuntimeHarness harness = RuntimeHarness.watching(dir, ReachOptions.none().withNet(NetGrants.parse(slow.grant())))) {
            harness.folder.write("caller.js", """
                    export default function (bot) {
                      bot.on("go", async () => {
                        try {
                          const response = await fetch("%s/slow");
                          console.log("v1 got " + await response.text());
                        } catch (error) {
                          console.log("v1 failed " + error.name);
                        }
                      });
                    }
                    """.formatted(slow.url()));
            harness.start();
            assertThat(harness.lifecycle.next()).isEqualTo("loaded caller");
            harness.runtime.onEvent(Events.of("go", ""));
            slow.awaitRequests(1, Duration.ofSeconds(10));

            harness.folder.write("caller.js", "export default function (bot) { console.log('v2 running'); }");
            assertThat(harness.lifecycle.next()).isEqualTo("loaded caller");
            assertThat(harness.runtime.net().awaitNoneInFlight(Duration.ofSeconds(5)))
                    .as("the old version's fetch is cancelled, not left waiting for the server").isTrue();
            release.countDown();
            harness.runtime.drained().get(10, TimeUnit.SECONDS);

            assertThat(harness.logs.lines()).noneMatch(line -> line.contains("v1 got") || line.contains("v1 failed"));
        }
    }

    private HostHttpServer serve(ScriptRuntime runtime) {
        return HostHttpServer.start(new HttpAddress("127.0.0.1", 0), runtime.webhooks(), ALWAYS, () -> "",
                (bot, status) -> { }, WebhookLimits.defaults(), false);
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
