package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The toolkit driving the simulated CLI in process: what people see, and what the CLI was asked to do. */
class ToolkitOnSimulatorTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SCRIPT = "bot.onCommand('echo', { help: 'repeat the text', params: '<text>' }, (m, a) => m.reply(a.text));"
            + "bot.onCommand('stats', { help: 'usage numbers', admin: true }, m => m.reply('3 users'));"
            + "bot.onMessage(async m => { if (m.file) { const f = await bot.receiveFile(m.file.fileId);"
            + "  await bot.sendFile(m, f.filePath, { text: 'back: ' + f.fileName }); } else { await m.reply('you said ' + m.text); } });"
            + "bot.setup({ profile: { displayName: 'helper', fullName: 'Help desk' }, welcome: 'Hi! Send /help',"
            + "  addressInProfile: true, admins: ['alice'] });";

    @TempDir
    Path tmp;

    private static ToolkitHarness start(SimChat chat) {
        ToolkitHarness bot = new ToolkitHarness(null, null, chat);
        bot.eval(SCRIPT);
        bot.eval("tick(0)");
        bot.deliver(chat.events());
        return bot;
    }

    @Test
    void setupCreatesTheBotOnceAndARestartChangesNothing() throws Exception {
        try (Simulator sim = Simulator.create(); SimChat chat = new SimChat(sim)) {
            try (ToolkitHarness bot = start(chat)) {
                assertThat(bot.errors()).isEmpty();
                assertThat(bot.commandNames()).contains("createActiveUser", "apiCreateMyAddress", "apiSetAddressSettings",
                        "apiSetProfileAddress");
                assertThat(bot.json("bot.user.profile.peerType")).isEqualTo("\"bot\"");
            }
            String profile = sim.execute("ShowActiveUser", null).response().path("user").path("profile").toString();
            assertThat(profile).contains("\"keyword\":\"echo\"", "\"keyword\":\"help\"", "\"contactLink\"").doesNotContain("stats");

            try (ToolkitHarness restarted = start(chat)) {
                assertThat(restarted.errors()).isEmpty();
                assertThat(restarted.commandNames()).containsExactly("showActiveUser", "apiShowMyAddress");
            }
        }
    }

    @Test
    void peopleGetTheWelcomeHelpRepliesAndAdminOnlyCommands() {
        try (Simulator sim = Simulator.create(); SimChat chat = new SimChat(sim); ToolkitHarness bot = start(chat)) {
            SimPerson alice = sim.person("alice");
            SimPerson bob = sim.person("bob");
            alice.connectToBot();
            bob.connectToBot();
            bot.deliver(chat.events());
            assertThat(alice.nextMessage(WAIT).text()).isEqualTo("Hi! Send /help");
            assertThat(bob.nextMessage(WAIT).text()).isEqualTo("Hi! Send /help");

            long asked = bob.send("/echo  hello world");
            bob.send("/help");
            bob.send("/stats");
            bob.send("/nope");
            alice.send("/stats");
            alice.send("good morning");
            bot.deliver(chat.events());

            SimMessage echo = bob.nextMessage(WAIT);
            assertThat(echo.text()).isEqualTo("hello world");
            assertThat(echo.quotedText()).isEqualTo("/echo  hello world");
            assertThat(bob.nextMessage(WAIT).text())
                    .isEqualTo("Commands:\n/echo <text> - repeat the text\n/help - show the commands");
            assertThat(bob.nextMessage(WAIT).text()).isEqualTo("/stats is only for admins.");
            assertThat(bob.nextMessage(WAIT).text()).isEqualTo("Unknown command /nope. Send /help to see the commands.");
            assertThat(alice.nextMessage(WAIT).text()).isEqualTo("3 users");
            assertThat(alice.nextMessage(WAIT).text()).isEqualTo("you said good morning");
            assertThat(asked).isPositive();
            assertThat(bot.errors()).isEmpty();
        }
    }

    @Test
    void commandsWorkInGroups() {
        try (Simulator sim = Simulator.create(); SimChat chat = new SimChat(sim); ToolkitHarness bot = start(chat)) {
            SimPerson alice = sim.person("alice");
            SimPerson dan = sim.person("dan");
            alice.connectToBot();
            SimGroup team = sim.group("team", alice, dan);
            bot.deliver(chat.events());

            dan.sendToGroup(team, "/echo hi all");
            dan.sendToGroup(team, "/stats");
            alice.sendToGroup(team, "/stats");
            bot.deliver(chat.events());

            assertThat(dan.nextGroupMessage(team, WAIT).text()).isEqualTo("hi all");
            assertThat(dan.nextGroupMessage(team, WAIT).text()).isEqualTo("/stats is only for admins.");
            assertThat(dan.nextGroupMessage(team, WAIT).text()).isEqualTo("3 users");
            assertThat(bot.errors()).isEmpty();
        }
    }

    @Test
    void aFileSentToTheBotComesBack() throws Exception {
        try (Simulator sim = Simulator.create(); SimChat chat = new SimChat(sim); ToolkitHarness bot = start(chat)) {
            SimPerson alice = sim.person("alice");
            alice.connectToBot();
            bot.deliver(chat.events());
            alice.nextMessage(WAIT);
            Path file = Files.writeString(tmp.resolve("notes.txt"), "five!");

            alice.sendFile(file, "my notes");
            bot.deliver(chat.events());
            bot.deliver(chat.events());

            SimMessage back = alice.nextMessage(WAIT);
            assertThat(bot.errors()).isEmpty();
            assertThat(back.text()).isEqualTo("back: notes.txt");
            assertThat(back.file()).isNotNull();
            assertThat(Files.readString(back.file().path())).isEqualTo("five!");
        }
    }
}
