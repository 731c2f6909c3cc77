package dev.simplexbot.sim.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.sim.SimActions;
import dev.simplexbot.testkit.BotHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control API over real HTTP, with a real bot on the simulator: what other languages' tests would do, and odd input. */
class ControlApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    private BotHarness bot;
    private ControlServer control;
    private String base;

    /** One answer: the status and the JSON object it always carries. */
    private record Answer(int status, JsonNode json, HttpResponse<String> raw) {}

    @BeforeEach
    void start() throws Exception {
        bot = BotHarness.start(Path.of("src/test/resources/testkit/squaring.js"));
        control = new ControlServer(bot.simulator(), 0, folder);
        base = control.start();
    }

    @AfterEach
    void stop() throws Exception {
        control.close();
        bot.close();
    }

    private Answer send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return new Answer(response.statusCode(), JSON.readTree(response.body()), response);
    }

    private JsonNode ok(String method, String path, String body) throws Exception {
        Answer answer = send(method, path, body);
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void peopleActThroughTheApiAndWhatTheBotSentCanBeListedAndAwaited() throws Exception {
        assertThat(ok("POST", "/actions/connect", "{\"person\":\"alice\"}").at("/result/result").asText()).isEqualTo("connected");
        long itemId = ok("POST", "/actions/send", "{\"person\":\"alice\",\"text\":\"4\"}").at("/result/itemId").asLong();
        assertThat(itemId).isPositive();

        JsonNode sent = ok("GET", "/sent?to=alice&wait=10000", null);
        assertThat(sent.at("/messages/0/message/text").asText()).isEqualTo("Send me a number and I will square it.");
        long last = sent.get("last").asLong();
        JsonNode answer = ok("GET", "/sent?to=alice&wait=10000&after=1", null);
        assertThat(answer.at("/messages/0/message/text").asText()).isEqualTo("4 * 4 = 16");
        assertThat(answer.at("/messages/0/change").asText()).isEqualTo("sent");
        assertThat(answer.at("/messages/0/to").asText()).isEqualTo("alice");
        assertThat(answer.get("last").asLong()).isGreaterThanOrEqualTo(last);

        Files.writeString(folder.resolve("hello.txt"), "hello");
        ok("POST", "/actions/sendFile", "{\"person\":\"alice\",\"path\":\"hello.txt\"}");
        assertThat(ok("GET", "/sent?to=alice&wait=10000&after=2", null).at("/messages/0/message/text").asText()).isEqualTo("got hello.txt");

        JsonNode group = ok("POST", "/actions/createGroup", "{\"person\":\"alice\",\"name\":\"maths\",\"members\":[\"bob\"]}").get("result");
        assertThat(ok("GET", "/groups", null).get("groups")).anySatisfy(g -> assertThat(g).isEqualTo(group));
        ok("POST", "/actions/send", "{\"person\":\"bob\",\"text\":\"/square 5\",\"group\":\"maths\"}");
        assertThat(ok("GET", "/sent?to=%23maths&wait=10000", null).at("/messages/0/message/text").asText()).isEqualTo("5 * 5 = 25");
        ok("POST", "/actions/network", "{\"up\":false}");
        ok("POST", "/actions/network", "{\"up\":true}");
    }

    @Test
    void theCatalogDescribesEveryActionAndTheIndexTheEndpoints() throws Exception {
        JsonNode actions = ok("GET", "/actions", null).get("actions");
        assertThat(actions).hasSize(bot.simulator().actions().all().size());
        for (SimActions.Action action : bot.simulator().actions().all()) {
            JsonNode one = ok("GET", "/actions/" + action.name(), null);
            assertThat(one.get("name").asText()).isEqualTo(action.name());
            assertThat(one.get("params")).hasSize(action.params().size());
        }
        assertThat(ok("GET", "/actions/removeMember", null).get("events")).extracting(JsonNode::asText)
                .containsExactly("deletedMember", "groupChatItemsDeleted");
        assertThat(ok("GET", "/", null).get("endpoints").toString()).contains("POST /actions/NAME", "GET /sent");
        assertThat(ok("GET", "/actions/", null).get("actions")).hasSize(actions.size());
    }

    @Test
    void oddRequestsGetAClearErrorAndChangeNothing() throws Exception {
        expectError(send("POST", "/actions/send", "{not json"), 400, "the body is not JSON");
        expectError(send("POST", "/actions/send", "[1,2]"), 400, "the body must be a JSON object");
        expectError(send("POST", "/actions/send", "\"alice\""), 400, "the body must be a JSON object");
        expectError(send("POST", "/actions/fly", "{}"), 404, "no action 'fly'");
        expectError(send("POST", "/actions/send", "{\"person\":\"alice\",\"text\":\"x\",\"colour\":\"red\"}"), 400,
                "send has no parameter colour; it takes: person, text, group?, quotedItemId?, ttl?, live?");
        expectError(send("POST", "/actions/send", "{\"person\":\"alice\"}"), 400, "send needs text");
        expectError(send("POST", "/actions/send", "{\"person\":42,\"text\":\"x\"}"), 400, "person must be a person's name");
        expectError(send("POST", "/actions/send", "{\"person\":\"a b\",\"text\":\"x\"}"), 400, "without spaces");
        expectError(send("POST", "/actions/send", "{\"person\":\"alice\",\"text\":7}"), 400, "text must be a string, got 7");
        expectError(send("POST", "/actions/send", "{\"person\":\"alice\",\"text\":\"x\",\"ttl\":0}"), 400, "ttl must be a whole number from 1");
        expectError(send("POST", "/actions/react", "{\"person\":\"alice\",\"itemId\":-3,\"emoji\":\"x\"}"), 400, "itemId must be a chat item id");
        expectError(send("POST", "/actions/react", "{\"person\":\"alice\",\"itemId\":1e40,\"emoji\":\"x\"}"), 400, "itemId must be a chat item id");
        expectError(send("POST", "/actions/network", ""), 400, "network needs up");
        expectError(send("POST", "/actions/network", "{\"up\":\"yes\"}"), 400, "up must be true or false");
        expectError(send("POST", "/actions/subscription", "{\"status\":\"sleepy\"}"), 400, "status must be one of active, pending, removed, noSub");
        expectError(send("POST", "/actions/changeRole", "{\"person\":\"alice\",\"group\":\"nowhere\",\"member\":\"bob\",\"role\":\"admin\"}"),
                400, "the bot is in no group called nowhere");
        expectError(send("POST", "/actions/send", "{\"person\":\"zed\",\"text\":\"hi\"}"), 409, "zed is not connected to the bot");
        expectError(send("POST", "/actions/network", "{\"up\":true}"), 409, "the simulated network is already up");
        expectError(send("DELETE", "/actions/send", null), 405, "DELETE is not allowed here; use POST");
        assertThat(send("PUT", "/actions", "{}").raw().headers().firstValue("allow")).hasValue("GET");
        expectError(send("GET", "/nowhere", null), 404, "no such path: /nowhere");
        expectError(send("GET", "/sent?after=abc", null), 400, "after must be a whole number");
        expectError(send("GET", "/sent?wait=999999", null), 400, "wait must be a whole number from 0 to 60000");
        expectError(send("POST", "/actions/send", "{\"person\":\"alice\",\"text\":\"" + "x".repeat(ControlRoutes.MAX_BODY) + "\"}"), 413,
                "the body is over 1048576 bytes");
        expectError(send("POST", "/actions/sendFile", "{\"person\":\"alice\",\"path\":\"missing.txt\"}"), 400, "not a file: ");

        assertThat(ok("GET", "/sent", null).get("messages")).isEmpty();
        assertThat(bot.simulator().people()).doesNotContain("a b");
        String unicode = "ünïcødé \\\"quoted\\\" 😀 \\n line";
        ok("POST", "/actions/connect", "{\"person\":\"alice\"}");
        ok("POST", "/actions/send", "{\"person\":\"alice\",\"text\":\"" + unicode + "\"}");
        assertThat(ok("GET", "/sent?to=alice&after=1&wait=10000", null).at("/messages/0/message/text").asText())
                .isEqualTo("not a number");
    }

    private static void expectError(Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
        assertThat(answer.json().get("error").asText()).contains(message);
    }
}
