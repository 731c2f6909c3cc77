package dev.simplexbot.dev;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.http.HttpAddress;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.script.ReachOptions;
import dev.simplexbot.script.ScriptLifecycleListener;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev console's /http: a bot's webhook called from the console, its effect shown in the chat. */
class DevWebhookConsoleTest {
    @TempDir
    Path tmp;

    @Test
    void aWebhookCalledFromTheConsoleReachesTheBot() throws Exception {
        Path bot = Path.of(getClass().getResource("/dev/deploys.js").toURI());
        DevOptions options = new DevOptions(bot, 0, "you", Duration.ofSeconds(5), tmp.resolve("data"))
                .withReach(ReachOptions.none(), new HttpAddress("127.0.0.1", 0), WebhookLimits.defaults());
        try (DevEnvironment environment = DevEnvironment.start(options, new ScriptLifecycleListener() { })) {
            String[] transcript = chat(environment, "hello", "/http POST /deploy -H X-CI:jenkins {\"version\":\"1.2\"}",
                    "/http GET /nowhere", "/http GET /health", "/http POST nowhere");
            assertThat(transcript[0]).isEqualTo("bot> watching deploys\nbot> deployed 1.2 (by jenkins)\n");
            assertThat(transcript[1]).contains("* HTTP 202: {\"told\":true}", "* HTTP 404: Not Found",
                    "* HTTP 200: {\"status\":\"ok\"", "! /http <METHOD> <path> [-H name:value]... [body]");
        }
    }

    @Test
    void withoutAnHttpServerTheConsoleSaysHowToStartOne() throws Exception {
        Path bot = Path.of(getClass().getResource("/dev/deploys.js").toURI());
        try (DevEnvironment environment = DevEnvironment.start(new DevOptions(bot, 0, "you", Duration.ofSeconds(5),
                tmp.resolve("data")), new ScriptLifecycleListener() { })) {
            assertThat(chat(environment, "/http POST /deploy {}")[1])
                    .contains("! no HTTP server: start dev with --http=8080 (or another port) to call webhooks");
        }
    }

    private static String[] chat(DevEnvironment environment, String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            new PipedConsole(Duration.ofSeconds(10)).run(environment, "you",
                    new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), outStream, errStream);
        }
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
