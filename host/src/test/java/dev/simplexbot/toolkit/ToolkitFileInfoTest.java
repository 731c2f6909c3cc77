package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolkitFileInfoTest {
    @TempDir
    Path tmp;

    @Test
    void fileInfoGivesTheSizeAndSha256OfAPathOrAReceivedFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("abc.txt"), "abc");
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("globalThis.path = " + quoted(file));

            assertThat(bot.json("bot.fileInfo(path)")).isEqualTo("{\"path\":" + quoted(file) + ",\"size\":3,"
                    + "\"sha256\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"}");
            assertThat(bot.json("bot.fileInfo({ fileId: 1, fileName: 'abc.txt', filePath: path }).size")).isEqualTo("3");
        }
    }

    @Test
    void aMissingFileOrAMissingPathIsAClearError() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            String missing = quoted(tmp.resolve("nope.bin"));

            assertThat(bot.eval("try { bot.fileInfo(" + missing + ") } catch (e) { e.message }").asString())
                    .isEqualTo("bot.fileInfo: no such file: " + tmp.resolve("nope.bin"));
            assertThat(bot.eval("try { bot.fileInfo({ fileId: 1 }) } catch (e) { e.name + ': ' + e.message }").asString())
                    .isEqualTo("TypeError: bot.fileInfo needs a file path or a received file, got {\"fileId\":1}");
        }
    }

    private static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\") + "\"";
    }
}
