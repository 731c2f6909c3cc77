package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.FakeCliServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built {@code simplex-bot.jar} as a user would, with {@code java -jar}. */
class CliJarIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("simplexbot.jar", "target/simplex-bot.jar"));
        assertThat(jar).as("the built jar (run ./mvnw package first)").isRegularFile();
    }

    @Test
    void helpListsTheCommandsAndExitsZero() throws Exception {
        Result r = run("--help");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("Usage: simplex-bot").contains("run").contains("doctor").contains("--log-level");
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        Result r = run("--version");
        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("simplex-bot 0.").doesNotContain("unknown");
    }

    @Test
    void aMissingScriptIsAUsageError() throws Exception {
        Result r = run("run", "missing.js");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines().findFirst()).hasValue("simplex-bot: no such file or folder: missing.js");
        assertThat(r.err).contains("Try 'simplex-bot --help'");
    }

    @Test
    void aBadUrlIsAUsageError() throws Exception {
        Result r = run("run", "--url", "http://localhost:5225", script().toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines().findFirst().orElseThrow()).startsWith("simplex-bot: invalid URL 'http://localhost:5225'");
    }

    @Test
    void aRemoteUrlIsRefusedWithoutAllowRemote() throws Exception {
        Result r = run("run", "--url", "ws://chat.example.com:5225", script().toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("no authentication").contains("--allow-remote");
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Result r = run("--no-such-option");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).startsWith("simplex-bot: Unknown option: '--no-such-option'");
    }

    @Test
    void doctorRunsJavaScriptFromTheShadedJar() throws Exception {
        Result r = run("doctor");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("GraalJS:    25.").contains("JavaScript: ok ([1,2,3].map(x => x * x).join(',') = 1,4,9)");
    }

    @Test
    void runConnectsReconnectsAfterARestartAndStopsCleanlyOnSigterm() throws Exception {
        try (FakeCliServer cli = new FakeCliServer().start()) {
            Path log = dir.resolve("stderr.log");
            Process bot = new ProcessBuilder(command("--log-format", "json", "run", "--url",
                    "ws://127.0.0.1:" + cli.port(), script().toString()))
                    .redirectErrorStream(false)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(log.toFile())
                    .start();
            try {
                cli.awaitConnection(1, WAIT);
                cli.stop();
                cli.start();
                cli.awaitConnection(2, WAIT); // the server saw the bot come back

                bot.destroy(); // SIGTERM
                assertThat(bot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("bot stopped").isTrue();
                assertThat(bot.exitValue()).isZero();
                List<String> lines = Files.readAllLines(log);
                assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{"));
                assertThat(String.join("\n", lines)).contains("Connected to SimpleX CLI")
                        .contains("Disconnected from SimpleX CLI").contains("SIGTERM received")
                        .contains("closed");
            } finally {
                bot.destroyForcibly();
            }
        }
    }

    @Test
    void aSingleScriptThatFailsToStartExitsOneWithFileLineAndColumn() throws Exception {
        Path broken = dir.resolve("broken.js");
        Files.writeString(broken, "export default function (bot) {\n  bot.on('newChatItems', () => {\n}\n");
        Result r = run("run", "--url", "ws://127.0.0.1:9", broken.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains(broken + ":").contains("SyntaxError");
    }

    @Test
    void runAnswersAnEventWithTheDocumentedCommandString() throws Exception {
        Path squaring = dir.resolve("squaring.js");
        Files.writeString(squaring, """
                export default function (bot) {
                  bot.on('newChatItems', async ({ chatItems }) => {
                    for (const { chatInfo, chatItem } of chatItems) {
                      const n = Number(chatItem.content.msgContent.text);
                      await bot.chat.apiSendMessages({
                        sendRef: { chatType: 'direct', chatId: chatInfo.contact.contactId },
                        liveMessage: false,
                        composedMessages: [{ msgContent: { type: 'text', text: `${n} * ${n} = ${n * n}` } }],
                      });
                    }
                  });
                }
                """);
        try (FakeCliServer cli = new FakeCliServer().start()) {
            Process bot = new ProcessBuilder(command("run", "--url", "ws://127.0.0.1:" + cli.port(), squaring.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                cli.awaitConnection(1, WAIT);
                cli.sendEvent("{\"type\":\"newChatItems\",\"user\":{},\"chatItems\":[{\"chatInfo\":{\"type\":\"direct\","
                        + "\"contact\":{\"contactId\":5}},\"chatItem\":{\"content\":{\"type\":\"rcvMsgContent\","
                        + "\"msgContent\":{\"type\":\"text\",\"text\":\"4\"}}}}]}");
                assertThat(cli.nextCommand(WAIT).cmd())
                        .isEqualTo("/_send @5 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"4 * 4 = 16\"}}]");
                bot.destroy();
                assertThat(bot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("bot stopped").isTrue();
                assertThat(bot.exitValue()).isZero();
            } finally {
                bot.destroyForcibly();
            }
        }
    }

    @Test
    void runChecksFilePathsAgainstTheGrantsOnItsCommandLine() throws Exception {
        Path granted = Files.createDirectories(dir.resolve("granted"));
        Path data = dir.resolve("data");
        Path bots = Files.createDirectories(dir.resolve("bots"));
        Files.writeString(bots.resolve("sender.js"), """
                const to = { chatType: 'direct', chatId: 1 };
                const say = (bot, text) => bot.chat.apiSendMessages({ sendRef: to, liveMessage: false,
                  composedMessages: [{ msgContent: { type: 'text', text }, mentions: {} }] });
                const file = (filePath) => ({ fileSource: { filePath }, msgContent: { type: 'file', text: '' }, mentions: {} });
                export default function (bot) {
                  bot.on('go', async ({ granted }) => {
                    for (const attempt of [
                      () => bot.chat.raw('/_files_folder /tmp'),
                      () => bot.chat.apiSendMessages({ sendRef: to, liveMessage: false, composedMessages: [file('/etc/passwd')] }),
                      () => bot.chat.apiSendMessages({ sendRef: to, liveMessage: false, composedMessages: [file(granted + '/a.pdf')] }),
                    ]) {
                      try { await attempt(); } catch (e) { await say(bot, e.name + ' ' + e.flag); }
                    }
                  });
                }
                """);
        try (FakeCliServer cli = new FakeCliServer().start()) {
            java.util.concurrent.BlockingQueue<String> sent = new java.util.concurrent.LinkedBlockingQueue<>();
            cli.answerAll(cmd -> {
                sent.add(cmd.cmd());
                return "{\"type\":\"cmdOk\"}";
            });
            Process bot = new ProcessBuilder(command("run", "--url", "ws://127.0.0.1:" + cli.port(), "--data-dir", data.toString(),
                    "--allow-read=" + granted, bots.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                cli.awaitConnection(1, WAIT);
                cli.sendEvent("{\"type\":\"go\",\"granted\":\"" + granted + "\"}");
                assertThat(sent.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).contains("\"text\":\"PermissionDenied --allow-raw\"");
                assertThat(sent.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).contains("\"text\":\"PermissionDenied --allow-read=/etc\"");
                assertThat(sent.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).startsWith("/_send @1 json [{\"fileSource\":{\"filePath\":\"" + granted + "/a.pdf\"}");
                assertThat(Files.getPosixFilePermissions(data.resolve("files")))
                        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                bot.destroy();
                assertThat(bot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("bot stopped").isTrue();
            } finally {
                bot.destroyForcibly();
            }
        }
    }

    @Test
    void anEmptyGrantIsAUsageError() throws Exception {
        Result r = run("run", "--allow-read=", script().toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines().findFirst()).hasValue("simplex-bot: --allow-read needs a folder or file, e.g. --allow-read=/srv/bot-files");
        r = run("dev", "--allow-write=", script().toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).startsWith("simplex-bot: --allow-write needs a folder or file");
    }

    private Path script() throws IOException {
        Path script = dir.resolve("bot.js");
        Files.writeString(script, "export default function (bot) {}\n");
        return script;
    }

    private record Result(int exit, String out, String err) {}

    private Result run(String... args) throws Exception {
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command(args))
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("simplex-bot " + String.join(" ", args) + " did not exit");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
