package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.permission.FileRules;
import dev.simplexbot.permission.Permissions;
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
        try (ToolkitHarness bot = botIn(tmp)) {
            bot.eval("globalThis.path = " + quoted(file));

            assertThat(bot.json("bot.fileInfo(path)")).isEqualTo("{\"path\":" + quoted(file) + ",\"size\":3,"
                    + "\"sha256\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"}");
            assertThat(bot.json("bot.fileInfo({ fileId: 1, fileName: 'abc.txt', filePath: path }).size")).isEqualTo("3");
        }
    }

    @Test
    void aMissingFileOrAMissingPathIsAClearError() {
        try (ToolkitHarness bot = botIn(tmp)) {
            String missing = quoted(tmp.resolve("nope.bin"));

            assertThat(bot.eval("try { bot.fileInfo(" + missing + ") } catch (e) { e.message }").asString())
                    .isEqualTo("bot.fileInfo: no such file: " + tmp.resolve("nope.bin"));
            assertThat(bot.eval("try { bot.fileInfo({ fileId: 1 }) } catch (e) { e.name + ': ' + e.message }").asString())
                    .isEqualTo("TypeError: bot.fileInfo needs a file path or a received file, got {\"fileId\":1}");
        }
    }

    @Test
    void aPathOutsideTheAllowedFoldersIsRefusedWithoutLookingAtIt() throws Exception {
        Path bots = Files.createDirectories(tmp.resolve("bots"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
        try (ToolkitHarness bot = botIn(bots)) {
            String refusal = "try { bot.fileInfo(%s) } catch (e) { JSON.stringify([e.name, e.message, e.path, e.flag, e.command]) }";

            assertThat(bot.eval(refusal.formatted(quoted(secret))).asString()).isEqualTo("[\"PermissionDenied\","
                    + "\"bot.fileInfo: reading '" + secret + "' is not allowed: a bot may have the CLI read files only in the bots "
                    + "folder (" + bots.toRealPath() + ") and folders given with --allow-read; to allow it, run simplex-bot with "
                    + "--allow-read=" + tmp + "\"," + quoted(secret) + ",\"--allow-read=" + tmp + "\",\"fileInfo\"]");
            // a file that does not exist is refused the same way: no oracle for what exists outside
            assertThat(bot.eval(refusal.formatted(quoted(tmp.resolve("nope.txt")))).asString())
                    .contains("PermissionDenied", "reading '" + tmp.resolve("nope.txt") + "' is not allowed");
            assertThat(bot.eval(refusal.formatted("'/etc/shadow'")).asString())
                    .contains("PermissionDenied", "reading '/etc/shadow' is not allowed", "--allow-read=/etc");
        }
    }

    @Test
    void aLinkInsideTheBotsFolderThatLeadsOutIsRefused() throws Exception {
        Path bots = Files.createDirectories(tmp.resolve("bots"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret");
        Path link = Files.createSymbolicLink(bots.resolve("link.txt"), secret);
        try (ToolkitHarness bot = botIn(bots)) {
            assertThat(bot.eval("try { bot.fileInfo(" + quoted(link) + ") } catch (e) { e.name + ': ' + e.message }").asString())
                    .isEqualTo("PermissionDenied: bot.fileInfo: reading '" + link + "' (it leads to " + secret.toRealPath()
                            + ") is not allowed: a bot may have the CLI read files only in the bots folder (" + bots.toRealPath()
                            + ") and folders given with --allow-read; to allow it, run simplex-bot with --allow-read="
                            + secret.toRealPath().getParent());
        }
    }

    @Test
    void theFilesAreaIsReadableAndNamedInBotFilesDir() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path files = Files.createDirectories(data.resolve("files"));
        Files.writeString(files.resolve("in.txt"), "abc");
        FileRules rules = FileRules.of(Files.createDirectories(tmp.resolve("bots")), data, Permissions.none());
        try (ToolkitHarness bot = new ToolkitHarness(rules, files.toString())) {
            assertThat(bot.eval("bot.filesDir").asString()).isEqualTo(files.toString());
            assertThat(bot.json("bot.fileInfo(bot.filesDir + '/in.txt').size")).isEqualTo("3");
            // the rest of the data directory (the store) is not readable
            Files.writeString(data.resolve("store.db"), "all the bots' state");
            assertThat(bot.eval("try { bot.fileInfo(" + quoted(data.resolve("store.db")) + ") } catch (e) { e.name }").asString())
                    .isEqualTo("PermissionDenied");
        }
    }

    private static ToolkitHarness botIn(Path botsFolder) {
        return new ToolkitHarness(FileRules.of(botsFolder, null, Permissions.none()), null);
    }

    private static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\") + "\"";
    }
}
