package dev.simplexbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.ConnectResult;
import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.SimServer;
import dev.simplexbot.sim.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host started as the README starts it ({@code bin/simplex-bot run}, here on the test's own JDK), against a
 * simulated CLI that takes its commands one at a time and spends a few milliseconds on each, as a real CLI sending
 * over the network does. A burst of messages far larger than the
 * commands a script may have waiting is answered completely and in order per person, the host stays small, and
 * the bot answers at once afterwards. A script that sends without awaiting gets every message out, in order.
 */
class SlowCliBurstIT {
    private static final Duration REPLY_WAIT = Duration.ofSeconds(180);
    private static final long RSS_LIMIT_KB = 512 * 1024;
    private static final String BOT = """
            export default function (bot) {
              bot.on('newChatItems', async ({ chatItems }) => {
                for (const { chatInfo, chatItem } of chatItems) {
                  if (chatInfo.type !== 'direct' || chatItem.content.type !== 'rcvMsgContent') continue;
                  const text = chatItem.content.msgContent.text.trim();
                  const send = (reply) => bot.chat.apiSendMessages({
                    sendRef: { chatType: 'direct', chatId: chatInfo.contact.contactId },
                    liveMessage: false,
                    composedMessages: [{ msgContent: { type: 'text', text: reply } }],
                  });
                  const flood = /^\\/flood (\\d+)$/.exec(text);
                  if (flood) {
                    const sends = [];
                    for (let i = 1; i <= Number(flood[1]); i++) sends.push(send('m' + i));
                    const failed = (await Promise.allSettled(sends)).filter((r) => r.status === 'rejected');
                    await send('flood done: ' + failed.length + ' failed' + (failed.length ? ': ' + failed[0].reason.message : ''));
                    continue;
                  }
                  const n = Number(text);
                  await send(`${n} * ${n} = ${n * n}`);
                }
              });
            }
            """;

    private static Path jar;
    private static Path launcher;

    @TempDir
    Path dir;

    private Simulator simulator;
    private SimServer server;
    private Process host;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("simplexbot.jar", "target/simplex-bot.jar")).toAbsolutePath();
        launcher = Path.of(System.getProperty("simplexbot.launcher", "../bin/simplex-bot")).toAbsolutePath();
        assertThat(jar).as("the built jar (run ./mvnw package first)").isRegularFile();
        assertThat(launcher).isExecutable();
    }

    @AfterEach
    void stop() throws Exception {
        if (host != null) {
            host.destroy();
            if (!host.waitFor(20, TimeUnit.SECONDS)) {
                host.destroyForcibly();
            }
        }
        if (server != null) {
            server.stop(1000);
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void aBurstOfThreeThousandAtThreeMillisecondsPerCommandIsAnsweredCompletelyAndInOrder() throws Exception {
        List<SimPerson> people = start(Duration.ofMillis(3), 30);
        burstAndCheck(people, 100);
    }

    @Test
    void aBurstOfTwentyThousandAtOneMillisecondPerCommandIsAnsweredCompletelyAndInOrder() throws Exception {
        List<SimPerson> people = start(Duration.ofMillis(1), 100);
        burstAndCheck(people, 200);
    }

    @Test
    void tenThousandSendsWithoutAwaitingAllArriveInOrder() throws Exception {
        List<SimPerson> people = start(Duration.ofMillis(1), 1);
        SimPerson alice = people.get(0);
        alice.send("/flood 10000");
        for (int i = 1; i <= 10_000; i++) {
            assertThat(alice.nextMessage(REPLY_WAIT).text()).isEqualTo("m" + i);
        }
        assertThat(alice.nextMessage(REPLY_WAIT).text()).isEqualTo("flood done: 0 failed");
        assertThat(peakResidentKb()).as("the host's peak resident memory (kB)").isLessThan(RSS_LIMIT_KB);
    }

    /** Each person sends {@code each} numbers at once, all people together; every answer must come back in order. */
    private void burstAndCheck(List<SimPerson> people, int each) throws Exception {
        for (int i = 1; i <= each; i++) {
            for (SimPerson person : people) {
                person.send(Integer.toString(i));
            }
        }
        for (SimPerson person : people) {
            for (int i = 1; i <= each; i++) {
                assertThat(person.nextMessage(REPLY_WAIT).text()).as(person.name() + "'s answer " + i)
                        .isEqualTo(i + " * " + i + " = " + i * i);
            }
        }
        assertThat(peakResidentKb()).as("the host's peak resident memory (kB)").isLessThan(RSS_LIMIT_KB);
        SimPerson first = people.get(0);
        long asked = System.nanoTime();
        first.send("7");
        SimMessage answer = first.nextMessage(Duration.ofSeconds(10));
        assertThat(answer.text()).isEqualTo("7 * 7 = 49");
        System.out.printf("%d-message burst: answered again %d ms after the burst, host peak RSS %d MB%n",
                people.size() * each, (System.nanoTime() - asked) / 1_000_000, peakResidentKb() / 1024);
    }

    /** The simulator with {@code count} people connected to the bot, the host running, and one answer seen. */
    private List<SimPerson> start(Duration commandDelay, int count) throws Exception {
        simulator = Simulator.withBot("squaring");
        simulator.openAutoAcceptingAddress();
        List<SimPerson> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SimPerson person = simulator.person("person" + i);
            assertThat(person.connectToBot()).isEqualTo(ConnectResult.CONNECTED);
            people.add(person);
        }
        server = new SimServer(simulator, 0, false, CommandReader.fromSpec(), commandDelay);
        String url = server.startAndWait();
        Path script = Files.writeString(dir.resolve("squaring.js"), BOT);
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "run", "--log-level", "warn",
                "--handler-timeout", "60s", "--data-dir", dir.resolve("data").toString(), "--url", url, script.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("host.log").toFile());
        builder.environment().put("SIMPLEX_BOT_TARGET", jar.getParent().toString());
        builder.environment().put("SIMPLEX_BOT_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("SIMPLEX_BOT_CDS", "off"); // no training run: this measures the burst, not start-up
        builder.environment().remove("SIMPLEX_BOT_JAVA_OPTS");
        host = builder.start();
        SimPerson probe = people.get(0);
        probe.send("1");
        assertThat(probe.nextMessage(Duration.ofSeconds(60)).text()).as(log()).isEqualTo("1 * 1 = 1");
        return people;
    }

    /** VmHWM: the most the host's process ever had resident. */
    private long peakResidentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + host.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError("no VmHWM for the host process");
    }

    private String log() throws IOException {
        return "host log:\n" + Files.readString(dir.resolve("host.log"));
    }
}
