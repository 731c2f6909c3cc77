package dev.simplexbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.FakeCliServer;
import dev.simplexbot.store.DataDirectory;
import dev.simplexbot.store.KeyValueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a process: SIGTERM drains a handler mid-command and keeps what it stored; kill -9 loses no
 * commit; a remote CLI needs --allow-remote and is connected to only after a warning.
 */
class ShutdownIT {
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
    void sigtermDrainsAHandlerMidCommandStoresItsValueAndExitsZero() throws Exception {
        Path script = write("bot.js", """
                export default function (bot) {
                  bot.on('go', async () => {
                    const user = await bot.chat.raw('/user');
                    bot.store.set('answer', { type: user.type });
                    console.log('stored the answer');
                  });
                }
                """);
        Path data = dir.resolve("data");
        Path log = dir.resolve("stderr.log");
        try (FakeCliServer cli = new FakeCliServer().start()) {
            Process bot = start(log, "run", "--url", "ws://127.0.0.1:" + cli.port(), "--data-dir", data.toString(),
                    script.toString());
            try {
                cli.awaitConnection(1, WAIT);
                cli.sendEvent("{\"type\":\"go\"}");
                FakeCliServer.ReceivedCommand user = cli.nextCommand(WAIT);
                assertThat(user.cmd()).isEqualTo("/user");

                bot.destroy(); // SIGTERM while the handler awaits its response
                awaitLine(log, "SIGTERM received");
                cli.respond(user.corrId(), "{\"type\":\"activeUser\",\"user\":{\"userId\":1}}");

                assertThat(bot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("bot stopped").isTrue();
                assertThat(bot.exitValue()).as(Files.readString(log)).isZero();
                assertThat(Files.readString(log)).contains("stored the answer");
            } finally {
                bot.destroyForcibly();
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(data))) {
            assertThat(store.get("bot", "answer")).hasValue("{\"type\":\"activeUser\"}");
        }
    }

    @Test
    void killDashNineDuringWritesLosesNoCommittedValue() throws Exception {
        Path script = write("writer.js", """
                export default function (bot) {
                  let n = 0;
                  setInterval(() => {
                    n++;
                    bot.store.set('counter', n);
                    bot.chat.raw('/committed ' + n).catch(() => {});
                  }, 2);
                }
                """);
        Path data = dir.resolve("data");
        try (FakeCliServer cli = new FakeCliServer().start()) {
            cli.answerAll(cmd -> "{\"type\":\"cmdOk\"}");
            Process bot = start(dir.resolve("stderr.log"), "run", "--allow-raw", "--url", "ws://127.0.0.1:" + cli.port(),
                    "--data-dir", data.toString(), script.toString());
            List<Integer> reported = new ArrayList<>();
            try {
                cli.awaitConnection(1, WAIT);
                cli.answerAll(cmd -> {
                    synchronized (reported) {
                        reported.add(Integer.parseInt(cmd.cmd().substring("/committed ".length())));
                        reported.notifyAll();
                    }
                    return "{\"type\":\"cmdOk\"}";
                });
                synchronized (reported) {
                    long deadline = System.nanoTime() + WAIT.toNanos();
                    while (reported.size() < 200 && System.nanoTime() < deadline) {
                        reported.wait(100);
                    }
                }
            } finally {
                bot.destroyForcibly(); // SIGKILL mid-write
                bot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            int lastReported;
            synchronized (reported) {
                assertThat(reported).hasSizeGreaterThanOrEqualTo(200);
                lastReported = reported.get(reported.size() - 1);
            }
            try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(data))) {
                int stored = Integer.parseInt(store.get("writer", "counter").orElseThrow());
                assertThat(stored).as("every value reported as committed is in the store").isGreaterThanOrEqualTo(lastReported);
            }
        }
    }

    @Test
    void allowRemoteConnectsOnlyAfterWarningThatTheApiHasNoAuthentication() throws Exception {
        Path script = write("bot.js", "export default function (bot) {}\n");
        Path log = dir.resolve("stderr.log");
        // 192.0.2.1 is TEST-NET-1: never routed, so the bot keeps retrying until the signal.
        Process bot = start(log, "run", "--allow-remote", "--url", "ws://192.0.2.1:5225", "--data-dir",
                dir.resolve("data").toString(), script.toString());
        try {
            awaitLine(log, "Connecting to SimpleX CLI at ws://192.0.2.1:5225");
            assertThat(Files.readString(log)).contains("WARN").contains("remote host 192.0.2.1")
                    .contains("no authentication");
            bot.destroy();
            assertThat(bot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(bot.exitValue()).isZero();
        } finally {
            bot.destroyForcibly();
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Process start(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile())
                .start();
    }

    private static void awaitLine(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Files.readString(log).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in the log:\n" + Files.readString(log));
            }
            TimeUnit.MILLISECONDS.sleep(20); // polling a file another process writes: there is nothing to wait on
        }
    }
}
