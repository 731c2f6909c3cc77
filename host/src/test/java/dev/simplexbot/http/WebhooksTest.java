package dev.simplexbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.testkit.BotHarness;
import dev.simplexbot.testkit.HttpResult;
import dev.simplexbot.testkit.TestPerson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bot.onHttp as a service calling a bot sees it: a real HTTP server, the bot on the simulator. */
class WebhooksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path HOOKS = Path.of("src/test/resources/reach/hooks.js");

    @Test
    void handlersAnswerWithTextJsonOrWhatTheyChoose() throws Exception {
        try (BotHarness bot = BotHarness.start(HOOKS)) {
            HttpResult text = bot.http("GET", "/text");
            assertThat(text.status()).isEqualTo(200);
            assertThat(text.header("content-type")).isEqualTo("text/plain; charset=utf-8");
            assertThat(text.text()).isEqualTo("plain text");

            HttpResult json = bot.http("GET", "/json");
            assertThat(json.header("content-type")).isEqualTo("application/json");
            assertThat(json.text()).isEqualTo("{\"items\":[1,2],\"ok\":true}");

            HttpResult custom = bot.http("POST", "/custom?x=1&y=two", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/json"));
            assertThat(custom.status()).isEqualTo(201);
            assertThat(custom.header("x-id")).isEqualTo("7");
            JsonNode echoed = JSON.readTree(custom.text());
            assertThat(echoed.get("got").toString()).isEqualTo("{\"a\":1}");
            assertThat(echoed.get("again").asText()).as("the body can be read more than once").isEqualTo("{\"a\":1}");
            assertThat(echoed.get("query").toString()).isEqualTo("{\"x\":\"1\",\"y\":\"two\"}");
            assertThat(echoed.get("method").asText()).isEqualTo("POST");
            assertThat(echoed.get("path").asText()).isEqualTo("/custom");
            assertThat(echoed.get("agent").asText()).as("header names are case-insensitive").startsWith("Java-http-client");

            HttpResult web = bot.http("GET", "/response");
            assertThat(web.status()).isEqualTo(202);
            assertThat(web.header("x-web")).isEqualTo("yes");
            assertThat(web.text()).isEqualTo("{\"web\":true}");

            assertThat(bot.http("GET", "/items/a%20b").text()).isEqualTo("item a b");
            assertThat(bot.http("GET", "/files/docs/readme.md").text()).isEqualTo("file docs/readme.md");
            assertThat(bot.http("DELETE", "/any").text()).isEqualTo("any DELETE");
            assertThat(bot.http("GET", "/nothing").status()).isEqualTo(204);
        }
    }

    @Test
    void bytesRoundTripAndHeadHasNoBody() {
        try (BotHarness bot = BotHarness.start(HOOKS)) {
            byte[] sent = new byte[256];
            for (int i = 0; i < 256; i++) {
                sent[i] = (byte) i;
            }
            HttpResult reversed = bot.http("PUT", "/reverse", sent, Map.of("Content-Type", "application/octet-stream"));
            assertThat(reversed.header("content-type")).isEqualTo("application/octet-stream");
            for (int i = 0; i < 256; i++) {
                assertThat(reversed.body()[i]).isEqualTo((byte) (255 - i));
            }
            HttpResult head = bot.http("HEAD", "/text");
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        }
    }

    @Test
    void unknownPathsAre404AndOtherMethods405WithAllow() {
        try (BotHarness bot = BotHarness.start(HOOKS)) {
            assertThat(bot.http("GET", "/missing").status()).isEqualTo(404);
            HttpResult wrongMethod = bot.http("POST", "/text");
            assertThat(wrongMethod.status()).isEqualTo(405);
            assertThat(wrongMethod.header("allow")).isEqualTo("GET, HEAD");
            assertThat(httpTo(bot, "/bots/nobody/text").status()).isEqualTo(404);
            assertThat(httpTo(bot, "/elsewhere").status()).isEqualTo(404);
            assertThat(bot.http("GET", "/once").text()).isEqualTo("once");
            assertThat(bot.http("GET", "/once").status()).as("the handler removed its route").isEqualTo(404);
            assertThat(bot.http("GET", "/duplicate").text())
                    .isEqualTo("bot.onHttp(\"GET\", \"/text\"): this bot already has a handler for GET /text");
        }
    }

    @Test
    void aFailingHandlerIs500WithoutItsMessage() {
        try (BotHarness bot = BotHarness.start(HOOKS)) {
            HttpResult thrown = bot.http("GET", "/throws");
            assertThat(thrown.status()).isEqualTo(500);
            assertThat(thrown.text()).isEqualTo("Internal Server Error\n");
            HttpResult rejected = bot.http("GET", "/rejects");
            assertThat(rejected.status()).isEqualTo(500);
            assertThat(rejected.text()).doesNotContain("detail");
            assertThat(bot.http("GET", "/bad-status").status()).isEqualTo(500);
            assertThat(bot.http("GET", "/text").status()).as("the bot goes on").isEqualTo(200);
        }
    }

    @Test
    void aHandlerThatNeverAnswersGets504AndARunawayIsInterrupted() {
        try (BotHarness bot = BotHarness.builder(HOOKS).handlerTimeout(Duration.ofMillis(500))
                .webhookLimits(new WebhookLimits(1024 * 1024, Duration.ofMillis(800))).start()) {
            HttpResult never = bot.http("GET", "/never");
            assertThat(never.status()).isEqualTo(504);
            assertThat(never.text()).isEqualTo("Gateway Timeout: the bot did not answer within 800 ms\n");
            assertThat(bot.http("GET", "/spin").status()).isEqualTo(500);
            assertThat(bot.http("GET", "/text").text()).isEqualTo("plain text");
        }
    }

    @Test
    void aBodyOverTheCapIs413AndNeverReachesTheHandler() {
        try (BotHarness bot = BotHarness.builder(HOOKS).webhookLimits(new WebhookLimits(1000, Duration.ofSeconds(5))).start()) {
            HttpResult tooLarge = bot.http("POST", "/tell", new byte[2000], Map.of("Content-Type", "application/json"));
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.text()).isEqualTo("Content Too Large: the limit is 1000 bytes\n");
        }
    }

    @Test
    void aHandlerRunsOnTheBotAndCanTalkToPeople() {
        try (BotHarness bot = BotHarness.start(HOOKS)) {
            TestPerson alice = bot.contact("alice");
            alice.send("hi");
            bot.awaitIdle();
            HttpResult sent = bot.http("POST", "/tell", "{\"text\":\"deploy finished\"}");
            assertThat(sent.text()).isEqualTo("sent");
            alice.expectMessage("deploy finished");
        }
    }

    private static HttpResult httpTo(BotHarness bot, String serverPath) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(bot.httpBase().resolve(serverPath)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), Map.of(), response.body().getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
