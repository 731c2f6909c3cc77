package dev.simplexbot.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.simplexbot.testkit.BotHarness;
import dev.simplexbot.testkit.StubResponse;
import dev.simplexbot.testkit.StubServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * fetch as a bot uses it, on the simulator, against real local HTTP servers: what the grants allow, that a refused
 * request sends nothing (the server saw no request), redirects checked hop by hop, and names leading to special
 * addresses refused.
 */
class FetchOnSimulatorTest {
    private final StubServer api = StubServer.start(request -> StubResponse.json("{\"ok\":true,\"path\":\"" + request.path() + "\"}"));
    private final StubServer other = StubServer.start(request -> StubResponse.text("other"));

    @AfterEach
    void stopServers() {
        api.close();
        other.close();
    }

    @Test
    void withoutAGrantTheRequestIsRefusedAndNothingIsSent() {
        try (BotHarness bot = BotHarness.start(FetchBot.SCRIPT)) {
            JsonNode answer = new FetchBot(bot).fetch(FetchBot.ask(api.url() + "/v1/items?key=abc"));

            assertThat(answer.get("error").asText()).isEqualTo("PermissionDenied");
            assertThat(answer.get("message").asText()).isEqualTo("fetch " + api.url() + "/v1/items refused: net access to "
                    + api.grant() + " is not granted; run with --allow-net=" + api.grant());
            assertThat(api.requests()).isEmpty();
        }
    }

    @Test
    void aGrantedHostIsReachedWithTheScriptsRequest() {
        try (BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(api.grant()).start()) {
            JsonNode answer = new FetchBot(bot).fetch("{\"url\":\"" + api.url() + "/v1/items?x=1\",\"read\":\"json\","
                    + "\"init\":{\"method\":\"post\",\"body\":\"{\\\"a\\\":1}\",\"headers\":{\"Content-Type\":\"application/json\","
                    + "\"X-Trace\":\"one\"}}}");

            assertThat(answer.get("status").asInt()).isEqualTo(200);
            assertThat(answer.get("ok").asBoolean()).isTrue();
            assertThat(answer.get("statusText").asText()).isEqualTo("OK");
            assertThat(answer.get("redirected").asBoolean()).isFalse();
            assertThat(answer.get("headers").get("content-type").asText()).isEqualTo("application/json");
            assertThat(answer.get("body").get("path").asText()).isEqualTo("/v1/items");
            assertThat(api.requests()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.query()).isEqualTo("x=1");
                assertThat(request.text()).isEqualTo("{\"a\":1}");
                assertThat(request.header("content-type")).isEqualTo("application/json");
                assertThat(request.header("x-trace")).isEqualTo("one");
                assertThat(request.header("user-agent")).startsWith("simplex-bot/");
            });
        }
    }

    @Test
    void aGrantForAnotherPortOrAnotherBotDoesNotCount() {
        String otherPort = "127.0.0.1:" + other.url().getPort();
        try (BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(otherPort, "someone-else:" + api.grant()).start()) {
            FetchBot fetcher = new FetchBot(bot);
            assertThat(fetcher.fetch(FetchBot.ask(api.url() + "/")).get("message").asText())
                    .endsWith("only port " + other.url().getPort() + " of 127.0.0.1 is granted; run with --allow-net=" + api.grant());
            assertThat(api.requests()).isEmpty();
        }
        try (BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet("someone-else:" + api.grant()).start()) {
            assertThat(new FetchBot(bot).fetch(FetchBot.ask(api.url() + "/")).get("message").asText())
                    .endsWith("127.0.0.1 is granted to someone-else only; run with --allow-net=fetcher:" + api.grant());
            assertThat(api.requests()).isEmpty();
        }
        try (BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet("fetcher:" + api.grant()).start()) {
            assertThat(new FetchBot(bot).fetch(FetchBot.ask(api.url() + "/")).get("status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void aRedirectToAnUngrantedHostIsRefusedAtThatHop() {
        try (StubServer redirecting = StubServer.start(request -> StubResponse.status(302).withHeader("Location", other.url() + "/landing"));
             BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(redirecting.grant()).start()) {
            JsonNode answer = new FetchBot(bot).fetch(FetchBot.ask(redirecting.url() + "/go"));

            assertThat(answer.get("error").asText()).isEqualTo("PermissionDenied");
            assertThat(answer.get("message").asText()).isEqualTo("fetch redirect from " + redirecting.url() + "/go to "
                    + other.url() + "/landing refused: only port " + redirecting.url().getPort()
                    + " of 127.0.0.1 is granted; run with --allow-net=127.0.0.1:" + other.url().getPort());
            assertThat(redirecting.requests()).hasSize(1);
            assertThat(other.requests()).isEmpty();
        }
    }

    @Test
    void grantedRedirectsAreFollowedAsTheFetchStandardSays() {
        try (StubServer redirecting = StubServer.start(request -> switch (request.path()) {
                case "/see-other" -> StubResponse.status(303).withHeader("Location", other.url() + "/after-post");
                case "/temporary" -> StubResponse.status(307).withHeader("Location", "/kept");
                case "/kept" -> StubResponse.text(request.method() + " " + request.text());
                case "/loop" -> StubResponse.status(302).withHeader("Location", "/loop");
                default -> StubResponse.status(302).withHeader("Location", other.url() + "/moved");
            });
             BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(redirecting.grant(), other.grant()).start()) {
            FetchBot fetcher = new FetchBot(bot);
            String auth = ",\"init\":{\"method\":\"POST\",\"body\":\"data\",\"headers\":{\"Authorization\":\"Bearer t0ken\","
                    + "\"Content-Type\":\"text/plain\"}}}";

            JsonNode seeOther = fetcher.fetch("{\"url\":\"" + redirecting.url() + "/see-other\"" + auth);
            assertThat(seeOther.get("status").asInt()).isEqualTo(200);
            assertThat(seeOther.get("redirected").asBoolean()).isTrue();
            assertThat(seeOther.get("url").asText()).isEqualTo(other.url() + "/after-post");
            assertThat(other.requests()).singleElement().satisfies(request -> {
                assertThat(request.method()).as("303 turns the POST into a GET").isEqualTo("GET");
                assertThat(request.body()).isEmpty();
                assertThat(request.header("content-type")).isNull();
                assertThat(request.header("authorization")).as("credentials stay with their origin").isNull();
            });

            JsonNode temporary = fetcher.fetch("{\"url\":\"" + redirecting.url() + "/temporary\"" + auth);
            assertThat(temporary.get("body").asText()).as("307 keeps method and body").isEqualTo("POST data");
            assertThat(redirecting.requests().get(redirecting.requests().size() - 1).header("authorization"))
                    .as("a same-origin redirect keeps the credentials").isEqualTo("Bearer t0ken");

            JsonNode manual = fetcher.fetch("{\"url\":\"" + redirecting.url() + "/moved\",\"init\":{\"redirect\":\"manual\"}}");
            assertThat(manual.get("status").asInt()).isEqualTo(302);
            assertThat(manual.get("headers").get("location").asText()).isEqualTo(other.url() + "/moved");

            JsonNode error = fetcher.fetch("{\"url\":\"" + redirecting.url() + "/moved\",\"init\":{\"redirect\":\"error\"}}");
            assertThat(error.get("error").asText()).isEqualTo("TypeError");
            assertThat(error.get("isTypeError").asBoolean()).isTrue();

            JsonNode loop = fetcher.fetch(FetchBot.ask(redirecting.url() + "/loop"));
            assertThat(loop.get("message").asText()).endsWith("/loop: more than 20 redirects");
        }
    }

    @Test
    void aGrantedNameLeadingToAPrivateOrLoopbackAddressIsRefused() {
        Map<String, String> dns = Map.of(
                "api.test", "127.0.0.1",
                "metadata.test", "169.254.169.254",
                "intranet.test", "10.1.2.3",
                "mapped.test", "::ffff:127.0.0.1",
                "ula.test", "fd12:3456::1");
        HostResolver resolver = host -> {
            String address = dns.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByAddress(host, HostSyntax.ipLiteral(address).getAddress())};
        };
        int port = api.url().getPort();
        try (BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).hostResolver(resolver)
                .allowNet("api.test:" + port, "metadata.test", "intranet.test", "mapped.test:" + port, "ula.test", "unknown.test").start()) {
            FetchBot fetcher = new FetchBot(bot);

            assertThat(fetcher.fetch(FetchBot.ask("http://api.test:" + port + "/")).get("message").asText())
                    .isEqualTo("fetch http://api.test:" + port + "/ refused: api.test resolves to 127.0.0.1, a loopback address;"
                            + " only a grant of the address itself or of localhost allows it (--allow-net=127.0.0.1)");
            assertThat(fetcher.fetch(FetchBot.ask("http://metadata.test/latest/meta-data/")).get("message").asText())
                    .contains("metadata.test resolves to 169.254.169.254, a link-local address");
            assertThat(fetcher.fetch(FetchBot.ask("http://intranet.test/")).get("message").asText())
                    .contains("intranet.test resolves to 10.1.2.3, a private address");
            assertThat(fetcher.fetch(FetchBot.ask("http://mapped.test:" + port + "/")).get("message").asText())
                    .contains("mapped.test resolves to 127.0.0.1, a loopback address");
            assertThat(fetcher.fetch(FetchBot.ask("http://ula.test/")).get("message").asText())
                    .contains("ula.test resolves to fd12:3456:0:0:0:0:0:1, a unique local address")
                    .endsWith("(--allow-net=[fd12:3456:0:0:0:0:0:1])");
            JsonNode unknown = fetcher.fetch(FetchBot.ask("http://unknown.test/"));
            assertThat(unknown.get("error").asText()).isEqualTo("TypeError");
            assertThat(unknown.get("message").asText()).endsWith("cannot resolve unknown.test");
            assertThat(api.requests()).isEmpty();
        }
    }

    @Test
    void localhostOrTheAddressItselfAllowsLoopback() {
        int port = api.url().getPort();
        try (BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet("localhost:" + port).start()) {
            FetchBot fetcher = new FetchBot(bot);
            assertThat(fetcher.fetch(FetchBot.ask("http://localhost:" + port + "/here")).get("status").asInt()).isEqualTo(200);
            assertThat(fetcher.fetch(FetchBot.ask("http://127.0.0.1:" + port + "/")).get("error").asText())
                    .as("localhost grants the name, not every loopback URL").isEqualTo("PermissionDenied");
        }
        try (BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet("[::ffff:127.0.0.1]:" + port).start()) {
            assertThat(new FetchBot(bot).fetch(FetchBot.ask("http://127.0.0.1:" + port + "/")).get("status").asInt())
                    .as("an IPv4-mapped grant is the IPv4 address").isEqualTo(200);
        }
    }

    @Test
    void onlyHttpAndHttpsAndAbsoluteUrlsAreFetched() {
        try (BotHarness bot = BotHarness.builder(FetchBot.SCRIPT).allowNet(api.grant()).start()) {
            FetchBot fetcher = new FetchBot(bot);
            assertThat(fetcher.fetch(FetchBot.ask("file:///etc/passwd")).get("message").asText())
                    .isEqualTo("fetch file:///etc/passwd: only http and https URLs can be fetched");
            assertThat(fetcher.fetch(FetchBot.ask("/relative")).get("message").asText())
                    .startsWith("Request: invalid URL \"/relative\"");
            assertThat(fetcher.fetch(FetchBot.ask("http://user:pw@" + api.grant() + "/")).get("message").asText())
                    .contains("credentials");
            assertThat(fetcher.fetch("{\"url\":\"" + api.url() + "/\",\"init\":{\"method\":\"GET\",\"body\":\"x\"}}")
                    .get("message").asText()).isEqualTo("Request: a GET request cannot have a body");
            assertThat(fetcher.fetch("{\"url\":\"" + api.url() + "/\",\"init\":{\"method\":\"POST\",\"body\":{\"a\":1}}}")
                    .get("message").asText()).contains("to send JSON, pass JSON.stringify(value)");
            assertThat(api.requests()).isEmpty();
        }
    }
}
