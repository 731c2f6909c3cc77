package dev.simplexbot.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev console with piped stdin, in process: the squaring bot on the simulated CLI over a real WebSocket
 * session, people and groups driven by console lines, replies as plain {@code bot>} lines. One environment
 * for the class; each test chats as its own person.
 */
class PipedConsoleTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;

    private static DevEnvironment environment;

    /** What one run of the console printed. */
    private record Transcript(String out, String err) {}

    @BeforeAll
    static void startBot() throws Exception {
        Path bot = Path.of(PipedConsoleTest.class.getResource("/dev/squaring.js").toURI());
        environment = DevEnvironment.start(new DevOptions(bot, 0, "you", Duration.ofSeconds(5), tmp.resolve("data")),
                new dev.simplexbot.script.ScriptLifecycleListener() { });
    }

    @AfterAll
    static void stop() {
        environment.close();
    }

    private static Transcript chat(String you, String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BufferedReader in = new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            new PipedConsole(WAIT).run(environment, you, in, outStream, errStream);
        }
        return new Transcript(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNumberGetsTheSquareAsABotLine() throws Exception {
        Transcript transcript = chat("ann", "4", "x");
        assertThat(transcript.out()).isEqualTo("bot> 4 * 4 = 16\nbot> send me a number, not \"x\"\n");
        assertThat(transcript.err()).contains("* you are ann, connected to squaring");
    }

    @Test
    void switchingPersonConnectsThemAndTheirRepliesAreTheirs() throws Exception {
        Transcript transcript = chat("carl", "/as dora", "5", "/as carl", "6");
        assertThat(transcript.out()).isEqualTo("bot> 5 * 5 = 25\nbot> 6 * 6 = 36\n");
        assertThat(transcript.err()).contains("* you are dora, connected to squaring", "* you are carl now");
        assertThat(environment.simulator().person("dora").messages()).extracting(m -> m.text()).containsExactly("5 * 5 = 25");
    }

    @Test
    void aGroupWithTheBotThenBackToTheDirectChat() throws Exception {
        Transcript transcript = chat("erin", "/group crew frank gina", "7", "/to @bot", "8", "#crew 9", "/react 🎉");
        assertThat(transcript.out()).isEqualTo("bot in #crew> 7 * 7 = 49\nbot> 8 * 8 = 64\nbot in #crew> 9 * 9 = 81\n");
        assertThat(transcript.err()).contains("* group #crew: erin, frank, gina and squaring", "* you reacted 🎉 to \"8 * 8 = 64\"");
        assertThat(environment.simulator().person("frank").groupMessages(environment.simulator().findGroup("crew").orElseThrow()))
                .extracting(m -> m.text()).containsExactly("7 * 7 = 49", "9 * 9 = 81");
    }

    @Test
    void otherSlashCommandsGoToTheBotAndMisusedConsoleWordsExplainThemselves() throws Exception {
        Transcript transcript = chat("hugo", "/nope", "/as", "/to #nowhere", "//as", "/react 👍 9");
        assertThat(transcript.out()).isEqualTo("bot> send me a number, not \"/nope\"\nbot> send me a number, not \"/as\"\n");
        assertThat(transcript.err()).contains("! /as <name>: e.g. /as bob", "! no group #nowhere: make one with /group nowhere",
                "! the bot has sent 2 message(s) here; /react 👍 2 is the oldest");
    }

    @Test
    void helpListsTheConsoleWordsAndIsSentToTheBotToo() throws Exception {
        Transcript transcript = chat("ivy", "/help");
        assertThat(transcript.out()).contains("/as <name>", "/group <name> <person...>", "//<text>")
                .endsWith("bot> send me a number, not \"/help\"\n");
    }

    @Test
    void filesEditsAndDeletes() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "some notes");
        Transcript transcript = chat("jack", "/file " + notes + " 12", "/file missing.txt", "/edit 13", "/delete");
        assertThat(transcript.out()).isEqualTo("bot> 12 * 12 = 144\n");
        assertThat(transcript.err()).contains("* sent notes.txt", "! no such file: ");
    }

    @Test
    void simActionsRunAsYouAndTheNetworkHoldsMessagesUntilItIsBack() throws Exception {
        Transcript transcript = chat("mia", "/sim send 5", "/sim network off", "6", "/sim network on", "/sim react 👍",
                "/sim fly", "/sim network on", "/sim");
        assertThat(transcript.out()).startsWith("bot> 5 * 5 = 25\nbot> 6 * 6 = 36\n")
                .contains("/sim remove-member [#group] <member> [withMessages=on|off]", "take the simulated network down");
        assertThat(transcript.err()).contains("* send: done {\"itemId\":", "* network: done", "* react: done",
                "! no simulator action 'fly': /sim lists them", "! the simulated network is already up");
        assertThat(environment.simulator().person("mia").messages()).extracting(m -> m.text()).containsExactly("5 * 5 = 25", "6 * 6 = 36");
    }

    @Test
    void quitStopsReadingAndTheEndOfInputEndsTheChat() throws Exception {
        assertThat(chat("kim", "2", "/quit", "3").out()).isEqualTo("bot> 2 * 2 = 4\n");
        assertThat(chat("lou").out()).isEmpty();
    }
}
