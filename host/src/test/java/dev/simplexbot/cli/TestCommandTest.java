package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code simplex-bot test} in-process: exit codes 0 (all pass), 1 (a failure), 2 (usage). */
class TestCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        picocli.CommandLine cli = SimplexBotCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aSyntaxErrorInATestFileExitsOneWithTheCounts() {
        assertThat(execute("test", "src/test/resources/testkit/syntax")).isEqualTo(1);
        assertThat(out.toString()).endsWith("0 passed, 1 failed\n");
    }

    @Test
    void aMissingPathIsAUsageError() {
        assertThat(execute("test", "no-such-folder")).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: no such file or folder: no-such-folder\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void grantsReachTheBotsUnderTest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path share = java.nio.file.Files.createDirectories(tmp.resolve("share"));
        java.nio.file.Files.writeString(share.resolve("menu.txt"), "soup");
        java.nio.file.Path bots = java.nio.file.Files.createDirectories(tmp.resolve("bots"));
        java.nio.file.Files.writeString(bots.resolve("menu.js"), """
                export default function (bot) {
                  bot.onMessage((msg) => bot.sendFile(msg, %s).catch((e) => msg.reply(e.name)));
                }
                """.formatted(com.fasterxml.jackson.databind.node.TextNode.valueOf(share.resolve("menu.txt").toString())));
        java.nio.file.Files.writeString(bots.resolve("menu.test.js"), """
                test('sends the menu', async (t) => {
                  const alice = await t.contact('alice');
                  await alice.send('menu please');
                  await t.expect(alice, { file: 'menu.txt' });
                });
                """);

        assertThat(execute("test", bots.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("alice expected", "PermissionDenied").endsWith("0 passed, 1 failed\n");
        out.getBuffer().setLength(0);
        assertThat(execute("test", "--allow-read=" + share, bots.toString())).isEqualTo(0);
        assertThat(out.toString()).endsWith("1 passed, 0 failed\n");
        assertThat(execute("test", "--allow-read=", bots.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: --allow-read needs a folder or file");
    }

    @Test
    void aPassingTestExitsZero() {
        assertThat(execute("test", "--timeout", "60s", "src/test/resources/testkit/js/squaring.test.js")).isEqualTo(0);
        assertThat(out.toString()).endsWith("4 passed, 0 failed\n");
    }
}
