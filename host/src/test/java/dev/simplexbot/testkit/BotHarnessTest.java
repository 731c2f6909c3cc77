package dev.simplexbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness runs a bot file through the real session and runtime against the simulator, like a user's bot. */
class BotHarnessTest {
    static final Path SQUARING = Path.of("src/test/resources/testkit/squaring.js");
    static final Path PLAIN = Path.of("src/test/resources/testkit/plain.js");
    static final Path BROKEN = Path.of("src/test/resources/testkit/broken.js");

    @TempDir
    Path tmp;

    @Test
    void startReturnsOnceSetupIsDoneAndPeopleTalkToTheBot() {
        try (BotHarness bot = BotHarness.start(SQUARING)) {
            assertThat(bot.commandNamesSent()).contains("APICreateMyAddress", "APISetAddressSettings", "APIUpdateProfile");

            TestPerson alice = bot.contact("alice");
            alice.expectMessage("Send me a number and I will square it.");
            alice.send("4");
            SimMessage answer = alice.expectMessage("4 * 4 = 16");
            assertThat(answer.itemId()).isPositive();
            long question = alice.send("four");
            assertThat(alice.nextMessage()).satisfies(reply -> {
                assertThat(reply.text()).isEqualTo("not a number");
                assertThat(reply.quotedItemId()).isEqualTo(question);
            });
            assertThat(bot.commandNamesSent()).endsWith("APISendMessages", "APISendMessages");
        }
    }

    @Test
    void aWrongExpectationSaysWhoExpectedWhatAndWhatCame() {
        try (BotHarness bot = BotHarness.start(SQUARING)) {
            TestPerson alice = bot.contact("alice");
            alice.nextMessage();
            alice.send("4");
            assertThatThrownBy(() -> alice.expectMessage("4 * 4 = 17"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("alice expected \"4 * 4 = 17\" from the bot, got \"4 * 4 = 16\"");
        }
    }

    @Test
    void waitingInVainShowsTheTimeoutAndTheLastMessages() {
        try (BotHarness bot = BotHarness.builder(SQUARING).messageTimeout(Duration.ofMillis(200)).start()) {
            TestPerson alice = bot.contact("alice");
            alice.send("3");
            alice.nextMessage();
            alice.nextMessage();
            assertThatThrownBy(alice::nextMessage)
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("alice waited 200 ms for a message from the bot and got none; last messages received: "
                            + "[\"Send me a number and I will square it.\", \"3 * 3 = 9\"]");
        }
    }

    @Test
    void expectNoMessageWaitsForTheBotToSettleInsteadOfSleeping() {
        try (BotHarness bot = BotHarness.start(SQUARING)) {
            TestPerson alice = bot.contact("alice");
            alice.nextMessage();
            alice.expectNoMessage();
            alice.send("5");
            assertThatThrownBy(alice::expectNoMessage)
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("alice expected no message from the bot, got \"5 * 5 = 25\"");
        }
    }

    @Test
    void filesAndGroupsGoThroughTheSimulatedPeople() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "some notes");
        try (BotHarness bot = BotHarness.start(SQUARING)) {
            TestPerson alice = bot.contact("alice");
            TestPerson bob = bot.contact("bob");
            alice.nextMessage();
            alice.sendFile(notes, "my notes");
            alice.expectMessage("got notes.txt");

            SimGroup team = bot.group("team", alice, bob);
            bob.sendToGroup(team, "/square 3");
            assertThat(alice.expectGroupMessage(team, "3 * 3 = 9").group()).isEqualTo("team");
            bob.expectGroupMessage(team, "3 * 3 = 9");
            assertThatThrownBy(() -> alice.expectGroupMessage(team, "anything"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("alice waited 5 s for a message in team from the bot and got none");
        }
    }

    @Test
    void restartKeepsTheStoreAndTheSimulatorsState() {
        try (BotHarness bot = BotHarness.start(SQUARING)) {
            TestPerson alice = bot.contact("alice");
            alice.nextMessage();
            alice.send("2");
            alice.send("3");
            alice.nextMessage();
            alice.nextMessage();

            bot.restartBot();

            assertThat(bot.commandNamesSent()).doesNotContain("APICreateMyAddress", "APIUpdateProfile");
            alice.send("/count");
            alice.expectMessage("squared 2 numbers");
        }
    }

    @Test
    void withoutABotUserTheBotCreatesItsOwn() {
        try (BotHarness bot = BotHarness.builder(SQUARING).withoutBotUser().start()) {
            assertThat(bot.commandNamesSent()).startsWith("ShowActiveUser", "CreateActiveUser");
            bot.contact("alice").expectMessage("Send me a number and I will square it.");
        }
    }

    @Test
    void aBotWithoutConfigRunsOnThePreMadeUser() {
        try (BotHarness bot = BotHarness.start(PLAIN)) {
            assertThat(bot.commandsSent()).isEmpty();
            TestPerson alice = bot.contact("alice");
            alice.send("hello");
            alice.expectMessage("5 characters");
            assertThat(bot.commandsSent()).singleElement().asString().startsWith("/_send @");
        }
    }

    @Test
    void aScriptThatDoesNotLoadFailsTheStartWithItsLocation() {
        assertThatThrownBy(() -> BotHarness.start(BROKEN))
                .isInstanceOf(BotStartException.class)
                .hasMessageContaining("broken.js:3:")
                .hasMessageContaining("SyntaxError");
        assertThatThrownBy(() -> BotHarness.start(tmp.resolve("missing.js")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no bot script at");
    }

    @Test
    void theDataFolderIsKeptWhenGivenAndRemovedWhenTemporary() {
        Path data = tmp.resolve("data");
        Path temporary;
        try (BotHarness bot = BotHarness.builder(SQUARING).dataDir(data).start()) {
            assertThat(bot.dataDir()).isEqualTo(data);
        }
        assertThat(data).isDirectory();
        try (BotHarness bot = BotHarness.start(SQUARING)) {
            temporary = bot.dataDir();
            assertThat(temporary).isDirectory();
        }
        assertThat(temporary).doesNotExist();
    }
}
