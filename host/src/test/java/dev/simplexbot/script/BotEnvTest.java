package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.env.EnvGrants;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bot.env: only the granted variables that are set, per bot when the grant says so, and frozen. */
class BotEnvTest {
    @TempDir
    Path dir;

    private static final String SHOW_ENV = """
            export default function (bot) {
              bot.on("go", () => {
                let assigned;
                try { bot.env.API_TOKEN = "changed"; bot.env.NEW = "x"; assigned = "no error"; } catch (e) { assigned = e.name; }
                return bot.chat.raw([bot.name, JSON.stringify(bot.env), Object.isFrozen(bot.env), assigned,
                  typeof process, "HOME" in bot.env].join(" "));
              });
            }
            """;

    @Test
    void onlyGrantedVariablesThatAreSetAndOnlyForTheirBot() {
        Map<String, String> environment = Map.of("API_TOKEN", "t0k3n", "WEATHER_KEY", "w3ath3r", "HOME", "/home/me",
                "PATH", "/bin");
        ReachOptions reach = ReachOptions.none().withEnv(EnvGrants.parse("API_TOKEN,MISSING", "weather:WEATHER_KEY"), environment::get);
        try (RuntimeHarness harness = new RuntimeHarness(dir, RuntimeHarness.RAW_ALLOWED, new TestCommands(), reach)) {
            harness.folder.write("weather.js", SHOW_ENV);
            harness.folder.write("news.js", SHOW_ENV);
            harness.start();
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(java.util.List.of(harness.gateway.next(), harness.gateway.next())).containsExactlyInAnyOrder(
                    "weather {\"API_TOKEN\":\"t0k3n\",\"WEATHER_KEY\":\"w3ath3r\"} true TypeError undefined false",
                    "news {\"API_TOKEN\":\"t0k3n\"} true TypeError undefined false");
        }
    }

    @Test
    void aGrantForABotThatDoesNotExistIsWarnedAbout() {
        ReachOptions reach = ReachOptions.none().withNet(dev.simplexbot.net.NetGrants.parse("wether:api.example.com"))
                .withEnv(EnvGrants.parse("weather:KEY"), name -> null);
        try (RuntimeHarness harness = new RuntimeHarness(dir, RuntimeHarness.RAW_ALLOWED, new TestCommands(), reach)) {
            harness.folder.write("weather.js", SHOW_ENV);
            harness.start();
            assertThat(harness.logs.await("grant something to bot 'wether'"))
                    .endsWith("but there is no wether.js in " + dir.toAbsolutePath() + " (bots: weather)");
            assertThat(harness.logs.lines()).noneMatch(line -> line.contains("bot 'weather'"));
        }
    }

    @Test
    void withoutGrantsBotEnvIsEmpty() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("plain.js", SHOW_ENV);
            harness.start();
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("plain {} true TypeError undefined false");
        }
    }
}
