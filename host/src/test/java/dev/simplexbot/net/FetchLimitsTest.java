package dev.simplexbot.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.simplexbot.testkit.BotHarness;
import dev.simplexbot.testkit.StubResponse;
import dev.simplexbot.testkit.StubServer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The caps on fetch (size, time, requests in flight), aborting, and bodies that must arrive byte for byte. */
class FetchLimitsTest {
    @Test
    void aResponseOverTheSizeCapIsALimitErrorDeclaredOrNot() {
        byte[] big = new byte[200_000];
        try (StubServer api = StubServer.start(request -> request.path().equals("/declared")
                ? StubResponse.bytes(200, big)
                : new StubResponse(200, java.util.Map.of(), big));
             BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(api.grant())
                     .fetchLimits(new FetchLimits(Duration.ofSeconds(10), 100_000, 4)).start()) {
            FetchBot fetcher = new FetchBot(bot);
            JsonNode declared = fetcher.fetch(FetchBot.ask(api.url() + "/declared"));
            assertThat(declared.get("error").asText()).isEqualTo("LimitError");
            assertThat(declared.get("message").asText()).isEqualTo("fetch " + api.url()
                    + "/declared: the response body is larger than 100000 bytes (--fetch-max-size)");
            assertThat(fetcher.fetch(FetchBot.ask(api.url() + "/streamed")).get("error").asText()).isEqualTo("LimitError");
        }
    }

    @Test
    void aServerThatNeverAnswersIsATimeoutErrorAfterTheFetchTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer slow = answeringAfter(release, "late");
             BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(slow.grant())
                     .fetchLimits(new FetchLimits(Duration.ofMillis(700), 1_000_000, 4)).start()) {
            JsonNode answer = new FetchBot(bot).fetch(FetchBot.ask(slow.url() + "/slow"));

            assertThat(answer.get("error").asText()).isEqualTo("TimeoutError");
            assertThat(answer.get("message").asText()).isEqualTo("fetch " + slow.url()
                    + "/slow: no complete response within 700ms (--fetch-timeout)");
        } finally {
            release.countDown();
        }
    }

    @Test
    void pastTheInFlightCapAFetchIsRefusedAtOnceAndNothingIsSent() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer slow = answeringAfter(release, "done");
             BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(slow.grant())
                     .fetchLimits(new FetchLimits(Duration.ofSeconds(20), 1_000_000, 2)).start()) {
            FetchBot fetcher = new FetchBot(bot);
            Thread releaser = new Thread(() -> {
                slow.awaitRequests(2, Duration.ofSeconds(20));
                release.countDown();
            });
            releaser.start();
            JsonNode answers = fetcher.fetch("{\"url\":\"" + slow.url() + "/x\",\"parallel\":3}");
            releaser.join();

            assertThat(answers.get(0).get("body").asText()).isEqualTo("done");
            assertThat(answers.get(1).get("body").asText()).isEqualTo("done");
            assertThat(answers.get(2).get("error").asText()).isEqualTo("LimitError");
            assertThat(answers.get(2).get("message").asText()).isEqualTo("fetch http://127.0.0.1: 2 requests of this script"
                    + " are already in flight (--fetch-max-in-flight); await some first");
            assertThat(slow.requests()).hasSize(2);
        } finally {
            release.countDown();
        }
    }

    @Test
    void anAbortedFetchRejectsWithTheSignalsReason() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer slow = answeringAfter(release, "late");
             BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(slow.grant()).start()) {
            FetchBot fetcher = new FetchBot(bot);
            JsonNode aborted = fetcher.fetch("{\"url\":\"" + slow.url() + "/a\",\"abortAfter\":100}");
            assertThat(aborted.get("error").asText()).isEqualTo("AbortError");
            assertThat(aborted.get("message").asText()).isEqualTo("This operation was aborted");
            JsonNode timedOut = fetcher.fetch("{\"url\":\"" + slow.url() + "/b\",\"timeoutSignal\":100}");
            assertThat(timedOut.get("error").asText()).isEqualTo("TimeoutError");
            assertThat(timedOut.get("message").asText()).isEqualTo("The operation timed out.");
        } finally {
            release.countDown();
        }
    }

    /** A server that answers {@code text} once {@code release} opens (or after 30 s). */
    private static StubServer answeringAfter(CountDownLatch release, String text) {
        return StubServer.start(request -> {
            release.await(30, TimeUnit.SECONDS);
            return StubResponse.text(text);
        });
    }

    @Test
    void bodiesRoundTripByteForByte() {
        try (StubServer echo = StubServer.start(request -> new StubResponse(200,
                java.util.Map.of("Content-Type", String.valueOf(request.header("content-type"))), request.body()));
             BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(echo.grant()).start()) {
            FetchBot fetcher = new FetchBot(bot);
            String everyByte = IntStream.range(0, 256).mapToObj(String::valueOf).collect(Collectors.joining(","));
            JsonNode binary = fetcher.fetch("{\"url\":\"" + echo.url() + "/\",\"init\":{\"method\":\"PUT\"},\"bytes\":["
                    + everyByte + "],\"read\":\"bytes\"}");
            assertThat(binary.get("body").toString()).isEqualTo("[" + everyByte + "]");
            assertThat(echo.requests().get(0).body()).hasSize(256);

            JsonNode text = fetcher.fetch("{\"url\":\"" + echo.url() + "/\",\"init\":{\"method\":\"POST\",\"body\":\"héllo ✓ 😀\"}}");
            assertThat(text.get("body").asText()).isEqualTo("héllo ✓ 😀");
            assertThat(text.get("headers").get("content-type").asText()).isEqualTo("text/plain;charset=UTF-8");

            JsonNode form = fetcher.fetch("{\"url\":\"" + echo.url() + "/\",\"init\":{\"method\":\"POST\"},\"form\":{\"q\":\"a b&c\",\"é\":\"1\"}}");
            assertThat(form.get("body").asText()).isEqualTo("q=a+b%26c&%C3%A9=1");
            assertThat(form.get("headers").get("content-type").asText())
                    .isEqualTo("application/x-www-form-urlencoded;charset=UTF-8");
        }
    }
}
