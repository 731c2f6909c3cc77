package dev.simplexbot.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands checked before they are sent: each path the spec places in them, and raw lines read with the spec's parser. */
class CommandGuardTest {
    private static final CommandRenderer RENDERER = new CommandRenderer(ApiSpec.load());

    @TempDir
    Path tmp;

    Path bots;
    Path files;
    CommandGuard guard;

    @BeforeEach
    void layout() throws IOException {
        tmp = tmp.toRealPath();
        bots = Files.createDirectories(tmp.resolve("bots"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        files = Files.createDirectories(data.resolve("files"));
        guard = new CommandGuard(FileRules.of(bots, data, Permissions.none()), false);
    }

    static String send(String... paths) {
        StringBuilder messages = new StringBuilder();
        for (String path : paths) {
            messages.append(messages.length() == 0 ? "" : ",").append("{\"fileSource\":{\"filePath\":\"").append(path)
                    .append("\"},\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}");
        }
        return "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":1},\"liveMessage\":false,\"composedMessages\":[" + messages + "]}";
    }

    /** As the bridge does: the call renders (so it is valid), then it is checked. */
    private Optional<PermissionDenied> call(String method, String paramsJson) {
        RENDERER.render(method, paramsJson);
        return guard.checkCall(method, paramsJson);
    }

    @Test
    void eachPathOfApiSendMessagesIsChecked() {
        assertThat(call("apiSendMessages", send(bots + "/menu.pdf", files + "/in.txt"))).isEmpty();
        PermissionDenied denied = call("apiSendMessages", send(bots + "/menu.pdf", "/etc/passwd")).orElseThrow();

        assertThat(denied.command()).isEqualTo("apiSendMessages");
        assertThat(denied.parameter()).isEqualTo("composedMessages");
        assertThat(denied.path()).isEqualTo("/etc/passwd");
        assertThat(denied.flag()).isEqualTo("--allow-read=/etc");
        assertThat(denied.message()).isEqualTo("apiSendMessages: composedMessages[1].fileSource.filePath: reading '/etc/passwd' is "
                + "not allowed: a bot may have the CLI read files only in the bots folder (" + bots + "), the data directory's "
                + "files area (" + files + ") and folders given with --allow-read; to allow it, run simplex-bot with --allow-read=/etc");
        assertThat(denied.json()).startsWith("{\"name\":\"PermissionDenied\",\"message\":\"apiSendMessages: composedMessages[1]")
                .endsWith("\"command\":\"apiSendMessages\",\"parameter\":\"composedMessages\",\"path\":\"/etc/passwd\",\"flag\":\"--allow-read=/etc\"}");
        assertThat(call("apiSendMessages", send(bots + "/../../etc/passwd"))).isPresent();
        assertThat(call("apiSendMessages", send("report.txt")).orElseThrow().flag()).isNull();
    }

    @Test
    void theReceivePathIsAWriteAndNoPathIsTheClisOwnFolder() {
        String receive = "{\"fileId\":1,\"userApprovedRelays\":false,\"filePath\":\"%s\"}";
        assertThat(call("receiveFile", receive.formatted(files + "/a.txt"))).isEmpty();
        assertThat(call("receiveFile", receive.formatted(files))).isEmpty();
        assertThat(call("receiveFile", receive.formatted("/root/.bashrc")).orElseThrow().message())
                .startsWith("receiveFile: filePath: writing '/root/.bashrc' is not allowed:").endsWith("--allow-write=/root");
        assertThat(call("receiveFile", receive.formatted(bots + "/menu.pdf")).orElseThrow().flag()).isEqualTo("--allow-write=" + bots);
        assertThat(call("receiveFile", "{\"fileId\":1,\"userApprovedRelays\":false}")).isEmpty();
        assertThat(call("receiveFile", receive.formatted(""))).isEmpty();
        assertThat(call("receiveFile", "{\"fileId\":1,\"userApprovedRelays\":false,\"filePath\":null}")).isEmpty();
    }

    @Test
    void commandsWithoutPathsAreNotLookedInto() {
        assertThat(guard.checkCall("apiUpdateProfile", "{\"userId\":1,\"profile\":{\"displayName\":\"/etc/passwd\",\"fullName\":\"\"}}")).isEmpty();
        assertThat(guard.checkCall("showActiveUser", null)).isEmpty();
        assertThat(guard.checkCall("echo", "{\"filePath\":\"/etc/passwd\"}")).isEmpty(); // not a documented command
        assertThat(call("apiSendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":1},\"liveMessage\":false,"
                + "\"composedMessages\":[{\"msgContent\":{\"type\":\"text\",\"text\":\"filePath /etc/passwd\"},\"mentions\":{}}]}")).isEmpty();
    }

    @Test
    void aKeySpelledWithJsonEscapesIsStillAPath() {
        // what a script that replaced JSON.stringify could hand the host: the CLI decodes it to filePath
        String escaped = send("/etc/passwd").replace("\"filePath\"", "\"file\\u0050ath\"");
        assertThat(RENDERER.render("apiSendMessages", escaped)).contains("file\\u0050ath");
        assertThat(guard.checkCall("apiSendMessages", escaped).orElseThrow().path()).isEqualTo("/etc/passwd");
    }

    @Test
    void aDocumentedRawLineGetsTheSameChecksAsItsMethod() {
        PermissionDenied send = guard.checkRaw("/_send @1 json [{\"fileSource\":{\"filePath\":\"/etc/shadow\"},"
                + "\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]").orElseThrow();
        assertThat(send.message()).startsWith("bot.chat.raw: apiSendMessages: composedMessages[0].fileSource.filePath: "
                + "reading '/etc/shadow' is not allowed:");
        assertThat(send.command()).isEqualTo("raw");
        assertThat(send.path()).isEqualTo("/etc/shadow");

        assertThat(guard.checkRaw("/freceive 7 approved_relays=on /root/.bashrc").orElseThrow().message())
                .startsWith("bot.chat.raw: receiveFile: filePath: writing '/root/.bashrc' is not allowed");
        assertThat(guard.checkRaw("/freceive 7 " + bots + "/../../etc/cron.d/x")).isPresent();
        assertThat(guard.checkRaw("/freceive 7 encrypt=on " + files + "/with space.txt")).isEmpty();
        assertThat(guard.checkRaw("/freceive 7")).isEmpty();
        assertThat(guard.checkRaw("/_send @1 json [{\"fileSource\":{\"filePath\":\"" + bots + "/menu.pdf\"},"
                + "\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]")).isEmpty();
        assertThat(guard.checkRaw("/user")).isEmpty();
        assertThat(guard.checkRaw("/_stop")).isEmpty(); // documented (apiStopChat), so it is the script's to send
    }

    /** The example line of each of the documented commands (docs/API.md), sent raw: documented, so no --allow-raw. */
    @Test
    void everyDocumentedCommandSentRawIsRecognised() throws IOException {
        java.util.regex.Matcher example = java.util.regex.Pattern.compile("for this example `(.+)`$", java.util.regex.Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("../docs/API.md")));
        int commands = 0;
        while (example.find()) {
            commands++;
            String line = example.group(1);
            assertThat(guard.checkRaw(line)).as(line).isEmpty();
        }
        assertThat(commands).isEqualTo(ApiSpec.load().commands().size());
    }

    @Test
    void anUndocumentedRawLineNeedsAllowRawAndPointsAtTheDocumentedMethod() {
        PermissionDenied contacts = guard.checkRaw("/_contacts 1 secret").orElseThrow();
        assertThat(contacts.message()).isEqualTo("bot.chat.raw: '/_contacts ...' is not a documented command; commands outside "
                + "the docs can change the CLI's files, database and settings, so they need --allow-raw (run simplex-bot with "
                + "--allow-raw to send them). The nearest documented command is bot.chat.apiListContacts({ userId }), whose "
                + "line is /_contacts <userId>: use it, or check the line against that syntax");
        assertThat(contacts.message()).doesNotContain("secret"); // the rest of the line may be message text
        assertThat(contacts.flag()).isEqualTo("--allow-raw");
        assertThat(contacts.command()).isEqualTo("raw");
        PermissionDenied textSend = guard.checkRaw("/_send @1 text secret message text").orElseThrow();
        assertThat(textSend.message()).startsWith("bot.chat.raw: '/_send ...' starts like apiSendMessages, whose file paths "
                + "are checked, but does not match its documented syntax").contains("Use bot.chat.apiSendMessages(");
        assertThat(textSend.message()).doesNotContain("secret"); // the rest of the line may be message text
        assertThat(textSend.flag()).isNull(); // --allow-raw would not allow it either
        assertThat(guard.checkRaw("/fr 1 /tmp/x").orElseThrow().message()).contains("bot.chat.receiveFile({ fileId, ");
        assertThat(guard.checkRaw("/_files_folder /tmp").orElseThrow().message()).startsWith("bot.chat.raw: '/_files_folder ...' is "
                + "not a documented command;").endsWith("(run simplex-bot with --allow-raw to send them)");
        assertThat(guard.checkRaw("/_db export {\"archivePath\":\"/tmp/db.zip\"}")).isPresent();
        // a key given twice is no documented command, whatever the CLI's parser would keep, and no flag allows it
        assertThat(guard.checkRaw("/_send @1 json [{\"fileSource\":{\"filePath\":\"" + bots + "/menu.pdf\",\"filePath\":\"/etc/passwd\"},"
                + "\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]").orElseThrow().message())
                .contains("starts like apiSendMessages");
    }

    @Test
    void allowRawSendsUndocumentedLinesButStillChecksDocumentedOnes() {
        CommandGuard raw = new CommandGuard(FileRules.of(bots, null, Permissions.none()), true);
        assertThat(raw.checkRaw("/_files_folder /tmp")).isEmpty();
        assertThat(raw.checkRaw("/set bot commands 'x':/x")).isEmpty();
        assertThat(raw.checkRaw("/freceive 1 /root/.bashrc")).isPresent();
        assertThat(raw.checkCall("apiSendMessages", send("/etc/passwd"))).isPresent();
    }

    @Test
    void allowRawDoesNotCoverAMalformedLineOfACommandThatCarriesPaths() {
        CommandGuard raw = new CommandGuard(FileRules.of(bots, null, Permissions.none()), true);
        // the CLI reads live=off (the docs only show live=on) and would send the file: the host cannot find the path
        PermissionDenied liveOff = raw.checkRaw("/_send @1 live=off json [{\"fileSource\":{\"filePath\":\"/etc/passwd\"},"
                + "\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]").orElseThrow();
        assertThat(liveOff.message()).isEqualTo("bot.chat.raw: '/_send ...' starts like apiSendMessages, whose file paths are "
                + "checked, but does not match its documented syntax, so its paths cannot be found; --allow-raw does not cover "
                + "it. Use bot.chat.apiSendMessages({ sendRef, liveMessage, ttl, composedMessages }), whose line is "
                + "/_send <str(sendRef)>[ live=on][ ttl=<ttl>] json <json(composedMessages)>");
        assertThat(liveOff.flag()).isNull();
        assertThat(raw.checkRaw("/_send @1 text hi")).isPresent();
        assertThat(raw.checkRaw("/freceive x /etc/x")).isPresent();
        assertThat(raw.checkRaw("/_send @1 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]")).isEmpty();
    }

    @Test
    void grantsOpenTheirFolders() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        CommandGuard granted = new CommandGuard(FileRules.of(bots, null, Permissions.none()
                .withAllowRead(List.of(share)).withAllowWrite(List.of(share))), false);
        assertThat(granted.checkCall("apiSendMessages", send(share + "/a.pdf"))).isEmpty();
        assertThat(granted.checkRaw("/freceive 3 " + share + "/b.pdf")).isEmpty();
        assertThat(granted.checkRaw("/freceive 3 " + tmp + "/b.pdf")).isPresent();
    }
}
