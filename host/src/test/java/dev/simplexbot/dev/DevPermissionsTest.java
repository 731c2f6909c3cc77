package dev.simplexbot.dev;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.permission.Permissions;
import dev.simplexbot.script.ScriptLifecycleListener;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simplex-bot dev} runs the bots with the grants given to it, and the files area of its data directory. */
class DevPermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void theBotReceivesIntoItsFilesAreaAndSendsFromAGrantedFolder() throws Exception {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Files.writeString(share.resolve("menu.txt"), "soup");
        Path bots = Files.createDirectories(tmp.resolve("bots"));
        Files.writeString(bots.resolve("keeper.js"), """
                export default function (bot) {
                  bot.onMessage(async (msg) => {
                    try {
                      if (msg.file) {
                        const got = await bot.receiveFile(msg.file, { path: bot.filesDir });
                        return msg.reply('kept ' + bot.fileInfo(got).size + ' bytes in ' + got.filePath);
                      }
                      await bot.sendFile(msg, msg.text);
                    } catch (e) {
                      return msg.reply(e.name + ': ' + e.flag);
                    }
                  });
                }
                """);
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "some notes");
        DevOptions options = new DevOptions(bots, 0, "you", Duration.ofSeconds(5), tmp.resolve("data"))
                .withPermissions(Permissions.none().withAllowRead(List.of(share)));
        try (DevEnvironment environment = DevEnvironment.start(options, new ScriptLifecycleListener() { })) {
            String out = chat(environment, "/file " + notes, share.resolve("menu.txt").toString(), "/etc/passwd");

            assertThat(out).contains("bot> kept 10 bytes in " + tmp.resolve("data/files/notes.txt"))
                    .contains("bot> PermissionDenied: --allow-read=/etc");
            assertThat(Files.readString(tmp.resolve("data/files/notes.txt"))).isEqualTo("some notes");
            assertThat(environment.simulator().person("you").messages())
                    .extracting(m -> m.file() == null ? null : m.file().fileName()).contains("menu.txt");
        }
    }

    private static String chat(DevEnvironment environment, String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedReader in = new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            new PipedConsole(Duration.ofSeconds(5)).run(environment, "you", in, outStream, errStream);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
