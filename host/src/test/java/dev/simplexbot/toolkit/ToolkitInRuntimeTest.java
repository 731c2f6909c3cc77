package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bot file run by the real script runtime against the simulated CLI: config export, commands, bot.store. */
class ToolkitInRuntimeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String COUNTER_BOT = """
            export const config = {
              profile: { displayName: "counter", fullName: "Counting bot" },
              welcome: "Hi! Send /count",
              addressInProfile: true,
            };

            export default function (bot) {
              bot.onCommand("count", { help: "count one more" }, (msg) => {
                const count = (bot.store.get("count") ?? 0) + 1;
                bot.store.set("count", count);
                return msg.reply(`count is ${count} (${typeof count})`);
              });
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void configuredBotCountsInItsStoreAndARestartChangesNothingInTheCli() throws Exception {
        Path scripts = Files.createDirectories(tmp.resolve("bots"));
        Files.writeString(scripts.resolve("counter.js"), COUNTER_BOT);
        RuntimeOptions options = RuntimeOptions.defaults().withDataDir(tmp.resolve("data"));
        try (Simulator sim = Simulator.create()) {
            SimPerson alice = sim.person("alice");
            try (SimulatorGateway gateway = new SimulatorGateway(sim); ScriptRuntime runtime = new ScriptRuntime(options, gateway)) {
                gateway.deliverEventsTo(runtime);
                assertThat(runtime.start(scripts).failures()).isEmpty();
                gateway.sent("APISetProfileAddress").get(WAIT.toSeconds(), TimeUnit.SECONDS);

                alice.connectToBot();
                assertThat(alice.nextMessage(WAIT).text()).isEqualTo("Hi! Send /count");
                alice.send("/count");
                assertThat(alice.nextMessage(WAIT).text()).isEqualTo("count is 1 (number)");
                assertThat(gateway.setupCommands()).containsExactly("ShowActiveUser", "CreateActiveUser", "APIShowMyAddress",
                        "APICreateMyAddress", "APIShowMyAddress", "APISetAddressSettings", "APISetProfileAddress");
            }
            String profile = sim.execute("ShowActiveUser", null).response().path("user").path("profile").toString();
            assertThat(profile).contains("\"peerType\":\"bot\"", "\"keyword\":\"count\"", "\"keyword\":\"help\"");

            try (SimulatorGateway gateway = new SimulatorGateway(sim); ScriptRuntime restarted = new ScriptRuntime(options, gateway)) {
                gateway.deliverEventsTo(restarted);
                assertThat(restarted.start(scripts).failures()).isEmpty();

                alice.send("/count");
                assertThat(alice.nextMessage(WAIT).text()).isEqualTo("count is 2 (number)");
                alice.send("/help");
                assertThat(alice.nextMessage(WAIT).text()).isEqualTo("Commands:\n/count - count one more\n/help - show the commands");
                assertThat(gateway.setupCommands()).containsExactly("ShowActiveUser", "APIShowMyAddress");
            }
        }
    }
}
