package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.testkit.BotHarness;
import dev.simplexbot.testkit.HttpResult;
import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The GitHub webhook example: signed deliveries reach the team group, anything else is refused. */
class GithubWebhookTest {
    private static final String SECRET = "webhook-secret";

    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("github-webhook.js")
            .with(b -> b.env("GITHUB_WEBHOOK_SECRET", SECRET));

    @Test
    void aMergedPullRequestIsPostedToTheGroup() throws Exception {
        TestPerson ann = bot.contact("ann");
        SimGroup team = bot.group("Dev team", ann);
        String body = "{\"action\":\"closed\",\"repository\":{\"full_name\":\"acme/app\"},\"sender\":{\"login\":\"ann\"},"
                + "\"pull_request\":{\"number\":12,\"title\":\"Cache the spec\",\"merged\":true,"
                + "\"html_url\":\"https://github.com/acme/app/pull/12\"}}";

        HttpResult result = deliver(bot.harness(), "pull_request", body, sign(body, SECRET));

        assertThat(result.status()).isEqualTo(200);
        ann.expectGroupMessage(team, "ann merged pull request #12 in acme/app: Cache the spec\nhttps://github.com/acme/app/pull/12");
    }

    @Test
    void aForgedOrTamperedDeliveryIsRefused() throws Exception {
        String body = "{\"action\":\"opened\"}";
        assertThat(deliver(bot.harness(), "issues", body, sign(body, "guess")).status()).isEqualTo(401);
        assertThat(deliver(bot.harness(), "issues", body + " ", sign(body, SECRET)).status()).isEqualTo(401);
        assertThat(deliver(bot.harness(), "issues", body, "sha1=" + "0".repeat(40)).status()).isEqualTo(401);
    }

    private static HttpResult deliver(BotHarness harness, String event, String body, String signature) {
        return harness.http("POST", "/github", body.getBytes(StandardCharsets.UTF_8), Map.of(
                "Content-Type", "application/json", "X-GitHub-Event", event, "X-Hub-Signature-256", signature));
    }

    private static String sign(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
