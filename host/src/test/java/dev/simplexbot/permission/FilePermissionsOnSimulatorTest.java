package dev.simplexbot.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.testkit.BotHarness;
import dev.simplexbot.testkit.TestPerson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real script on the simulated CLI, told by alice what to try: every way a file path reaches a command
 * ({@code bot.chat.apiSendMessages}, {@code bot.chat.receiveFile}, the toolkit's {@code sendFile} and
 * {@code receiveFile}, {@code bot.chat.raw}) and {@code bot.fileInfo}. A refusal reaches the script as a
 * {@code PermissionDenied} (it replies with it), and the simulated CLI never sees the command.
 */
class FilePermissionsOnSimulatorTest {
    static final String PROBE = """
            // Alice's text is "<op> <argument>"; the bot replies "ok <op> ..." or "<error name>: <message>".
            const fileMessage = (path) => ({ fileSource: { filePath: path }, msgContent: { type: 'file', text: 'here' }, mentions: {} });
            export default function (bot) {
              bot.onMessage(async (msg) => {
                const space = msg.text.indexOf(' ');
                const op = space < 0 ? msg.text : msg.text.slice(0, space);
                const arg = space < 0 ? '' : msg.text.slice(space + 1);
                const contactId = msg.contact.contactId;
                try {
                  switch (op) {
                    case 'send':
                      await bot.chat.apiSendMessages({ sendRef: { chatType: 'direct', chatId: contactId }, liveMessage: false,
                                                       composedMessages: [fileMessage(arg)] });
                      break;
                    case 'sendFile':
                      await bot.sendFile(msg, arg, { text: 'here' });
                      break;
                    case 'rawSend':
                      await bot.chat.raw(`/_send @${contactId} json ${JSON.stringify([fileMessage(arg)])}`);
                      break;
                    case 'raw':
                      await bot.chat.raw(arg);
                      break;
                    case 'receive':
                      await bot.chat.receiveFile({ fileId: msg.file.fileId, userApprovedRelays: false, filePath: arg || undefined });
                      break;
                    case 'receiveFile': {
                      const got = await bot.receiveFile(msg.file, arg ? { path: arg } : {});
                      return msg.reply(`ok receiveFile ${got.filePath}`);
                    }
                    case 'rawReceive':
                      await bot.chat.raw(`/freceive ${msg.file.fileId}${arg ? ' ' + arg : ''}`);
                      break;
                    case 'info':
                      return msg.reply(`ok info ${bot.fileInfo(arg).size}`);
                    case 'filesDir':
                      return msg.reply(`ok filesDir ${bot.filesDir}`);
                    default:
                      return msg.reply(`unknown ${op}`);
                  }
                  return msg.reply(`ok ${op}`);
                } catch (e) {
                  return msg.reply(`${e.name}: ${e.message}` + (e.path ? ` [path=${e.path}]` : '') + (e.flag ? ` [flag=${e.flag}]` : ''));
                }
              });
            }
            """;

    @TempDir
    Path tmp;

    Path bots;
    Path script;
    Path outside;
    Path secret;

    @BeforeEach
    void files() throws IOException {
        tmp = tmp.toRealPath();
        bots = Files.createDirectories(tmp.resolve("bots"));
        script = Files.writeString(bots.resolve("probe.js"), PROBE);
        Files.writeString(bots.resolve("menu.txt"), "today: soup");
        Files.createDirectories(bots.resolve("sub"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        secret = Files.writeString(outside.resolve("secret.txt"), "not for the bot");
    }

    private BotHarness start(BotHarness.Builder builder) {
        return builder.dataDir(tmp.resolve("data")).start();
    }

    private BotHarness start() {
        return start(BotHarness.builder(script));
    }

    /** No command the bot sent carries the path as a file (its replies may quote it): it never reached the CLI. */
    private static void noFileSent(BotHarness bot, String path) {
        String asJson = "\"filePath\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(path);
        assertThat(bot.commandsSent()).noneMatch(line -> line.contains(asJson) || line.startsWith("/freceive") && line.contains(path));
    }

    private static void nothingSentStartingWith(BotHarness bot, String prefix) {
        assertThat(bot.commandsSent()).noneMatch(line -> line.startsWith(prefix));
    }

    private static String replyTo(TestPerson alice, String text) {
        alice.send(text);
        return alice.nextMessage().text();
    }

    @Test
    void sendingAFileOutsideTheAllowedFoldersIsRefusedByEveryRoute() throws IOException {
        Path link = Files.createSymbolicLink(bots.resolve("innocent.txt"), secret);
        try (BotHarness bot = start()) {
            TestPerson alice = bot.contact("alice");
            for (String op : List.of("send", "sendFile", "rawSend")) {
                for (String path : List.of("/etc/passwd", bots + "/../../etc/passwd", bots + "/../outside/secret.txt", link.toString())) {
                    String reply = replyTo(alice, op + " " + path);
                    assertThat(reply).as(op + " " + path).startsWith("PermissionDenied: ")
                            .contains("reading '" + path + "'", "is not allowed", "run simplex-bot with --allow-read=",
                                    "[path=" + path + "]");
                    noFileSent(bot, path);
                }
            }
            assertThat(replyTo(alice, "send /etc/passwd")).isEqualTo("PermissionDenied: apiSendMessages: "
                    + "composedMessages[0].fileSource.filePath: reading '/etc/passwd' is not allowed: a bot may have the CLI read "
                    + "files only in the bots folder (" + bots + "), the data directory's files area (" + tmp.resolve("data/files")
                    + ") and folders given with --allow-read; to allow it, run simplex-bot with --allow-read=/etc "
                    + "[path=/etc/passwd] [flag=--allow-read=/etc]");
            assertThat(replyTo(alice, "send " + link)).contains("(it leads to " + secret + ")", "[flag=--allow-read=" + outside + "]");
            assertThat(alice.messages()).noneMatch(m -> m.file() != null);
        }
    }

    @Test
    void filesInTheBotsFolderAndTheFilesAreaAreSent() throws IOException {
        try (BotHarness bot = start()) {
            TestPerson alice = bot.contact("alice");
            assertThat(replyTo(alice, "filesDir")).isEqualTo("ok filesDir " + tmp.resolve("data/files"));
            Path odd = Files.writeString(tmp.resolve("data/files/odd name ✓ 'q' $(x).txt"), "odd");

            alice.send("send " + bots.resolve("menu.txt"));
            SimMessage menu = alice.nextMessage();
            assertThat(Files.readString(menu.file().path())).isEqualTo("today: soup");
            alice.expectMessage("ok send");
            alice.send("sendFile " + odd);
            assertThat(Files.readString(alice.nextMessage().file().path())).isEqualTo("odd");
            alice.expectMessage("ok sendFile");
            alice.send("rawSend " + bots + "/sub/../menu.txt");
            assertThat(alice.nextMessage().file().fileName()).isEqualTo("menu.txt");
            alice.expectMessage("ok rawSend");
        }
    }

    @Test
    void allowReadGrantsAFolderAndNothingBeside() throws IOException {
        Path other = Files.writeString(Files.createDirectories(tmp.resolve("other")).resolve("x.txt"), "x");
        try (BotHarness bot = start(BotHarness.builder(script).allowRead(outside))) {
            TestPerson alice = bot.contact("alice");
            alice.send("send " + secret);
            assertThat(Files.readString(alice.nextMessage().file().path())).isEqualTo("not for the bot");
            alice.expectMessage("ok send");
            assertThat(replyTo(alice, "send " + other)).startsWith("PermissionDenied: ");
            noFileSent(bot, other.toString());
            // reading is not writing
            alice.sendFile(bots.resolve("menu.txt"), "receive " + outside.resolve("in.txt"));
            assertThat(alice.nextMessage().text()).startsWith("PermissionDenied: receiveFile: filePath: writing '"
                    + outside.resolve("in.txt") + "' is not allowed");
        }
    }

    @Test
    void receivingToAPathOutsideIsRefusedByEveryRouteAndTheFileStaysOffered() throws IOException {
        Path upload = Files.writeString(tmp.resolve("upload.txt"), "from alice");
        try (BotHarness bot = start()) {
            TestPerson alice = bot.contact("alice");
            for (String op : List.of("receive", "receiveFile", "rawReceive")) {
                for (String path : List.of("/root/.bashrc", bots + "/planted.js", tmp.resolve("data") + "/files/../store.db", "relative.txt")) {
                    alice.sendFile(upload, op + " " + path);
                    String reply = alice.nextMessage().text();
                    assertThat(reply).as(op + " " + path).startsWith("PermissionDenied: ").contains("'" + path + "'");
                    nothingSentStartingWith(bot, "/freceive");
                }
            }
            assertThat(Files.exists(bots.resolve("planted.js"))).isFalse();

            Path target = tmp.resolve("data/files/from-alice.txt");
            alice.sendFile(upload, "receiveFile " + target);
            assertThat(alice.nextMessage().text()).isEqualTo("ok receiveFile " + target);
            assertThat(Files.readString(target)).isEqualTo("from alice");
            // into the folder itself: the CLI picks the name
            alice.sendFile(upload, "receiveFile " + tmp.resolve("data/files"));
            assertThat(alice.nextMessage().text()).isEqualTo("ok receiveFile " + tmp.resolve("data/files/upload.txt"));
        }
    }

    @Test
    void allowWriteGrantsAFolderToReceiveInto() throws IOException {
        Path upload = Files.writeString(tmp.resolve("upload.txt"), "from alice");
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        try (BotHarness bot = start(BotHarness.builder(script).allowWrite(inbox))) {
            TestPerson alice = bot.contact("alice");
            alice.sendFile(upload, "rawReceive " + inbox.resolve("a.txt"));
            alice.expectMessage("ok rawReceive");
            bot.awaitIdle();
            assertThat(Files.readString(inbox.resolve("a.txt"))).isEqualTo("from alice");
            // written there, but not readable back unless granted
            assertThat(replyTo(alice, "info " + inbox.resolve("a.txt"))).startsWith("PermissionDenied: bot.fileInfo: reading");
        }
    }

    @Test
    void receivingWithoutAPathIsTheClisChoiceAndTheBotCannotReadItBack() throws IOException {
        Path upload = Files.writeString(tmp.resolve("upload.txt"), "from alice");
        try (BotHarness bot = start()) {
            TestPerson alice = bot.contact("alice");
            alice.sendFile(upload, "receiveFile");
            String reply = alice.nextMessage().text();
            assertThat(reply).startsWith("ok receiveFile " + bot.simulator().receiveDir());
            String received = reply.substring("ok receiveFile ".length());
            assertThat(bot.commandsSent()).anyMatch(line -> line.matches("/freceive \\d+"));
            assertThat(replyTo(alice, "info " + received)).startsWith("PermissionDenied: bot.fileInfo: reading '" + received + "'");
            assertThat(replyTo(alice, "send " + received)).startsWith("PermissionDenied: apiSendMessages: ");
        }
    }

    @Test
    void fileInfoReadsOnlyWhereTheCliMayRead() throws IOException {
        try (BotHarness bot = start()) {
            TestPerson alice = bot.contact("alice");
            assertThat(replyTo(alice, "info /etc/shadow")).isEqualTo("PermissionDenied: bot.fileInfo: reading '/etc/shadow' is "
                    + "not allowed: a bot may have the CLI read files only in the bots folder (" + bots + "), the data "
                    + "directory's files area (" + tmp.resolve("data/files") + ") and folders given with --allow-read; to allow "
                    + "it, run simplex-bot with --allow-read=/etc [path=/etc/shadow] [flag=--allow-read=/etc]");
            assertThat(replyTo(alice, "info " + tmp.resolve("data/store.db"))).startsWith("PermissionDenied: ");
            assertThat(replyTo(alice, "info " + bots.resolve("menu.txt"))).isEqualTo("ok info 11");
            assertThat(replyTo(alice, "info menu.txt")).startsWith("PermissionDenied: bot.fileInfo: 'menu.txt' is not an absolute path");
        }
    }

    @Test
    void rawLinesOutsideTheDocsNeedAllowRaw() {
        try (BotHarness bot = start()) {
            TestPerson alice = bot.contact("alice");
            assertThat(replyTo(alice, "raw /_files_folder /tmp")).isEqualTo("PermissionDenied: bot.chat.raw: '/_files_folder ...' "
                    + "is not a documented command; commands outside the docs can change the CLI's files, database and settings, "
                    + "so they need --allow-raw (run simplex-bot with --allow-raw to send them) [flag=--allow-raw]");
            assertThat(replyTo(alice, "raw /_contacts 1 all")).contains("The nearest documented command is bot.chat.apiListContacts(");
            assertThat(replyTo(alice, "raw /_send @1 text hi")).contains("starts like apiSendMessages", "Use bot.chat.apiSendMessages(");
            nothingSentStartingWith(bot, "/_files_folder");
            nothingSentStartingWith(bot, "/_send @1 text");
            assertThat(replyTo(alice, "raw /user")).isEqualTo("ok raw");
        }
        try (BotHarness bot = start(BotHarness.builder(script).allowRaw())) {
            TestPerson alice = bot.contact("alice");
            assertThat(replyTo(alice, "raw /_files_folder /tmp")).startsWith("ChatCommandError: ");
            assertThat(bot.commandsSent()).contains("/_files_folder /tmp");
            // documented commands are still checked
            assertThat(replyTo(alice, "rawSend /etc/passwd")).startsWith("PermissionDenied: bot.chat.raw: apiSendMessages: ");
        }
    }
}
